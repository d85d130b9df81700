// qemu-machine: virt,gic-version=3
// gicv3_irq: GICv3 interrupt handling through the ICC_* system registers
// (Arm IHI 0069 chapter 4) on QEMU virt, gic-version=3, no Security
// Extensions: SGIs to self with ICC_SGI1R_EL1 (target list, IRM, affinity,
// the redistributor's group check, ICC_SGI0R_EL1/ICC_ASGI1R_EL1 for Group 0),
// SPIs made pending with GICD_ISPENDR (edge and level configuration,
// ICPENDR, active and pending, GICD_IROUTER to an absent CPU), distributor
// group enables, ICC_IGRPEN1_EL1, the priority mask, ICC_HPPIR1_EL1 /
// ICC_IAR1_EL1 / ICC_EOIR1_EL1 with nested priorities and the binary point
// (preemption groups, CBPR), running priority, Group 0 through ICC_IAR0_EL1 /
// ICC_EOIR0_EL1 and EOIs of the wrong group, EOImode with ICC_DIR_EL1,
// spurious 1023, IRQ (0x280) and FIQ (0x300) exceptions including a nested
// IRQ that preempts its handler and an interrupt withdrawn before the
// acknowledge.
        .include "common.inc"

        .set    GICD, 0x08000000
        .set    GICR, 0x080a0000
        .set    GICR_SGI, 0x080b0000

        .macro  rd name, base, off
        ldr     w0, [\base, #\off]
        check   "\name", x0
        .endm
        .macro  rs name, reg
        mrs     x0, \reg
        check   "\name", x0
        .endm
        .macro  isr name
        mrs     x0, isr_el1
        check   "\name", x0
        .endm
        // ICC_* registers by name
        .macro  pmr val
        mov     x0, #\val
        msr     s3_0_c4_c6_0, x0
        .endm
        .macro  iar1 reg
        mrs     \reg, s3_0_c12_c12_0
        .endm
        .macro  eoir1 reg
        msr     s3_0_c12_c12_1, \reg
        .endm
        .macro  iar0 reg
        mrs     \reg, s3_0_c12_c8_0
        .endm
        .macro  eoir0 reg
        msr     s3_0_c12_c8_1, \reg
        .endm
        .macro  dir reg
        msr     s3_0_c12_c11_1, \reg
        .endm
        .macro  sgi1r reg
        msr     s3_0_c12_c11_5, \reg
        .endm
        // state of the CPU interface in one go
        .macro  cpuif_state tag
        rs      "\tag ICC_HPPIR1_EL1", s3_0_c12_c12_2
        rs      "\tag ICC_RPR_EL1", s3_0_c12_c11_3
        isr     "\tag ISR_EL1"
        .endm

test_main:
        stp     x29, x30, [sp, #-16]!
        ldr     x20, =GICD
        ldr     x21, =GICR
        ldr     x22, =GICR_SGI
        msr     daifset, #3
        // wake the redistributor (GICR_WAKER.ProcessorSleep = 0)
        str     wzr, [x21, #0x014]
1:      ldr     w0, [x21, #0x014]
        tbnz    w0, #2, 1b

        println "== SGIs"
        mov     w0, #0xffff
        str     w0, [x22, #0x100]       // GICR_ISENABLER0: SGIs 0-15
        mov     w0, #0x20
        strb    w0, [x22, #0x400 + 3]
        mov     w0, #0x10
        strb    w0, [x22, #0x400 + 5]
        // SGIs reset to Group 0: an ICC_SGI1R_EL1 Group 1 SGI is not accepted
        ldr     x0, =(3 << 24) | 1      // SGI 3, target list {Aff0 0}
        sgi1r   x0
        rd      "GICR_ISPENDR0 (SGI 3 in Group 0)", x22, 0x200
        mov     w0, #-1
        str     w0, [x22, #0x080]       // GICR_IGROUPR0: all Group 1
        ldr     x0, =(3 << 24) | 1
        sgi1r   x0
        ldr     x0, =(5 << 24) | 1
        sgi1r   x0
        ldr     x0, =(4 << 24) | 2      // target Aff0 1: absent
        sgi1r   x0
        ldr     x0, =(7 << 24)          // IRM: all but self
        orr     x0, x0, #(1 << 40)
        sgi1r   x0
        ldr     x0, =(9 << 24) | 1      // Aff1 = 1: absent
        orr     x0, x0, #(1 << 16)
        sgi1r   x0
        ldr     x0, =(10 << 24) | 1     // Aff2 = 1: absent
        orr     x0, x0, #(1 << 32)
        sgi1r   x0
        ldr     x0, =(11 << 24) | 1     // Aff3 = 1: absent
        orr     x0, x0, #(1 << 48)
        sgi1r   x0
        ldr     x0, =(12 << 24) | 1
        msr     s3_0_c12_c11_7, x0      // ICC_SGI0R_EL1: SGI 12 is Group 1
        msr     s3_0_c12_c11_6, x0      // ICC_ASGI1R_EL1: Group 0 here too
        rd      "GICR_ISPENDR0", x22, 0x200
        cpuif_state "(GICD_CTLR 0)"
        mov     w0, #2                  // EnableGrp1
        str     w0, [x20]
        cpuif_state "(ICC_IGRPEN1 0)"
        rs      "ICC_IAR1_EL1 (ICC_IGRPEN1 0)", s3_0_c12_c12_0
        mov     x0, #1
        msr     s3_0_c12_c12_7, x0      // ICC_IGRPEN1_EL1
        cpuif_state "(PMR 0)"
        rs      "ICC_IAR1_EL1 (PMR 0)", s3_0_c12_c12_0
        pmr     0x10
        cpuif_state "(PMR 10)"
        pmr     0xf0
        cpuif_state "(PMR f0)"
        iar1    x23
        check   "ICC_IAR1_EL1", x23
        rs      "ICC_AP1R0_EL1", s3_0_c12_c9_0
        cpuif_state "(5 active)"
        rs      "ICC_IAR1_EL1 (3 below running priority)", s3_0_c12_c12_0
        rd      "GICR_ISPENDR0", x22, 0x200
        rd      "GICR_ISACTIVER0", x22, 0x300
        eoir1   x23
        cpuif_state "(after EOI 5)"
        rd      "GICR_ISACTIVER0", x22, 0x300
        iar1    x24
        check   "ICC_IAR1_EL1", x24
        // SGI 3 again while it is active: active and pending
        ldr     x0, =(3 << 24) | 1
        sgi1r   x0
        rd      "GICR_ISPENDR0 (3 active+pending)", x22, 0x200
        rd      "GICR_ISACTIVER0", x22, 0x300
        cpuif_state "(3 active+pending)"
        eoir1   x24
        cpuif_state "(3 pending)"
        iar1    x24
        check   "ICC_IAR1_EL1", x24
        eoir1   x24
        rs      "ICC_IAR1_EL1 (none)", s3_0_c12_c12_0
        rs      "ICC_HPPIR1_EL1 (none)", s3_0_c12_c12_2
        // the redistributor's ISPENDR0 makes an SGI pending too
        mov     w0, #(1 << 5)
        str     w0, [x22, #0x200]
        iar1    x24
        check   "ICC_IAR1_EL1 (GICR_ISPENDR0 SGI 5)", x24
        eoir1   x24
        rd      "GICR_ISPENDR0 at end", x22, 0x200
        rd      "GICR_ISACTIVER0 at end", x22, 0x300

        println "== SPIs pending by software"
        // SPI 40: edge, priority 0x40; SPI 41: level, priority 0x60; Group 1
        mov     w0, #(3 << 8)
        str     w0, [x20, #0x084]       // GICD_IGROUPR1
        mov     w0, #0x40
        strb    w0, [x20, #0x400 + 40]
        mov     w0, #0x60
        strb    w0, [x20, #0x400 + 41]
        mov     w0, #(2 << 16)          // ICFGR2: INTID 40 edge
        str     w0, [x20, #0xc08]
        mov     w0, #(3 << 8)
        str     w0, [x20, #0x204]       // pending 40, 41 (not enabled yet)
        rd      "GICD_ISPENDR1", x20, 0x204
        cpuif_state "(not enabled)"
        mov     w0, #(3 << 8)
        str     w0, [x20, #0x104]       // enable 40, 41
        cpuif_state "(enabled)"
        pmr     0x40
        cpuif_state "(PMR 40)"
        rs      "ICC_IAR1_EL1 (PMR 40)", s3_0_c12_c12_0
        pmr     0x48
        cpuif_state "(PMR 48)"
        pmr     0xf0
        iar1    x23
        check   "ICC_IAR1_EL1", x23
        rs      "ICC_AP1R0_EL1", s3_0_c12_c9_0
        cpuif_state "(40 active)"
        rd      "GICD_ISPENDR1", x20, 0x204
        rd      "GICD_ISACTIVER1", x20, 0x304
        eoir1   x23
        iar1    x24
        check   "ICC_IAR1_EL1", x24
        eoir1   x24
        rd      "GICD_ISPENDR1 (ack clears software pending)", x20, 0x204
        rs      "ICC_IAR1_EL1 (none)", s3_0_c12_c12_0
        // ICPENDR; an active interrupt is not chosen again while active
        mov     w9, #(1 << 8)
        str     w9, [x20, #0x204]
        str     w9, [x20, #0x284]
        rd      "GICD_ISPENDR1 after ICPENDR", x20, 0x204
        str     w9, [x20, #0x204]
        str     w9, [x20, #0x304]
        cpuif_state "(40 pending+active)"
        str     w9, [x20, #0x384]
        cpuif_state "(40 pending)"
        str     w9, [x20, #0x284]
        // routed to affinity 0.0.0.1 (no such CPU): stays pending, not forwarded
        mov     w0, #0x20
        strb    w0, [x20, #0x400 + 44]
        ldr     x9, =0x6000 + 44 * 8
        mov     x0, #1
        str     x0, [x20, x9]
        mov     w0, #(1 << 12) | (3 << 8)
        str     w0, [x20, #0x084]       // IGROUPR1: 40, 41, 44 in Group 1
        mov     w0, #(1 << 12)
        str     w0, [x20, #0x104]
        str     w0, [x20, #0x204]
        rd      "GICD_ISPENDR1 (44 routed away)", x20, 0x204
        cpuif_state "(44 routed away)"
        str     xzr, [x20, x9]          // route back to CPU 0
        cpuif_state "(44 routed to CPU 0)"
        iar1    x23
        check   "ICC_IAR1_EL1", x23
        eoir1   x23
        // disabled group at the distributor
        str     w0, [x20, #0x204]
        str     wzr, [x20]
        cpuif_state "(GICD_CTLR.EnableGrp1 0)"
        mov     w1, #2
        str     w1, [x20]
        cpuif_state "(GICD_CTLR.EnableGrp1 1)"
        str     w0, [x20, #0x284]
        str     w0, [x20, #0x184]

        println "== preemption and binary point"
        // SPI 40 (priority 0x48) active; SPI 42 (priority 0x40) preempts
        // while the group priorities differ: BPR1 3 (group bits [7:3]) but not 4
        mov     w0, #0x48
        strb    w0, [x20, #0x400 + 40]
        mov     w0, #0x40
        strb    w0, [x20, #0x400 + 42]
        mov     w0, #(1 << 10) | (1 << 8)
        str     w0, [x20, #0x104]
        ldr     w0, [x20, #0x084]
        orr     w0, w0, #(1 << 10)
        str     w0, [x20, #0x084]
        .irp    bpr, 3, 4
        mov     x0, #\bpr
        msr     s3_0_c12_c12_3, x0      // ICC_BPR1_EL1
        mov     w0, #(1 << 8)
        str     w0, [x20, #0x204]
        iar1    x23
        check   "BPR1 \bpr: ICC_IAR1_EL1", x23
        rs      "  ICC_RPR_EL1", s3_0_c12_c11_3
        rs      "  ICC_AP1R0_EL1", s3_0_c12_c9_0
        mov     w0, #(1 << 10)
        str     w0, [x20, #0x204]
        isr     "  ISR_EL1 with 42 pending"
        rs      "  ICC_HPPIR1_EL1", s3_0_c12_c12_2
        iar1    x24
        check   "  ICC_IAR1_EL1", x24
        rs      "  ICC_RPR_EL1", s3_0_c12_c11_3
        rs      "  ICC_AP1R0_EL1", s3_0_c12_c9_0
        cmp     x24, #0x3ff
        b.eq    1f
        eoir1   x24
1:      eoir1   x23
        cmp     x24, #0x3ff
        b.ne    2f
        iar1    x24
        check   "  ICC_IAR1_EL1 after EOI", x24
        eoir1   x24
2:      rs      "  ICC_RPR_EL1 at end", s3_0_c12_c11_3
        .endr
        // CBPR: Group 1 uses ICC_BPR0_EL1 (2: group bits [7:3])
        mov     x0, #1
        msr     s3_0_c12_c12_4, x0      // ICC_CTLR_EL1.CBPR
        mov     w0, #(1 << 8)
        str     w0, [x20, #0x204]
        iar1    x23
        check   "CBPR, BPR0 2: ICC_IAR1_EL1", x23
        mov     w0, #(1 << 10)
        str     w0, [x20, #0x204]
        iar1    x24
        check   "  ICC_IAR1_EL1", x24
        eoir1   x24
        eoir1   x23
        msr     s3_0_c12_c12_4, xzr
        mov     x0, #3
        msr     s3_0_c12_c12_3, x0
        // equal priority does not preempt; the lower INTID wins a tie
        mov     w0, #0x40
        strb    w0, [x20, #0x400 + 40]
        mov     w0, #(1 << 10) | (1 << 8)
        str     w0, [x20, #0x204]
        rs      "tie: ICC_HPPIR1_EL1", s3_0_c12_c12_2
        iar1    x23
        check   "  ICC_IAR1_EL1", x23
        rs      "  ICC_IAR1_EL1 (same priority)", s3_0_c12_c12_0
        eoir1   x23
        iar1    x23
        check   "  ICC_IAR1_EL1", x23
        eoir1   x23

        println "== Group 0"
        // SPI 42: Group 0, priority 0x30
        ldr     w0, [x20, #0x084]
        bic     w0, w0, #(1 << 10)
        str     w0, [x20, #0x084]
        mov     w0, #0x30
        strb    w0, [x20, #0x400 + 42]
        mov     w0, #(1 << 10)
        str     w0, [x20, #0x204]
        cpuif_state "(GICD EnableGrp0 0)"
        mov     w0, #3
        str     w0, [x20]
        cpuif_state "(ICC_IGRPEN0 0)"
        rs      "ICC_HPPIR0_EL1", s3_0_c12_c8_2
        mov     x0, #1
        msr     s3_0_c12_c12_6, x0      // ICC_IGRPEN0_EL1
        cpuif_state "(Group 0 enabled)"
        rs      "ICC_HPPIR0_EL1", s3_0_c12_c8_2
        rs      "ICC_IAR1_EL1 (Group 0 pending)", s3_0_c12_c12_0
        iar0    x23
        check   "ICC_IAR0_EL1", x23
        rs      "ICC_AP0R0_EL1", s3_0_c12_c8_4
        rs      "ICC_RPR_EL1", s3_0_c12_c11_3
        eoir1   x23                     // wrong group: ignored
        rs      "ICC_RPR_EL1 after ICC_EOIR1_EL1", s3_0_c12_c11_3
        rd      "GICD_ISACTIVER1", x20, 0x304
        eoir0   x23
        rs      "ICC_RPR_EL1 after ICC_EOIR0_EL1", s3_0_c12_c11_3
        rd      "GICD_ISACTIVER1", x20, 0x304
        // Group 1 (SPI 40, 0x40) active, then Group 0 (SPI 42, 0x30) preempts
        mov     w0, #(1 << 8)
        str     w0, [x20, #0x204]
        iar1    x23
        check   "ICC_IAR1_EL1", x23
        mov     w0, #(1 << 10)
        str     w0, [x20, #0x204]
        isr     "ISR_EL1 (Group 0 preempts)"
        iar0    x24
        check   "ICC_IAR0_EL1", x24
        rs      "ICC_RPR_EL1", s3_0_c12_c11_3
        eoir1   x23                     // highest active is Group 0: ignored
        rs      "ICC_RPR_EL1 after ICC_EOIR1_EL1", s3_0_c12_c11_3
        eoir0   x24
        rs      "ICC_RPR_EL1 after ICC_EOIR0_EL1", s3_0_c12_c11_3
        eoir1   x23
        rs      "ICC_RPR_EL1 after ICC_EOIR1_EL1", s3_0_c12_c11_3
        rd      "GICD_ISACTIVER1", x20, 0x304
        // Group 0 SGIs: ICC_SGI0R_EL1 and ICC_ASGI1R_EL1 (Secure Group 1 is
        // Group 0 without Security Extensions); ICC_SGI1R_EL1 is not accepted
        mov     w0, #0xffff
        movk    w0, #0xffff, lsl #16
        bic     w0, w0, #(3 << 12)
        str     w0, [x22, #0x080]       // GICR_IGROUPR0: SGIs 12, 13 Group 0
        ldr     x0, =(12 << 24) | 1
        msr     s3_0_c12_c11_7, x0      // ICC_SGI0R_EL1
        ldr     x0, =(13 << 24) | 1
        msr     s3_0_c12_c11_6, x0      // ICC_ASGI1R_EL1
        rd      "GICR_ISPENDR0 (SGI0R 12, ASGI1R 13)", x22, 0x200
        mov     w0, #(3 << 12)
        str     w0, [x22, #0x280]
        ldr     x0, =(12 << 24) | 1
        sgi1r   x0
        rd      "GICR_ISPENDR0 (SGI1R 12)", x22, 0x200
        ldr     x0, =(13 << 24) | 1
        msr     s3_0_c12_c11_7, x0
        rs      "ICC_HPPIR0_EL1", s3_0_c12_c8_2
        iar0    x23
        check   "ICC_IAR0_EL1", x23
        eoir0   x23
        mov     w0, #-1
        str     w0, [x22, #0x080]
        msr     s3_0_c12_c12_6, xzr

        println "== EOImode, ICC_DIR_EL1"
        mov     x0, #2
        msr     s3_0_c12_c12_4, x0      // ICC_CTLR_EL1.EOImode
        rs      "ICC_CTLR_EL1", s3_0_c12_c12_4
        mov     w9, #(1 << 8)
        str     w9, [x20, #0x204]
        iar1    x23
        check   "ICC_IAR1_EL1", x23
        eoir1   x23
        rs      "ICC_RPR_EL1 after EOI (EOImode 1)", s3_0_c12_c11_3
        rd      "GICD_ISACTIVER1 (still active)", x20, 0x304
        str     w9, [x20, #0x204]
        cpuif_state "(40 pending, still active)"
        dir     x23
        rd      "GICD_ISACTIVER1 after ICC_DIR_EL1", x20, 0x304
        cpuif_state "(after ICC_DIR_EL1)"
        iar1    x23
        check   "ICC_IAR1_EL1", x23
        eoir1   x23
        mov     x0, #0x3ff
        dir     x0                      // spurious INTID: ignored
        rd      "GICD_ISACTIVER1", x20, 0x304
        msr     s3_0_c12_c12_4, xzr
        dir     x23                     // EOImode 0: ignored
        rd      "GICD_ISACTIVER1 after ICC_DIR_EL1 (EOImode 0)", x20, 0x304
        str     w9, [x20, #0x384]
        // EOI of INTID 1023: ignored
        str     w9, [x20, #0x204]
        iar1    x23
        mov     x0, #0x3ff
        eoir1   x0
        rs      "ICC_RPR_EL1 after EOI 1023", s3_0_c12_c11_3
        eoir1   x23
        rs      "ICC_RPR_EL1 after EOI 40", s3_0_c12_c11_3

        println "== IRQ and FIQ exceptions"
        set_handler 0x280, irq_handler
        set_handler 0x300, fiq_handler
        // SPI 41 (0x60) taken; its handler makes SPI 40 (0x40) pending and
        // unmasks IRQs: SPI 40 preempts
        mov     w0, #(1 << 9)
        str     w0, [x20, #0x204]
        isr     "ISR_EL1 (41 pending)"
        msr     daifclr, #2
        nop
        msr     daifset, #2
        check_exc "exceptions"
        // Group 0 is signalled as FIQ
        mov     x0, #1
        msr     s3_0_c12_c12_6, x0
        mov     w0, #(1 << 10)
        str     w0, [x20, #0x204]
        isr     "ISR_EL1 (42 pending)"
        msr     daifclr, #2
        nop
        check_exc "exceptions with F masked"
        msr     daifclr, #1
        nop
        msr     daifset, #3
        check_exc "exceptions"
        // withdrawn before the acknowledge: the handler reads 1023
        adrl    x0, withdraw
        mov     x1, #1
        str     x1, [x0]
        mov     w0, #(1 << 8)
        str     w0, [x20, #0x204]
        msr     daifclr, #2
        nop
        msr     daifset, #2
        check_exc "exceptions"
        clear_handler 0x280
        clear_handler 0x300
        msr     s3_0_c12_c12_6, xzr
        msr     s3_0_c12_c12_7, xzr
        str     wzr, [x20]

        ldp     x29, x30, [sp], #16
        ret

// IRQ handler (vector 0x280): acknowledge with ICC_IAR1_EL1, report, EOI.
// SPI 41 makes SPI 40 pending and lets it preempt; with `withdraw` set, the
// pending state of SPI 40 is cleared before the acknowledge.
irq_handler:
        stp     x29, x30, [sp, #-16]!
        ldr     x20, =GICD
        mov     x19, x1
        mrs     x0, isr_el1
        check   "  irq: ISR_EL1", x0
        adrl    x0, withdraw
        ldr     x1, [x0]
        cbz     x1, 1f
        str     xzr, [x0]
        mov     w0, #(1 << 8)
        str     w0, [x20, #0x284]       // GICD_ICPENDR1: 40
1:      iar1    x23
        check   "  irq: ICC_IAR1_EL1", x23
        rs      "  irq: ICC_RPR_EL1", s3_0_c12_c11_3
        cmp     x23, #0x3ff
        b.eq    3f
        cmp     x23, #41
        b.ne    2f
        mov     w0, #(1 << 8)
        str     w0, [x20, #0x204]
        msr     daifclr, #2
        nop
        msr     daifset, #2
        println "  irq: back in 41"
2:      eoir1   x23
        rs      "  irq: ICC_RPR_EL1 after EOI", s3_0_c12_c11_3
3:      ldr     x0, [x19, #FRAME_SPSR]
        check   "  irq: SPSR", x0
        ldp     x29, x30, [sp], #16
        ret

// FIQ handler (vector 0x300): ICC_IAR0_EL1 / ICC_EOIR0_EL1
fiq_handler:
        stp     x29, x30, [sp, #-16]!
        mrs     x0, isr_el1
        check   "  fiq: ISR_EL1", x0
        iar0    x23
        check   "  fiq: ICC_IAR0_EL1", x23
        eoir0   x23
        ldr     x0, [x1, #FRAME_SPSR]
        check   "  fiq: SPSR", x0
        ldp     x29, x30, [sp], #16
        ret

        .bss
        .balign 8
withdraw:
        .quad   0
