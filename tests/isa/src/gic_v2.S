// gic_v2: GICv2 distributor and CPU interface of QEMU virt (Arm IHI 0048B), no
// Security Extensions: register reset values and masks, byte/halfword/64-bit
// accesses, RAZ/WI ranges, SPIs made pending by software (edge and level
// configuration), SGIs (GICD_SGIR filters, source CPU in GICC_IAR,
// SPENDSGIR/CPENDSGIR), acknowledge/EOI with nested priorities and the active
// priority registers, binary point (preemption groups), priority mask, Group 1
// with AckCtl (INTID 1022), EOImode + GICC_DIR, Group 0 as FIQ (FIQEn), IRQ and
// FIQ exceptions, ISR_EL1, and an access outside the 4 KiB distributor frame.
        .include "common.inc"

        .set    GICD, 0x08000000
        .set    GICC, 0x08010000

        // print a GIC register: gicr "NAME", base, offset
        .macro  gicr name, base, off
        ldr     w0, [\base, #\off]
        check   "\name", x0
        .endm

        .macro  isr name
        mrs     x0, isr_el1
        check   "\name", x0
        .endm

test_main:
        stp     x29, x30, [sp, #-16]!
        ldr     x20, =GICD
        ldr     x21, =GICC
        msr     daifset, #3

        println "== distributor reset / identification"
        gicr    "GICD_CTLR", x20, 0x000
        gicr    "GICD_TYPER", x20, 0x004
        gicr    "GICD_IIDR", x20, 0x008
        gicr    "GICD 0x00c", x20, 0x00c
        gicr    "GICD 0x010", x20, 0x010
        gicr    "GICD_IGROUPR0", x20, 0x080
        gicr    "GICD_IGROUPR8", x20, 0x0a0
        gicr    "GICD_ISENABLER0", x20, 0x100
        gicr    "GICD_ICENABLER0", x20, 0x180
        gicr    "GICD_ISENABLER1", x20, 0x104
        gicr    "GICD_ISPENDR0", x20, 0x200
        gicr    "GICD_ISACTIVER0", x20, 0x300
        gicr    "GICD_IPRIORITYR0", x20, 0x400
        gicr    "GICD_IPRIORITYR8", x20, 0x420
        gicr    "GICD_ITARGETSR0", x20, 0x800
        gicr    "GICD_ITARGETSR8", x20, 0x820
        gicr    "GICD_ICFGR0", x20, 0xc00
        gicr    "GICD_ICFGR1", x20, 0xc04
        gicr    "GICD_ICFGR2", x20, 0xc08
        gicr    "GICD_SGIR (write-only)", x20, 0xf00
        gicr    "GICD_CPENDSGIR0", x20, 0xf10
        gicr    "GICD_SPENDSGIR0", x20, 0xf20
        .irp    off, 0xfd0, 0xfd4, 0xfd8, 0xfdc, 0xfe0, 0xfe4, 0xfe8, 0xfec, 0xff0, 0xff4, 0xff8, 0xffc
        gicr    "GICD ID \off", x20, \off
        .endr
        ldrb    w0, [x20, #0x004]
        check   "GICD_TYPER byte 0", x0
        ldrb    w0, [x20, #0x009]
        check   "GICD_IIDR byte 1", x0
        ldrh    w0, [x20, #0x008]
        check   "GICD_IIDR half 0", x0
        ldr     x0, [x20, #0x000]
        check   "GICD CTLR+TYPER 64-bit", x0
        ldr     x0, [x20, #0x008]
        check   "GICD IIDR+0x00c 64-bit", x0

        println "== distributor masks"
        mov     w1, #-1
        str     w1, [x20, #0x000]
        gicr    "GICD_CTLR <- ~0", x20, 0x000
        str     wzr, [x20, #0x000]
        str     w1, [x20, #0x004]
        gicr    "GICD_TYPER <- ~0 (RO)", x20, 0x004
        str     w1, [x20, #0x080]
        str     w1, [x20, #0x084]
        str     w1, [x20, #0x0a0]
        str     w1, [x20, #0x0a4]
        gicr    "GICD_IGROUPR0 <- ~0", x20, 0x080
        gicr    "GICD_IGROUPR1 <- ~0", x20, 0x084
        gicr    "GICD_IGROUPR8 <- ~0", x20, 0x0a0
        gicr    "GICD_IGROUPR9 <- ~0 (beyond 288)", x20, 0x0a4
        str     wzr, [x20, #0x080]
        str     wzr, [x20, #0x084]
        str     wzr, [x20, #0x0a0]
        str     w1, [x20, #0x180]
        gicr    "GICD_ISENABLER0 after ICENABLER0 <- ~0", x20, 0x100
        str     w1, [x20, #0x104]
        gicr    "GICD_ISENABLER1 <- ~0", x20, 0x104
        gicr    "GICD_ICENABLER1", x20, 0x184
        str     w1, [x20, #0x184]
        gicr    "GICD_ISENABLER1 after ICENABLER1 <- ~0", x20, 0x104
        str     w1, [x20, #0x124]
        gicr    "GICD_ISENABLER9 (beyond 288)", x20, 0x124
        str     w1, [x20, #0x200]
        gicr    "GICD_ISPENDR0 after ISPENDR0 <- ~0 (SGIs ignored)", x20, 0x200
        str     w1, [x20, #0x280]
        gicr    "GICD_ISPENDR0 after ICPENDR0 <- ~0", x20, 0x200
        str     w1, [x20, #0x300]
        gicr    "GICD_ISACTIVER0 <- ~0", x20, 0x300
        gicr    "GICD_ICACTIVER0", x20, 0x380
        str     w1, [x20, #0x380]
        gicr    "GICD_ISACTIVER0 after ICACTIVER0 <- ~0", x20, 0x300
        str     w1, [x20, #0x400]
        gicr    "GICD_IPRIORITYR0 <- ~0", x20, 0x400
        mov     w2, #0xa5
        strb    w2, [x20, #0x401]
        gicr    "GICD_IPRIORITYR0 byte 1 <- a5", x20, 0x400
        mov     w2, #0x1234
        strh    w2, [x20, #0x402]
        gicr    "GICD_IPRIORITYR0 half 1 <- 1234", x20, 0x400
        str     wzr, [x20, #0x400]
        str     w1, [x20, #0x51c]
        gicr    "GICD_IPRIORITYR71 (INTID 284..287)", x20, 0x51c
        str     w1, [x20, #0x520]
        gicr    "GICD_IPRIORITYR72 (beyond 288)", x20, 0x520
        str     wzr, [x20, #0x51c]
        str     w1, [x20, #0x820]
        gicr    "GICD_ITARGETSR8 <- ~0 (RAZ/WI, 1 CPU)", x20, 0x820
        str     wzr, [x20, #0xc00]
        gicr    "GICD_ICFGR0 <- 0", x20, 0xc00
        str     w1, [x20, #0xc04]
        gicr    "GICD_ICFGR1 <- ~0", x20, 0xc04
        mov     w2, #0x5555
        str     w2, [x20, #0xc08]
        gicr    "GICD_ICFGR2 <- 5555", x20, 0xc08
        str     w1, [x20, #0xc08]
        gicr    "GICD_ICFGR2 <- ~0", x20, 0xc08
        str     wzr, [x20, #0xc04]
        str     wzr, [x20, #0xc08]

        println "== CPU interface reset / masks"
        gicr    "GICC_CTLR", x21, 0x00
        gicr    "GICC_PMR", x21, 0x04
        gicr    "GICC_BPR", x21, 0x08
        gicr    "GICC_IAR (disabled)", x21, 0x0c
        gicr    "GICC_RPR", x21, 0x14
        gicr    "GICC_HPPIR", x21, 0x18
        gicr    "GICC_ABPR", x21, 0x1c
        gicr    "GICC 0x20", x21, 0x20
        gicr    "GICC 0x24", x21, 0x24
        gicr    "GICC 0x28", x21, 0x28
        gicr    "GICC_APR0", x21, 0xd0
        gicr    "GICC_NSAPR0", x21, 0xe0
        gicr    "GICC_IIDR", x21, 0xfc
        ldrb    w0, [x21, #0xfc]
        check   "GICC_IIDR byte", x0
        mov     w1, #-1
        str     w1, [x21, #0x00]
        gicr    "GICC_CTLR <- ~0", x21, 0x00
        str     wzr, [x21, #0x00]
        str     w1, [x21, #0x04]
        gicr    "GICC_PMR <- ~0", x21, 0x04
        str     w1, [x21, #0x08]
        gicr    "GICC_BPR <- ~0", x21, 0x08
        str     wzr, [x21, #0x08]
        gicr    "GICC_BPR <- 0", x21, 0x08
        str     w1, [x21, #0x1c]
        gicr    "GICC_ABPR <- ~0", x21, 0x1c
        str     wzr, [x21, #0x1c]
        gicr    "GICC_ABPR <- 0", x21, 0x1c
        str     w1, [x21, #0x14]
        gicr    "GICC_RPR <- ~0 (RO)", x21, 0x14
        str     wzr, [x21, #0x04]

        println "== SPI pending by software"
        // SPI 40 (edge) priority 0x40, SPI 41 (level) priority 0x60
        mov     w0, #0x40
        strb    w0, [x20, #0x400 + 40]
        mov     w0, #0x60
        strb    w0, [x20, #0x400 + 41]
        mov     w0, #(2 << 16)          // ICFGR2: INTID 40 edge
        str     w0, [x20, #0xc08]
        mov     w0, #(3 << 8)
        str     w0, [x20, #0x104]       // enable 40, 41
        mov     w0, #(3 << 8)
        str     w0, [x20, #0x204]       // pending 40, 41
        gicr    "GICD_ISPENDR1", x20, 0x204
        gicr    "GICC_HPPIR (CPU interface disabled)", x21, 0x18
        isr     "ISR_EL1 (disabled)"
        mov     w0, #1
        str     w0, [x20]
        str     w0, [x21]
        gicr    "GICC_HPPIR (PMR 0)", x21, 0x18
        isr     "ISR_EL1 (PMR 0)"
        mov     w0, #0x50
        str     w0, [x21, #0x04]
        gicr    "GICC_HPPIR (PMR 0x50)", x21, 0x18
        isr     "ISR_EL1 (PMR 0x50)"
        mov     w0, #0xf0
        str     w0, [x21, #0x04]
        gicr    "GICC_HPPIR (PMR 0xf0)", x21, 0x18
        isr     "ISR_EL1 (PMR 0xf0)"
        ldr     w22, [x21, #0x0c]
        check   "GICC_IAR", x22
        gicr    "GICC_RPR", x21, 0x14
        gicr    "GICC_HPPIR", x21, 0x18
        gicr    "GICC_APR0", x21, 0xd0
        gicr    "GICC_APR1", x21, 0xd4
        gicr    "GICD_ISPENDR1", x20, 0x204
        gicr    "GICD_ISACTIVER1", x20, 0x304
        isr     "ISR_EL1 (41 below running priority)"
        gicr    "GICC_IAR (41 below running priority)", x21, 0x0c
        str     w22, [x21, #0x10]
        gicr    "GICC_RPR after EOI", x21, 0x14
        gicr    "GICD_ISACTIVER1 after EOI", x20, 0x304
        isr     "ISR_EL1 after EOI"
        ldr     w23, [x21, #0x0c]
        check   "GICC_IAR", x23
        gicr    "GICC_RPR", x21, 0x14
        gicr    "GICC_APR1", x21, 0xd4
        gicr    "GICD_ISPENDR1 (ack clears software pending)", x20, 0x204
        str     w23, [x21, #0x10]
        gicr    "GICC_IAR (nothing left)", x21, 0x0c
        str     w23, [x21, #0x10]
        gicr    "GICC_RPR after extra EOI", x21, 0x14
        mov     w0, #0x3ff
        str     w0, [x21, #0x10]
        // ICPENDR; an active interrupt is not selected again while active
        mov     w9, #(1 << 8)
        str     w9, [x20, #0x204]
        str     w9, [x20, #0x284]
        gicr    "GICD_ISPENDR1 after ICPENDR", x20, 0x204
        str     w9, [x20, #0x204]
        str     w9, [x20, #0x304]
        gicr    "GICC_HPPIR (40 pending+active)", x21, 0x18
        isr     "ISR_EL1 (40 pending+active)"
        str     w9, [x20, #0x384]
        gicr    "GICC_HPPIR (40 pending)", x21, 0x18
        isr     "ISR_EL1 (40 pending)"
        str     w9, [x20, #0x284]

        println "== SGIs"
        mov     w0, #0x20
        strb    w0, [x20, #0x400 + 3]
        mov     w0, #0x10
        strb    w0, [x20, #0x400 + 5]
        ldr     w0, =(2 << 24) | 3      // to self
        str     w0, [x20, #0xf00]
        ldr     w0, =(0 << 24) | (1 << 16) | 5      // target list = CPU 0
        str     w0, [x20, #0xf00]
        ldr     w0, =(1 << 24) | 7      // all but self: nothing here
        str     w0, [x20, #0xf00]
        ldr     w0, =(0 << 24) | (2 << 16) | 9      // CPU 1 (absent)
        str     w0, [x20, #0xf00]
        gicr    "GICD_ISPENDR0", x20, 0x200
        gicr    "GICD_SPENDSGIR0", x20, 0xf20
        gicr    "GICD_SPENDSGIR1", x20, 0xf24
        gicr    "GICD_SPENDSGIR2", x20, 0xf28
        gicr    "GICC_HPPIR", x21, 0x18
        ldr     w22, [x21, #0x0c]
        check   "GICC_IAR (SGI 5)", x22
        ldr     w23, [x21, #0x0c]
        check   "GICC_IAR (SGI 3 lower priority)", x23
        str     w22, [x21, #0x10]
        ldr     w23, [x21, #0x0c]
        check   "GICC_IAR after EOI 5", x23
        gicr    "GICC_RPR", x21, 0x14
        str     w23, [x21, #0x10]
        gicr    "GICD_ISPENDR0 after", x20, 0x200
        // SPENDSGIR with several sources; CPENDSGIR
        mov     w0, #0x05
        strb    w0, [x20, #0xf20 + 6]
        gicr    "GICD_SPENDSGIR1 (SGI 6 from CPUs 0,2)", x20, 0xf24
        gicr    "GICD_ISPENDR0", x20, 0x200
        ldr     w22, [x21, #0x0c]
        check   "GICC_IAR (SGI 6 source 0)", x22
        str     w22, [x21, #0x10]
        ldr     w22, [x21, #0x0c]
        check   "GICC_IAR (SGI 6 source 2)", x22
        str     w22, [x21, #0x10]
        gicr    "GICC_IAR (none)", x21, 0x0c
        mov     w0, #0x03
        strb    w0, [x20, #0xf20 + 6]
        mov     w0, #0x01
        strb    w0, [x20, #0xf10 + 6]
        gicr    "GICD_SPENDSGIR1 after CPENDSGIR src 0", x20, 0xf24
        mov     w0, #0x02
        strb    w0, [x20, #0xf10 + 6]
        gicr    "GICD_ISPENDR0 after CPENDSGIR all", x20, 0x200

        println "== preemption and binary point"
        // SPI 40 (priority 0x4c) active; SPI 42 (priority 0x44) preempts only
        // while the group priority of 40 is below 0x44 (BPR 0 and 2, not 3 and 4)
        mov     w0, #0x4c
        strb    w0, [x20, #0x400 + 40]
        mov     w0, #0x44
        strb    w0, [x20, #0x400 + 42]
        mov     w0, #(1 << 10)
        str     w0, [x20, #0x104]
        .irp    bpr, 0, 2, 3, 4
        mov     w0, #\bpr
        str     w0, [x21, #0x08]
        mov     w0, #(1 << 8)
        str     w0, [x20, #0x204]
        ldr     w22, [x21, #0x0c]
        check   "BPR \bpr: GICC_IAR", x22
        gicr    "  GICC_RPR", x21, 0x14
        mov     w0, #(1 << 10)
        str     w0, [x20, #0x204]
        isr     "  ISR_EL1 with 42 pending"
        ldr     w23, [x21, #0x0c]
        check   "  GICC_IAR", x23
        gicr    "  GICC_RPR", x21, 0x14
        gicr    "  GICC_APR0", x21, 0xd0
        gicr    "  GICC_APR1", x21, 0xd4
        cmp     w23, #0x3ff
        b.eq    1f
        str     w23, [x21, #0x10]
1:      str     w22, [x21, #0x10]
        cmp     w23, #0x3ff
        b.ne    2f
        ldr     w23, [x21, #0x0c]
        check   "  GICC_IAR after EOI", x23
        str     w23, [x21, #0x10]
2:      gicr    "  GICC_RPR at end", x21, 0x14
        .endr
        str     wzr, [x21, #0x08]

        println "== Group 1, AckCtl, EOImode"
        mov     w9, #(1 << 8)
        str     w9, [x20, #0x084]       // SPI 40 Group 1
        str     w9, [x20, #0x204]
        gicr    "GICC_HPPIR (Group 1 disabled)", x21, 0x18
        isr     "ISR_EL1 (Group 1 disabled)"
        mov     w10, #3
        str     w10, [x20]
        gicr    "GICD_CTLR", x20, 0x000
        isr     "ISR_EL1 (GICC Group 1 disabled)"
        str     w10, [x21]
        isr     "ISR_EL1"
        gicr    "GICC_HPPIR (AckCtl 0)", x21, 0x18
        gicr    "GICC_IAR (AckCtl 0)", x21, 0x0c
        gicr    "GICD_ISPENDR1", x20, 0x204
        mov     w10, #7
        str     w10, [x21]
        gicr    "GICC_HPPIR (AckCtl 1)", x21, 0x18
        ldr     w22, [x21, #0x0c]
        check   "GICC_IAR (AckCtl 1)", x22
        gicr    "GICC_NSAPR1", x21, 0xe4
        gicr    "GICC_APR1", x21, 0xd4
        gicr    "GICC_RPR", x21, 0x14
        ldr     w10, =0x207
        str     w10, [x21]
        str     w22, [x21, #0x10]
        gicr    "GICC_RPR after EOI (EOImode 1)", x21, 0x14
        gicr    "GICD_ISACTIVER1 (still active)", x20, 0x304
        str     w22, [x21, #0x1000]
        gicr    "GICD_ISACTIVER1 after GICC_DIR", x20, 0x304
        mov     w10, #7
        str     w10, [x21]
        str     w9, [x20, #0x304]
        str     w22, [x21, #0x1000]     // GICC_DIR with EOImode 0: ignored
        gicr    "GICD_ISACTIVER1 after GICC_DIR (EOImode 0)", x20, 0x304
        str     w9, [x20, #0x384]
        str     wzr, [x20, #0x084]
        mov     w10, #1
        str     w10, [x20]

        println "== IRQ and FIQ exceptions"
        set_handler 0x280, irq_handler
        set_handler 0x300, irq_handler
        mov     w0, #1
        str     w0, [x21]               // Group 0 as IRQ
        mov     w0, #(1 << 9)
        str     w0, [x20, #0x204]       // SPI 41 pending (level config, software latch)
        isr     "ISR_EL1 (IRQ pending)"
        msr     daifclr, #2
        nop
        msr     daifset, #2
        check_exc "exceptions"
        mov     w0, #9                  // EnableGrp0 | FIQEn
        str     w0, [x21]
        mov     w0, #(1 << 9)
        str     w0, [x20, #0x204]
        isr     "ISR_EL1 (FIQ pending)"
        msr     daifclr, #2
        nop
        check_exc "exceptions with F masked"
        msr     daifclr, #1
        nop
        msr     daifset, #3
        check_exc "exceptions"
        clear_handler 0x280
        clear_handler 0x300
        str     wzr, [x21]
        str     wzr, [x20]

        println "== outside the distributor frame"
        set_handler 0x200, _h_report_skip
        ldr     x1, =GICD + 0x1000
        ldr     w0, [x1]
        ldr     x1, =GICC + 0x2000
        ldr     w0, [x1]
        clear_handler 0x200

        ldp     x29, x30, [sp], #16
        ret

// IRQ/FIQ handler: acknowledge, report, EOI
irq_handler:
        str     x30, [sp, #-16]!
        ldr     x20, =GICD
        ldr     x21, =GICC
        lsl     x0, x0, #7
        check   "  vector", x0
        mrs     x0, isr_el1
        check   "  ISR_EL1", x0
        ldr     w22, [x21, #0x0c]
        check   "  GICC_IAR", x22
        mrs     x0, isr_el1
        check   "  ISR_EL1 after ack", x0
        str     w22, [x21, #0x10]
        ldr     x0, [x1, #FRAME_SPSR]
        check   "  SPSR", x0
        ldr     x30, [sp], #16
        ret
