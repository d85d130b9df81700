// qemu-args: -global virtio-mmio.force-legacy=false -drive file=fixtures/virtio-disk.img,format=raw,if=none,id=d0,snapshot=on -device virtio-blk-device,drive=d0 -device virtio-rng-device
//
// virtio-mmio with the virtio 1.x interface (Version 2, virtio 1.2 §4.2.2), selected with
// QEMU's virtio-mmio.force-legacy=false: 64-bit feature negotiation with FEATURES_OK
// (VIRTIO_F_VERSION_1, the legacy-only bits hidden but still accepted), separately placed
// rings (QueueDesc/Driver/Device, QueueReady), block requests, EVENT_IDX (avail_event written
// by the device, used_event suppressing interrupts), indirect descriptors, the entropy
// device, and malformed queues: each stops the device with DEVICE_NEEDS_RESET and a
// configuration interrupt (ConfigGeneration counts them) until the driver resets it.
// Buffers and rings outside RAM are left out: QEMU maps one such buffer per chain through
// its DMA bounce buffer (reads as zeroes, writes dropped) where the emulator stops the
// device (see README).

        .include "common.inc"
        .include "virtio.inc"

        .set    SLOT_B0,  31
        .set    SLOT_RNG, 30
        .set    B0, VIRTIO_BASE + SLOT_B0 * VIRTIO_STRIDE
        .set    RNG, VIRTIO_BASE + SLOT_RNG * VIRTIO_STRIDE
        .set    INTID_B0, VIRTIO_INTID0 + SLOT_B0
        .set    QNUM, 8
        .set    BLK_FEATURES, F_VERSION_1 | F_EVENT_IDX | F_INDIRECT_DESC | F_BLK_SEG_MAX | F_BLK_BLK_SIZE | F_BLK_FLUSH | F_BLK_CONFIG_WCE
        .set    S_ALL_OK, S_READY | S_FEATURES_OK

        vqueue_modern qb0, B0, desc_b0, avail_b0, used_b0, QNUM
        vqueue_modern qrng, RNG, desc_rng, avail_rng, used_rng, QNUM

        .macro  blk q:req, type:req, sector:req, buf:req, len:req, flags:req, wait=WAIT_LONG
        adrl    x0, \q
        ldr     x1, =\type
        ldr     x2, =\sector
        ldr     x3, =\buf
        ldr     x4, =\len
        mov     w5, #\flags
        ldr     x6, =\wait
        bl      _blk_req
        .endm

        .macro  sumbuf name:req, buf:req, len:req
        ldr     x0, =\buf
        ldr     x1, =\len
        bl      _sum
        check   "\name", x0
        .endm

        .macro  fill buf:req, len:req, first:req, step:req
        ldr     x0, =\buf
        ldr     x1, =\len
        mov     w2, #\first
        mov     w3, #\step
        bl      _fill
        .endm

        .macro  reg name:req, off:req
        ldr     w0, [x19, #\off]
        check   "\name", x0
        .endm

        .macro  line name:req, intid=INTID_B0
        mov     x0, #\intid
        bl      _irq_pending
        check   "\name", x0
        .endm

        .macro  ack
        ldr     w0, [x19, #VM_ISR]
        str     w0, [x19, #VM_ISR_ACK]
        .endm

        .macro  blk0_init features=BLK_FEATURES
        adrl    x0, qb0
        ldr     x1, =\features
        mov     x2, #S_ALL_OK
        bl      _vm_init
        .endm

        // make head `head` of queue q available, notify, wait briefly for a used entry
        .macro  kick name:req, q:req, head:req
        adrl    x0, \q
        mov     x1, #\head
        bl      _vq_kick
        adrl    x0, \q
        mov     x1, #WAIT_SHORT
        bl      _vq_wait
        check   "\name", x0
        .endm

        // the device must have stopped: status, interrupt, generation, line; then
        // reset it (the line stays up until then) and set it up again
        .macro  stopped name:req
        reg     "\name\().status", VM_STATUS
        reg     "\name\().isr", VM_ISR
        reg     "\name\().generation", VM_CONFIG_GEN
        line    "\name\().line"
        ack
        line    "\name\().line_after_ack"
        blk     qb0, BLK_IN, 1, buf0, 512, D_WRITE, WAIT_SHORT
        check   "\name\().ignored", x0
        str     wzr, [x19, #VM_STATUS]
        line    "\name\().line_after_reset"
        blk0_init
        blk     qb0, BLK_IN, 1, buf0, 512, D_WRITE
        check   "\name\().recovered", x0
        ack
        .endm

        // a read request for sector 1 with header, buffer and status in descriptors 0..2
        .macro  read_chain
        ldr     x0, =blk_hdr
        str     xzr, [x0]
        mov     x1, #1
        str     x1, [x0, #8]
        desc    desc_b0, 0, blk_hdr, 16, D_NEXT, 1
        desc    desc_b0, 1, buf0, 512, D_WRITE | D_NEXT, 2
        desc    desc_b0, 2, status4, 1, D_WRITE, 0
        .endm

test_main:
        stp     x29, x30, [sp, #-16]!

        println "-- slots"
        mov     x19, #VIRTIO_BASE
        mov     x20, #0
1:      ldr     w1, [x19, #VM_MAGIC]
        ldr     w2, [x19, #VM_VERSION]
        ldr     w3, [x19, #VM_DEVICE_ID]
        ldr     w4, [x19, #VM_VENDOR_ID]
        ldr     w5, =0x74726976
        cmp     w1, w5
        mov     w6, #0xff
        csel    w2, w2, w6, eq
        lsl     x0, x20, #56
        orr     x0, x0, x2, lsl #48
        orr     x0, x0, x3, lsl #32
        orr     x0, x0, x4
        check   "slot", x0
        add     x19, x19, #VIRTIO_STRIDE
        add     x20, x20, #1
        cmp     x20, #32
        b.lo    1b

        println "-- blk0 registers"
        ldr     x19, =B0
        reg     "features0", VM_DEV_FEATURES
        wreg    x19, VM_DEV_FEATURES_SEL, 1
        reg     "features1", VM_DEV_FEATURES
        wreg    x19, VM_DEV_FEATURES_SEL, 7
        reg     "features.sel7", VM_DEV_FEATURES
        str     wzr, [x19, #VM_DEV_FEATURES_SEL]
        reg     "generation", VM_CONFIG_GEN
        reg     "queue_ready", VM_QUEUE_READY
        reg     "queue_num_max", VM_QUEUE_NUM_MAX
        ldr     x0, [x19, #VM_CONFIG]
        check   "capacity", x0
        wreg    x19, VM_QUEUE_SEL, 5
        wreg    x19, VM_QUEUE_READY, 1
        reg     "queue_ready.absent_queue", VM_QUEUE_READY
        reg     "queue_num_max.absent_queue", VM_QUEUE_NUM_MAX
        wreg    x19, VM_QUEUE_READY, 0
        str     wzr, [x19, #VM_QUEUE_SEL]

        println "-- blk0 setup"
        blk0_init
        check   "status.features_ok", x0
        reg     "status", VM_STATUS
        reg     "queue_ready", VM_QUEUE_READY
        reg     "queue_num.wo", VM_QUEUE_NUM
        reg     "queue_desc.wo", VM_QUEUE_DESC_LO
        reg     "queue_pfn.legacy", VM_QUEUE_PFN
        reg     "queue_num_max", VM_QUEUE_NUM_MAX
        ldrb    w0, [x19, #VM_CONFIG + 0x20]
        check   "writeback", x0

        println "-- blk0 requests"
        fill    buf0, 1024, 0x5a, 0
        blk     qb0, BLK_IN, 0, buf0, 512, D_WRITE
        check   "read0", x0
        sumbuf  "read0.sum", buf0, 512
        reg     "read0.isr", VM_ISR
        line    "read0.line"
        ack
        line    "read0.acked"
        adrl    x0, qb0
        ldr     x0, [x0, #Q_USED]
        ldrh    w1, [x0]
        check   "used.flags", x1
        ldrh    w1, [x0, #4 + 8 * QNUM]
        check   "avail_event", x1
        fill    buf0, 512, 9, 13
        blk     qb0, BLK_OUT, 6, buf0, 512, 0
        check   "write6", x0
        blk     qb0, BLK_IN, 6, buf1, 512, D_WRITE
        check   "reread6", x0
        sumbuf  "write6.sum", buf0, 512
        sumbuf  "reread6.sum", buf1, 512
        blk     qb0, BLK_FLUSH, 0, buf0, 0, 0
        check   "flush", x0
        fill    idbuf, 32, 0xaa, 0
        blk     qb0, BLK_GET_ID, 0, idbuf, 20, D_WRITE
        check   "get_id", x0
        ldr     x0, =idbuf
        ldr     x0, [x0]
        check   "id0", x0
        ldr     x0, =blk_hdr
        str     xzr, [x0]
        mov     x1, #9
        str     x1, [x0, #8]
        desc    itable, 0, blk_hdr, 16, D_NEXT, 1
        desc    itable, 1, buf1, 512, D_WRITE | D_NEXT, 2
        desc    itable, 2, status4, 1, D_WRITE, 0
        desc    desc_b0, 4, itable, 48, D_INDIRECT, 0
        adrl    x0, qb0
        mov     x1, #4
        bl      _vq_kick
        adrl    x0, qb0
        ldr     x1, =WAIT_LONG
        bl      _vq_wait
        check   "indirect", x0
        sumbuf  "indirect.sum", buf1, 512
        ack

        println "-- blk0 EVENT_IDX"
        // used_event = 5: no interrupt until the used index passes 5
        blk0_init
        blk     qb0, BLK_IN, 0, buf0, 512, D_WRITE
        reg     "first.isr", VM_ISR
        ack
        adrl    x0, qb0
        ldr     x0, [x0, #Q_AVAIL]
        mov     w1, #1
        strh    w1, [x0, #4 + 2 * QNUM]
        blk     qb0, BLK_IN, 0, buf0, 512, D_WRITE
        reg     "used_event1.isr", VM_ISR
        ack
        adrl    x0, qb0
        ldr     x0, [x0, #Q_AVAIL]
        mov     w1, #5
        strh    w1, [x0, #4 + 2 * QNUM]
        blk     qb0, BLK_IN, 0, buf0, 512, D_WRITE
        reg     "used3.isr", VM_ISR
        blk     qb0, BLK_IN, 0, buf0, 512, D_WRITE
        reg     "used4.isr", VM_ISR
        blk     qb0, BLK_IN, 0, buf0, 512, D_WRITE
        reg     "used5.isr", VM_ISR
        blk     qb0, BLK_IN, 0, buf0, 512, D_WRITE
        reg     "used6.isr", VM_ISR
        ack
        adrl    x0, qb0
        ldr     x0, [x0, #Q_USED]
        ldrh    w1, [x0, #2]
        check   "used.idx", x1
        ldrh    w1, [x0, #4 + 8 * QNUM]
        check   "avail_event", x1
        // VRING_AVAIL_F_NO_INTERRUPT is ignored with EVENT_IDX
        adrl    x0, qb0
        ldr     x0, [x0, #Q_AVAIL]
        mov     w1, #1
        strh    w1, [x0]
        mov     w1, #6
        strh    w1, [x0, #4 + 2 * QNUM]
        blk     qb0, BLK_IN, 0, buf0, 512, D_WRITE
        reg     "no_interrupt_flag.isr", VM_ISR
        ack

        println "-- blk0 NOTIFY_ON_EMPTY (hidden from virtio 1.x, still accepted)"
        blk0_init F_VERSION_1 | F_NOTIFY_ON_EMPTY
        adrl    x0, qb0
        ldr     x0, [x0, #Q_AVAIL]
        mov     w1, #1
        strh    w1, [x0]
        blk     qb0, BLK_IN, 0, buf0, 512, D_WRITE
        reg     "notify_on_empty.isr", VM_ISR
        ack
        blk0_init F_VERSION_1
        adrl    x0, qb0
        ldr     x0, [x0, #Q_AVAIL]
        mov     w1, #1
        strh    w1, [x0]
        blk     qb0, BLK_IN, 0, buf0, 512, D_WRITE
        reg     "no_interrupt.isr", VM_ISR
        ack

        println "-- blk0 status and QueueReady are not checked on notify"
        blk0_init
        wreg    x19, VM_QUEUE_READY, 0
        reg     "queue_ready", VM_QUEUE_READY
        blk     qb0, BLK_IN, 1, buf0, 512, D_WRITE
        check   "not_ready.read", x0
        wreg    x19, VM_STATUS, S_ACK
        reg     "status", VM_STATUS
        blk     qb0, BLK_IN, 1, buf0, 512, D_WRITE
        check   "ack_only.read", x0
        ack

        println "-- blk0 reset"
        str     wzr, [x19, #VM_STATUS]
        reg     "status", VM_STATUS
        reg     "queue_ready", VM_QUEUE_READY
        reg     "isr", VM_ISR
        blk     qb0, BLK_IN, 1, buf0, 512, D_WRITE, WAIT_SHORT
        check   "after_reset", x0

        println "-- blk0 malformed chains"
        blk0_init
        // a chain that loops
        read_chain
        desc    desc_b0, 1, buf0, 512, D_WRITE | D_NEXT, 1
        kick    "loop", qb0, 0
        stopped "loop"
        // head index beyond the queue size
        read_chain
        kick    "bad_head", qb0, QNUM + 1
        stopped "bad_head"
        // next index beyond the queue size
        read_chain
        desc    desc_b0, 1, buf0, 512, D_WRITE | D_NEXT, QNUM
        kick    "bad_next", qb0, 0
        stopped "bad_next"
        // a zero-length buffer
        read_chain
        desc    desc_b0, 1, buf0, 0, D_WRITE | D_NEXT, 2
        kick    "zero_length", qb0, 0
        stopped "zero_length"
        // a device-readable buffer after a device-writable one
        read_chain
        desc    desc_b0, 2, status4, 1, 0, 0
        kick    "order", qb0, 0
        stopped "order"
        // indirect table size not a multiple of 16
        read_chain
        desc    desc_b0, 3, itable, 40, D_INDIRECT, 0
        kick    "indirect_size", qb0, 3
        stopped "indirect_size"
        // only a header: no status byte
        desc    desc_b0, 0, blk_hdr, 16, 0, 0
        kick    "no_status", qb0, 0
        stopped "no_status"
        // a header shorter than 16 bytes
        read_chain
        desc    desc_b0, 0, blk_hdr, 8, D_NEXT, 2
        kick    "short_header", qb0, 0
        stopped "short_header"
        // a write-zeroes segment shorter than 16 bytes
        read_chain
        ldr     x0, =blk_hdr
        mov     x1, #BLK_WRITE_ZEROES
        str     x1, [x0]
        desc    desc_b0, 1, dwz, 8, D_NEXT, 2
        kick    "short_segment", qb0, 0
        stopped "short_segment"

        println "-- rng"
        ldr     x19, =RNG
        reg     "features0", VM_DEV_FEATURES
        wreg    x19, VM_DEV_FEATURES_SEL, 1
        reg     "features1", VM_DEV_FEATURES
        adrl    x0, qrng
        ldr     x1, =F_VERSION_1 | F_EVENT_IDX | F_INDIRECT_DESC
        mov     x2, #S_ALL_OK
        bl      _vm_init
        check   "status.features_ok", x0
        fill    rngbuf, 64, 0, 0
        desc    itable, 0, rngbuf, 16, D_WRITE | D_NEXT, 1
        desc    itable, 1, rngbuf + 16, 16, D_WRITE, 0
        desc    desc_rng, 0, itable, 32, D_INDIRECT, 0
        adrl    x0, qrng
        mov     x1, #0
        bl      _vq_kick
        adrl    x0, qrng
        ldr     x1, =WAIT_LONG
        bl      _vq_wait
        check   "indirect", x0
        ldr     x1, =rngbuf
        ldp     x2, x3, [x1]
        ldp     x4, x5, [x1, #16]
        orr     x2, x2, x3
        orr     x4, x4, x5
        cmp     x2, #0
        ccmp    x4, #0, #4, ne
        cset    x0, ne
        check   "filled", x0
        ldp     x2, x3, [x1, #32]
        orr     x0, x2, x3
        check   "beyond", x0
        reg     "isr", VM_ISR
        ack
        // an available index more than a queue ahead
        adrl    x0, qrng
        ldr     x0, [x0, #Q_AVAIL]
        mov     w1, #100
        strh    w1, [x0, #2]
        str     wzr, [x19, #VM_QUEUE_NOTIFY]
        reg     "avail_jump.status", VM_STATUS
        reg     "avail_jump.isr", VM_ISR
        reg     "avail_jump.generation", VM_CONFIG_GEN
        ack
        str     wzr, [x19, #VM_STATUS]

        ldp     x29, x30, [sp], #16
        ret

        .ltorg

        .bss
        .balign 4096
desc_b0:        .skip   4096
avail_b0:       .skip   4096
used_b0:        .skip   4096
desc_rng:       .skip   4096
avail_rng:      .skip   4096
used_rng:       .skip   4096
buf0:           .skip   1024
buf1:           .skip   1024
idbuf:          .skip   32
itable:         .skip   64
dwz:            .skip   32
status4:        .skip   16
rngbuf:         .skip   64
