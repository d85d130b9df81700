// qemu-args: -global virtio-mmio.force-legacy=on -drive file=fixtures/virtio-disk.img,format=raw,if=none,id=d0,snapshot=on -drive file=fixtures/virtio-disk.img,format=raw,if=none,id=d1,readonly=on -device virtio-blk-device,drive=d0 -device virtio-blk-device,drive=d1,serial=playground-serial-0123456789 -device virtio-rng-device
//
// virtio-mmio with QEMU 7.2's default legacy interface (Version 1, virtio 1.2 §4.2.4):
// the 32 transports and where -device puts devices (the first in the highest slot), the
// register block (features, config space of virtio-blk, sub-word and 64-bit accesses,
// write-only and empty-slot reads), legacy queue setup (GuestPageSize, QueueAlign,
// QueuePFN), block requests (read, write, flush, GET_ID, discard, write-zeroes, bad
// requests, indirect and multi-segment chains), interrupts (InterruptStatus, ACK, the GIC
// line, VRING_AVAIL_F_NO_INTERRUPT, NOTIFY_ON_EMPTY), a read-only disk, the write-cache
// field, the entropy device (served only after DRIVER_OK, EVENT_IDX avail_event), device
// reset by status 0 and QueuePFN 0, and a descriptor loop stopping a legacy device.
// Disk: fixtures/virtio-disk.img, 128 sectors, byte i of sector s = (37s + 5i + i/256) & 0xff.

        .include "common.inc"
        .include "virtio.inc"

        .set    SLOT_B0,  31
        .set    SLOT_B1,  30
        .set    SLOT_RNG, 29
        .set    B0, VIRTIO_BASE + SLOT_B0 * VIRTIO_STRIDE
        .set    B1, VIRTIO_BASE + SLOT_B1 * VIRTIO_STRIDE
        .set    RNG, VIRTIO_BASE + SLOT_RNG * VIRTIO_STRIDE
        .set    QNUM, 8

        vqueue_legacy qb0, B0, ring_b0, QNUM
        vqueue_legacy qb1, B1, ring_b1, QNUM
        vqueue_legacy qrng, RNG, ring_rng, QNUM

        // block request on queue record q
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

        // print a 32-bit register of the transport in x19
        .macro  reg name:req, off:req
        ldr     w0, [x19, #\off]
        check   "\name", x0
        .endm

        // print InterruptStatus and the GIC line of the transport in x19 / INTID, then ACK
        .macro  irq name:req, intid:req
        ldr     w0, [x19, #VM_ISR]
        check   "\name\().isr", x0
        mov     x0, #\intid
        bl      _irq_pending
        check   "\name\().line", x0
        ldr     w0, [x19, #VM_ISR]
        str     w0, [x19, #VM_ISR_ACK]
        mov     x0, #\intid
        bl      _irq_pending
        check   "\name\().acked", x0
        .endm

        // the discard/write-zeroes segment in dwz
        .macro  dwz_set sector:req, count:req, flags:req
        ldr     x0, =dwz
        ldr     x1, =\sector
        str     x1, [x0]
        ldr     w1, =\count
        str     w1, [x0, #8]
        ldr     w1, =\flags
        str     w1, [x0, #12]
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

        println "-- empty slot"
        mov     x19, #VIRTIO_BASE
        ldrb    w0, [x19, #VM_MAGIC]
        check   "empty.magic8", x0
        ldrh    w0, [x19, #VM_VERSION]
        check   "empty.version16", x0
        wreg    x19, VM_STATUS, S_ACK
        reg     "empty.status", VM_STATUS
        reg     "empty.features", VM_DEV_FEATURES
        reg     "empty.config", VM_CONFIG
        reg     "empty.shm", VM_SHM_LEN_LO

        println "-- blk0 registers"
        ldr     x19, =B0
        str     wzr, [x19, #VM_DEV_FEATURES_SEL]
        reg     "features0", VM_DEV_FEATURES
        wreg    x19, VM_DEV_FEATURES_SEL, 1
        reg     "features1", VM_DEV_FEATURES
        str     wzr, [x19, #VM_DEV_FEATURES_SEL]
        ldr     x0, [x19, #VM_CONFIG]
        check   "capacity", x0
        reg     "size_max", VM_CONFIG + 0x08
        reg     "seg_max", VM_CONFIG + 0x0c
        ldrh    w0, [x19, #VM_CONFIG + 0x10]
        check   "cylinders", x0
        ldrb    w0, [x19, #VM_CONFIG + 0x12]
        check   "heads", x0
        ldrb    w0, [x19, #VM_CONFIG + 0x13]
        check   "sectors", x0
        reg     "blk_size", VM_CONFIG + 0x14
        reg     "topology", VM_CONFIG + 0x18
        reg     "opt_io_size", VM_CONFIG + 0x1c
        ldrb    w0, [x19, #VM_CONFIG + 0x20]
        check   "writeback", x0
        ldrh    w0, [x19, #VM_CONFIG + 0x22]
        check   "num_queues", x0
        reg     "max_discard_sectors", VM_CONFIG + 0x24
        reg     "max_discard_seg", VM_CONFIG + 0x28
        reg     "discard_sector_alignment", VM_CONFIG + 0x2c
        reg     "max_write_zeroes_sectors", VM_CONFIG + 0x30
        reg     "max_write_zeroes_seg", VM_CONFIG + 0x34
        ldrb    w0, [x19, #VM_CONFIG + 0x38]
        check   "write_zeroes_may_unmap", x0
        ldrb    w0, [x19, #VM_CONFIG + 0x39]
        check   "config.end8", x0
        ldrh    w0, [x19, #VM_CONFIG + 0x38]
        check   "config.end16", x0
        reg     "config.end32", VM_CONFIG + 0x38
        ldr     x0, [x19, #VM_MAGIC]
        check   "magic64", x0
        ldrh    w0, [x19, #VM_MAGIC]
        check   "magic16", x0
        ldrb    w0, [x19, #VM_DEVICE_ID]
        check   "device_id8", x0
        reg     "queue_num.wo", VM_QUEUE_NUM
        reg     "queue_ready.legacy", VM_QUEUE_READY
        reg     "config_generation.legacy", VM_CONFIG_GEN
        reg     "shm_len", VM_SHM_LEN_LO
        reg     "reserved_0f8", 0x0f8
        reg     "queue_num_max0", VM_QUEUE_NUM_MAX
        wreg    x19, VM_QUEUE_SEL, 1
        reg     "queue_num_max1", VM_QUEUE_NUM_MAX
        wreg    x19, VM_QUEUE_SEL, 1023
        reg     "queue_num_max1023", VM_QUEUE_NUM_MAX
        wreg    x19, VM_QUEUE_SEL, 0
        wreg    x19, VM_QUEUE_SEL, 1024
        reg     "queue_num_max.sel1024", VM_QUEUE_NUM_MAX
        // only the writeback byte of the configuration space is writable
        strb    wzr, [x19, #VM_CONFIG + 0x20]
        ldrb    w0, [x19, #VM_CONFIG + 0x20]
        check   "writeback.cleared", x0
        wreg    x19, VM_CONFIG, 0x1234
        ldr     x0, [x19, #VM_CONFIG]
        check   "capacity.after_write", x0
        mov     w0, #1
        strb    w0, [x19, #VM_CONFIG + 0x20]
        ldrb    w0, [x19, #VM_CONFIG + 0x20]
        check   "writeback.set", x0

        println "-- blk0 setup"
        adrl    x0, qb0
        ldr     x1, =F_BLK_SEG_MAX | F_BLK_BLK_SIZE | F_BLK_FLUSH | F_BLK_CONFIG_WCE | F_BLK_DISCARD | F_BLK_WRITE_ZEROES | F_INDIRECT_DESC
        mov     x2, #S_READY
        bl      _vl_init
        check   "num_max", x0
        reg     "status", VM_STATUS
        ldr     w0, [x19, #VM_QUEUE_PFN]
        ldr     x1, =ring_b0
        cmp     x0, x1, lsr #12
        cset    x0, eq
        check   "pfn_is_ring", x0
        ldrb    w0, [x19, #VM_CONFIG + 0x20]
        check   "writeback", x0

        println "-- blk0 reads"
        fill    buf0, 2048, 0x5a, 0
        blk     qb0, BLK_IN, 0, buf0, 512, D_WRITE
        check   "read0", x0
        sumbuf  "read0.sum", buf0, 512
        ldr     x0, =buf0
        ldr     x0, [x0]
        check   "read0.head", x0
        sumbuf  "read0.untouched", buf0 + 512, 512
        irq     "read0", VIRTIO_INTID0 + SLOT_B0
        adrl    x0, qb0
        ldr     x0, [x0, #Q_USED]
        ldrh    w0, [x0]
        check   "used.flags", x0
        blk     qb0, BLK_IN, 5, buf0, 1024, D_WRITE
        check   "read5", x0
        sumbuf  "read5.sum", buf0, 1024
        blk     qb0, BLK_IN, 127, buf0, 512, D_WRITE
        check   "read127", x0
        sumbuf  "read127.sum", buf0, 512
        blk     qb0, BLK_IN | 0x80000000, 2, buf0, 512, D_WRITE
        check   "read.barrier", x0
        sumbuf  "read.barrier.sum", buf0, 512
        blk     qb0, BLK_IN, 0, buf0, 0, 0
        check   "read.nodata", x0
        ldr     w0, [x19, #VM_ISR]
        str     w0, [x19, #VM_ISR_ACK]

        println "-- blk0 bad requests"
        blk     qb0, BLK_IN, 128, buf0, 512, D_WRITE
        check   "read.end", x0
        blk     qb0, BLK_IN, 127, buf0, 1024, D_WRITE
        check   "read.past_end", x0
        blk     qb0, BLK_IN, 0x100000000, buf0, 512, D_WRITE
        check   "read.huge_sector", x0
        blk     qb0, BLK_IN, 0, buf0, 100, D_WRITE
        check   "read.partial", x0
        blk     qb0, 0x20, 0, buf0, 512, D_WRITE
        check   "unknown_type", x0
        blk     qb0, 6, 0, buf0, 512, D_WRITE
        check   "type6", x0
        blk     qb0, BLK_SCSI, 0, buf0, 512, D_WRITE
        check   "scsi", x0
        blk     qb0, BLK_IN, 0, buf0, 512, 0
        check   "read.readable_data", x0
        ldr     w0, [x19, #VM_ISR]
        str     w0, [x19, #VM_ISR_ACK]

        println "-- blk0 write, flush, write-zeroes, discard"
        fill    buf0, 512, 3, 7
        blk     qb0, BLK_OUT, 3, buf0, 512, 0
        check   "write3", x0
        fill    buf1, 512, 0, 0
        blk     qb0, BLK_IN, 3, buf1, 512, D_WRITE
        check   "reread3", x0
        sumbuf  "write3.sum", buf0, 512
        sumbuf  "reread3.sum", buf1, 512
        blk     qb0, BLK_OUT | 0x80000000, 2, buf0, 1024, 0
        check   "write.barrier", x0
        blk     qb0, BLK_OUT, 128, buf0, 512, 0
        check   "write.end", x0
        blk     qb0, BLK_FLUSH, 0, buf0, 0, 0
        check   "flush", x0
        blk     qb0, BLK_FLUSH, 99, buf0, 512, D_WRITE
        check   "flush.data", x0
        dwz_set 3, 1, 1
        blk     qb0, BLK_WRITE_ZEROES, 0, dwz, 16, 0
        check   "write_zeroes", x0
        blk     qb0, BLK_IN, 3, buf1, 512, D_WRITE
        sumbuf  "write_zeroes.sum", buf1, 512
        dwz_set 4, 1, 0
        blk     qb0, BLK_DISCARD, 0, dwz, 16, 0
        check   "discard", x0
        blk     qb0, BLK_IN, 4, buf1, 512, D_WRITE
        sumbuf  "discard.sum", buf1, 512
        dwz_set 4, 1, 1
        blk     qb0, BLK_DISCARD, 0, dwz, 16, 0
        check   "discard.unmap", x0
        dwz_set 4, 1, 2
        blk     qb0, BLK_WRITE_ZEROES, 0, dwz, 16, 0
        check   "write_zeroes.flag2", x0
        dwz_set 130, 1, 2
        blk     qb0, BLK_WRITE_ZEROES, 0, dwz, 16, 0
        check   "write_zeroes.end_flag2", x0
        dwz_set 0, 0x400000, 0
        blk     qb0, BLK_WRITE_ZEROES, 0, dwz, 16, 0
        check   "write_zeroes.too_long", x0
        dwz_set 127, 2, 0
        blk     qb0, BLK_DISCARD, 0, dwz, 16, 0
        check   "discard.past_end", x0
        dwz_set 4, 1, 0
        blk     qb0, BLK_DISCARD - 1, 0, dwz, 16, 0
        check   "discard.in", x0
        blk     qb0, BLK_WRITE_ZEROES, 0, dwz, 32, 0
        check   "write_zeroes.two_segments", x0
        ldr     w0, [x19, #VM_ISR]
        str     w0, [x19, #VM_ISR_ACK]

        println "-- blk0 GET_ID"
        fill    idbuf, 32, 0xaa, 0
        blk     qb0, BLK_GET_ID, 0, idbuf, 20, D_WRITE
        check   "get_id", x0
        ldr     x1, =idbuf
        ldr     x0, [x1]
        check   "id0", x0
        ldr     x0, [x1, #8]
        check   "id8", x0

        println "-- blk0 chains"
        // indirect table: header, 512-byte buffer, status
        fill    buf1, 512, 0, 0
        ldr     x0, =blk_hdr
        str     xzr, [x0]
        mov     x1, #7
        str     x1, [x0, #8]
        desc    itable, 0, blk_hdr, 16, D_NEXT, 1
        desc    itable, 1, buf1, 512, D_WRITE | D_NEXT, 2
        desc    itable, 2, status4, 1, D_WRITE, 0
        desc    ring_b0, 0, itable, 48, D_INDIRECT, 0
        adrl    x0, qb0
        mov     x1, #0
        bl      _vq_kick
        adrl    x0, qb0
        ldr     x1, =WAIT_LONG
        bl      _vq_wait
        check   "indirect", x0
        ldr     x0, =status4
        ldrb    w0, [x0]
        check   "indirect.status", x0
        sumbuf  "indirect.sum", buf1, 512
        // header split over two descriptors, two data buffers, status at the end of a
        // 4-byte buffer; head 3
        ldr     x0, =blk_hdr
        str     xzr, [x0]
        mov     x1, #8
        str     x1, [x0, #8]
        fill    status4, 4, 0x77, 0
        desc    ring_b0, 3, blk_hdr, 8, D_NEXT, 4
        desc    ring_b0, 4, blk_hdr + 8, 8, D_NEXT, 5
        desc    ring_b0, 5, buf0, 512, D_WRITE | D_NEXT, 6
        desc    ring_b0, 6, buf1, 512, D_WRITE | D_NEXT, 7
        desc    ring_b0, 7, status4, 4, D_WRITE, 0
        adrl    x0, qb0
        mov     x1, #3
        bl      _vq_kick
        adrl    x0, qb0
        ldr     x1, =WAIT_LONG
        bl      _vq_wait
        check   "segments", x0
        ldr     x0, =status4
        ldr     w0, [x0]
        check   "segments.status4", x0
        sumbuf  "segments.sum8", buf0, 512
        sumbuf  "segments.sum9", buf1, 512

        println "-- blk0 notification suppression"
        ldr     w0, [x19, #VM_ISR]
        str     w0, [x19, #VM_ISR_ACK]
        adrl    x0, qb0
        ldr     x0, [x0, #Q_AVAIL]
        mov     w1, #1
        strh    w1, [x0]
        blk     qb0, BLK_IN, 1, buf0, 512, D_WRITE
        check   "no_interrupt", x0
        irq     "no_interrupt", VIRTIO_INTID0 + SLOT_B0
        adrl    x0, qb0
        ldr     x0, [x0, #Q_AVAIL]
        strh    wzr, [x0]
        blk     qb0, BLK_IN, 1, buf0, 512, D_WRITE
        irq     "interrupt", VIRTIO_INTID0 + SLOT_B0

        println "-- blk1 (read-only)"
        ldr     x19, =B1
        reg     "features0", VM_DEV_FEATURES
        adrl    x0, qb1
        ldr     x1, =F_BLK_SEG_MAX | F_BLK_RO | F_NOTIFY_ON_EMPTY | F_INDIRECT_DESC
        mov     x2, #S_READY
        bl      _vl_init
        ldrb    w0, [x19, #VM_CONFIG + 0x20]
        check   "writeback", x0
        fill    idbuf, 32, 0xaa, 0
        blk     qb1, BLK_GET_ID, 0, idbuf, 24, D_WRITE
        check   "get_id", x0
        ldr     x1, =idbuf
        ldr     x0, [x1]
        check   "id0", x0
        ldr     x0, [x1, #8]
        check   "id8", x0
        ldr     x0, [x1, #16]
        check   "id16", x0
        blk     qb1, BLK_IN, 1, buf0, 512, D_WRITE
        check   "read1", x0
        sumbuf  "read1.sum", buf0, 512
        blk     qb1, BLK_OUT, 1, buf0, 512, 0
        check   "write1", x0
        dwz_set 1, 1, 0
        blk     qb1, BLK_WRITE_ZEROES, 0, dwz, 16, 0
        check   "write_zeroes", x0
        blk     qb1, BLK_DISCARD, 0, dwz, 16, 0
        check   "discard", x0
        blk     qb1, BLK_FLUSH, 0, buf0, 0, 0
        check   "flush", x0
        blk     qb1, BLK_IN, 1, buf0, 512, D_WRITE
        sumbuf  "reread1.sum", buf0, 512
        ldr     w0, [x19, #VM_ISR]
        str     w0, [x19, #VM_ISR_ACK]
        // NOTIFY_ON_EMPTY interrupts even with VRING_AVAIL_F_NO_INTERRUPT
        adrl    x0, qb1
        ldr     x0, [x0, #Q_AVAIL]
        mov     w1, #1
        strh    w1, [x0]
        blk     qb1, BLK_IN, 1, buf0, 512, D_WRITE
        irq     "notify_on_empty", VIRTIO_INTID0 + SLOT_B1

        println "-- rng"
        ldr     x19, =RNG
        reg     "features0", VM_DEV_FEATURES
        reg     "config", VM_CONFIG
        adrl    x0, qrng
        ldr     x1, =F_INDIRECT_DESC | F_EVENT_IDX
        mov     x2, #S_ACK | S_DRIVER
        bl      _vl_init
        fill    rngbuf, 128, 0, 0
        desc    ring_rng, 0, rngbuf, 16, D_WRITE, 0
        adrl    x0, qrng
        mov     x1, #0
        bl      _vq_kick
        adrl    x0, qrng
        mov     x1, #WAIT_SHORT
        bl      _vq_wait
        check   "before_driver_ok", x0
        wreg    x19, VM_STATUS, S_READY
        adrl    x0, qrng
        ldr     x1, =WAIT_LONG
        bl      _vq_wait
        check   "after_driver_ok", x0
        ldr     x1, =rngbuf
        ldp     x2, x3, [x1]
        orr     x0, x2, x3
        cmp     x0, #0
        cset    x0, ne
        check   "filled", x0
        // two chains, one made of two buffers
        desc    ring_rng, 1, rngbuf + 16, 40, D_WRITE | D_NEXT, 2
        desc    ring_rng, 2, rngbuf + 56, 8, D_WRITE, 0
        desc    ring_rng, 3, rngbuf + 64, 64, D_WRITE, 0
        adrl    x0, qrng
        mov     x1, #1
        bl      _vq_kick
        adrl    x0, qrng
        ldr     x1, =WAIT_LONG
        bl      _vq_wait
        check   "chain1", x0
        adrl    x0, qrng
        mov     x1, #3
        bl      _vq_kick
        adrl    x0, qrng
        ldr     x1, =WAIT_LONG
        bl      _vq_wait
        check   "chain3", x0
        ldr     x1, =rngbuf
        ldp     x2, x3, [x1, #112]
        orr     x0, x2, x3
        cmp     x0, #0
        cset    x0, ne
        check   "filled3", x0
        adrl    x0, qrng
        ldr     x0, [x0, #Q_USED]
        ldrh    w0, [x0, #4 + 8 * QNUM]
        check   "avail_event", x0
        irq     "rng", VIRTIO_INTID0 + SLOT_RNG

        println "-- blk0 reset"
        ldr     x19, =B0
        blk     qb0, BLK_IN, 1, buf0, 512, D_WRITE
        str     wzr, [x19, #VM_STATUS]
        reg     "status", VM_STATUS
        reg     "isr", VM_ISR
        reg     "pfn", VM_QUEUE_PFN
        reg     "queue_num_max", VM_QUEUE_NUM_MAX
        ldrb    w0, [x19, #VM_CONFIG + 0x20]
        check   "writeback", x0
        mov     x0, #VIRTIO_INTID0 + SLOT_B0
        bl      _irq_pending
        check   "line", x0
        adrl    x0, qb0
        ldr     x1, =F_BLK_FLUSH
        mov     x2, #S_READY
        bl      _vl_init
        blk     qb0, BLK_IN, 1, buf0, 512, D_WRITE
        check   "read1", x0
        adrl    x0, qb0
        ldr     x0, [x0, #Q_USED]
        ldrh    w0, [x0, #2]
        check   "used.idx", x0
        wreg    x19, VM_QUEUE_PFN, 0
        reg     "pfn0.status", VM_STATUS
        reg     "pfn0.isr", VM_ISR

        println "-- blk0 descriptor loop"
        adrl    x0, qb0
        ldr     x1, =F_BLK_FLUSH
        mov     x2, #S_READY
        bl      _vl_init
        ldr     x0, =blk_hdr
        str     xzr, [x0]
        str     xzr, [x0, #8]
        desc    ring_b0, 0, blk_hdr, 16, D_NEXT, 1
        desc    ring_b0, 1, buf0, 512, D_WRITE | D_NEXT, 1
        adrl    x0, qb0
        mov     x1, #0
        bl      _vq_kick
        adrl    x0, qb0
        mov     x1, #WAIT_SHORT
        bl      _vq_wait
        check   "loop", x0
        reg     "loop.status", VM_STATUS
        reg     "loop.isr", VM_ISR
        blk     qb0, BLK_IN, 1, buf0, 512, D_WRITE, WAIT_SHORT
        check   "after_loop", x0
        adrl    x0, qb0
        ldr     x1, =F_BLK_FLUSH
        mov     x2, #S_READY
        bl      _vl_init
        blk     qb0, BLK_IN, 1, buf0, 512, D_WRITE
        check   "after_reset", x0

        ldp     x29, x30, [sp], #16
        ret

        .ltorg

        .bss
        .balign 4096
ring_b0:        .skip   0x4000
ring_b1:        .skip   0x4000
ring_rng:       .skip   0x4000
buf0:           .skip   2048
buf1:           .skip   2048
idbuf:          .skip   32
itable:         .skip   64
dwz:            .skip   32
status4:        .skip   16
rngbuf:         .skip   128
