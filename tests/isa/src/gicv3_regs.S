// qemu-machine: virt,gic-version=3
// gicv3_regs: GICv3 registers of QEMU virt with gic-version=3 (Arm IHI 0069),
// no Security Extensions (GICD_CTLR.DS = 1): distributor (0x08000000) and
// redistributor (RD_base 0x080a0000, SGI_base 0x080b0000) reset and ID values,
// write masks, access sizes (bytes for IPRIORITYR, 64-bit IROUTER/TYPER/
// PROPBASER/PENDBASER, RAZ/WI otherwise), RAZ/WI ranges (SGI/PPI fields of the
// distributor, INTIDs beyond 287, ITARGETSR/SPENDSGIR/IGRPMODR/NSACR), IROUTER
// storage, the GICR_WAKER ProcessorSleep/ChildrenAsleep handshake, GICR_CTLR,
// aborts outside the frames; ICC_* system registers: reset values, masks,
// binary point minimums and CBPR, active priority registers and ICC_RPR_EL1,
// UNDEFINED encodings at EL1 and every ICC_* register at EL0;
// ID_AA64PFR0_EL1.GIC.
        .include "common.inc"

        .set    GICD, 0x08000000
        .set    GICR, 0x080a0000
        .set    GICR_SGI, 0x080b0000

        // print a 32-bit register: rd "NAME", base, offset
        .macro  rd name, base, off
        ldr     w0, [\base, #\off]
        check   "\name", x0
        .endm
        // same, for offsets beyond the immediate range
        .macro  rdf name, base, off
        ldr     x9, =\off
        ldr     w0, [\base, x9]
        check   "\name", x0
        .endm
        .macro  rs name, reg
        mrs     x0, \reg
        check   "\name", x0
        .endm

        .macro  el0_case insn:vararg
        print   "el0: \insn -> "
        run_el0 .Lel0_\@
        .pushsection .el0.text, "ax"
.Lel0_\@:
        \insn
        el0_return
        .popsection
        .endm

test_main:
        stp     x29, x30, [sp, #-16]!
        ldr     x20, =GICD
        ldr     x21, =GICR
        ldr     x22, =GICR_SGI
        mov     w1, #-1

        println "== ID_AA64PFR0_EL1"
        mrs     x0, id_aa64pfr0_el1
        ubfx    x0, x0, #24, #4
        check   "ID_AA64PFR0_EL1.GIC", x0

        println "== distributor reset / identification"
        rd      "GICD_CTLR", x20, 0x000
        rd      "GICD_TYPER", x20, 0x004
        rd      "GICD_IIDR", x20, 0x008
        rd      "GICD_TYPER2", x20, 0x00c
        rd      "GICD_STATUSR", x20, 0x010
        rd      "GICD_IGROUPR0 (SGI/PPI: RAZ)", x20, 0x080
        rd      "GICD_IGROUPR1", x20, 0x084
        rd      "GICD_ISENABLER1", x20, 0x104
        rd      "GICD_ISPENDR1", x20, 0x204
        rd      "GICD_ISACTIVER1", x20, 0x304
        rd      "GICD_IPRIORITYR8", x20, 0x420
        rd      "GICD_ICFGR2", x20, 0xc08
        ldr     x9, =0x6100
        ldr     x0, [x20, x9]
        check   "GICD_IROUTER32 (64-bit)", x0
        ldr     x9, =0xffd0
        add     x9, x20, x9
        .irp    off, 0, 4, 8, 12, 16, 20, 24, 28, 32, 36, 40, 44
        ldr     w0, [x9, #\off]
        check   "GICD ID 0xffd0+\off", x0
        .endr
        ldr     x0, [x20, #0x000]
        check   "GICD_CTLR 64-bit (RAZ)", x0
        ldrb    w0, [x20, #0x004]
        check   "GICD_TYPER byte (RAZ)", x0
        ldrh    w0, [x20, #0x004]
        check   "GICD_TYPER halfword (RAZ)", x0

        println "== distributor masks"
        str     w1, [x20, #0x000]
        rd      "GICD_CTLR <- ~0", x20, 0x000
        str     wzr, [x20, #0x000]
        rd      "GICD_CTLR <- 0", x20, 0x000
        str     w1, [x20, #0x004]
        rd      "GICD_TYPER <- ~0 (RO)", x20, 0x004
        str     w1, [x20, #0x080]
        str     w1, [x20, #0x084]
        str     w1, [x20, #0x0a0]
        str     w1, [x20, #0x0a4]
        rd      "GICD_IGROUPR0 <- ~0", x20, 0x080
        rd      "GICD_IGROUPR1 <- ~0", x20, 0x084
        rd      "GICD_IGROUPR8 <- ~0", x20, 0x0a0
        rd      "GICD_IGROUPR9 <- ~0 (beyond 287)", x20, 0x0a4
        str     wzr, [x20, #0x084]
        str     wzr, [x20, #0x0a0]
        str     w1, [x20, #0x100]
        rd      "GICD_ISENABLER0 <- ~0", x20, 0x100
        str     w1, [x20, #0x104]
        rd      "GICD_ISENABLER1 <- ~0", x20, 0x104
        rd      "GICD_ICENABLER1", x20, 0x184
        str     w1, [x20, #0x184]
        rd      "GICD_ISENABLER1 after ICENABLER1 <- ~0", x20, 0x104
        str     w1, [x20, #0x200]
        rd      "GICD_ISPENDR0 <- ~0", x20, 0x200
        str     w1, [x20, #0x208]
        rd      "GICD_ISPENDR2 <- ~0", x20, 0x208
        rd      "GICD_ICPENDR2", x20, 0x288
        str     w1, [x20, #0x288]
        rd      "GICD_ISPENDR2 after ICPENDR2 <- ~0", x20, 0x208
        str     w1, [x20, #0x30c]
        rd      "GICD_ISACTIVER3 <- ~0", x20, 0x30c
        rd      "GICD_ICACTIVER3", x20, 0x38c
        str     w1, [x20, #0x38c]
        rd      "GICD_ISACTIVER3 after ICACTIVER3 <- ~0", x20, 0x30c
        str     w1, [x20, #0x400]
        rd      "GICD_IPRIORITYR0 <- ~0 (RAZ/WI)", x20, 0x400
        str     w1, [x20, #0x420]
        rd      "GICD_IPRIORITYR8 <- ~0", x20, 0x420
        mov     w2, #0xa5
        strb    w2, [x20, #0x421]
        rd      "GICD_IPRIORITYR8 byte 1 <- a5", x20, 0x420
        ldrb    w0, [x20, #0x421]
        check   "GICD_IPRIORITYR8 byte 1", x0
        ldrb    w0, [x20, #0x401]
        check   "GICD_IPRIORITYR0 byte 1 (RAZ)", x0
        mov     w2, #0x1234
        strh    w2, [x20, #0x422]
        rd      "GICD_IPRIORITYR8 half 1 <- 1234 (ignored)", x20, 0x420
        ldrh    w0, [x20, #0x420]
        check   "GICD_IPRIORITYR8 halfword read (RAZ)", x0
        ldr     x2, =0x1122334455667788
        str     x2, [x20, #0x428]
        ldr     x0, [x20, #0x428]
        check   "GICD_IPRIORITYR10 64-bit (RAZ/WI)", x0
        str     wzr, [x20, #0x420]
        str     w1, [x20, #0x51c]
        rd      "GICD_IPRIORITYR71 (INTID 284..287)", x20, 0x51c
        mov     w2, #0x5a
        strb    w2, [x20, #0x51f]
        rd      "GICD_IPRIORITYR71 byte 3 <- 5a", x20, 0x51c
        str     w1, [x20, #0x520]
        rd      "GICD_IPRIORITYR72 (beyond 287)", x20, 0x520
        mov     w2, #0x77
        strb    w2, [x20, #0x520]
        ldrb    w0, [x20, #0x520]
        check   "GICD_IPRIORITYR72 byte (beyond 287)", x0
        str     wzr, [x20, #0x51c]
        str     w1, [x20, #0x820]
        rd      "GICD_ITARGETSR8 <- ~0 (RAZ/WI)", x20, 0x820
        strb    w1, [x20, #0x821]
        ldrb    w0, [x20, #0x821]
        check   "GICD_ITARGETSR8 byte", x0
        str     w1, [x20, #0xc00]
        rd      "GICD_ICFGR0 <- ~0 (RAZ/WI)", x20, 0xc00
        str     w1, [x20, #0xc04]
        rd      "GICD_ICFGR1 <- ~0 (RAZ/WI)", x20, 0xc04
        str     w1, [x20, #0xc08]
        rd      "GICD_ICFGR2 <- ~0", x20, 0xc08
        mov     w2, #0x5555
        movk    w2, #0x8000, lsl #16
        str     w2, [x20, #0xc0c]
        rd      "GICD_ICFGR3 <- 80005555", x20, 0xc0c
        str     w1, [x20, #0xc48]
        rd      "GICD_ICFGR18 <- ~0 (beyond 287)", x20, 0xc48
        str     wzr, [x20, #0xc08]
        str     wzr, [x20, #0xc0c]
        str     w1, [x20, #0xd04]
        rd      "GICD_IGRPMODR1 <- ~0 (RAZ/WI)", x20, 0xd04
        str     w1, [x20, #0xe08]
        rd      "GICD_NSACR2 <- ~0 (RAZ/WI)", x20, 0xe08
        str     w1, [x20, #0xf00]
        rd      "GICD_SGIR (WI)", x20, 0xf00
        rd      "GICD_ISPENDR0 after GICD_SGIR", x20, 0x200
        strb    w1, [x20, #0xf20]
        str     w1, [x20, #0xf24]
        rd      "GICD_SPENDSGIR1 (RAZ/WI)", x20, 0xf24
        ldrb    w0, [x20, #0xf20]
        check   "GICD_SPENDSGIR0 byte (RAZ/WI)", x0
        rd      "GICD_CPENDSGIR0 (RAZ/WI)", x20, 0xf10

        println "== GICD_IROUTER"
        ldr     x9, =0x6100             // IROUTER32
        add     x9, x20, x9
        mov     x2, #-1
        str     x2, [x9]
        ldr     x0, [x9]
        check   "GICD_IROUTER32 <- ~0 (64-bit)", x0
        ldr     x2, =0x0000050603040102
        str     x2, [x9]
        ldr     x0, [x9]
        check   "GICD_IROUTER32 <- pattern", x0
        ldr     w0, [x9]
        check   "GICD_IROUTER32 low word", x0
        ldr     w0, [x9, #4]
        check   "GICD_IROUTER32 high word", x0
        mov     w2, #0x81
        str     w2, [x9, #4]
        ldr     x0, [x9]
        check   "GICD_IROUTER32 high word <- 81", x0
        str     w2, [x9]
        ldr     x0, [x9]
        check   "GICD_IROUTER32 low word <- 81", x0
        str     xzr, [x9]
        ldr     x9, =0x6000             // IROUTER0: SGI, RAZ/WI
        add     x9, x20, x9
        str     x2, [x9]
        ldr     x0, [x9]
        check   "GICD_IROUTER0 (RAZ/WI)", x0
        ldr     x9, =0x6000 + 287 * 8
        add     x9, x20, x9
        mov     x2, #0x100
        str     x2, [x9]
        ldr     x0, [x9]
        check   "GICD_IROUTER287 <- 100", x0
        str     xzr, [x9]
        ldr     x9, =0x6000 + 288 * 8
        add     x9, x20, x9
        str     x2, [x9]
        ldr     x0, [x9]
        check   "GICD_IROUTER288 (beyond 287)", x0

        println "== redistributor reset / identification"
        rd      "GICR_CTLR", x21, 0x000
        rd      "GICR_IIDR", x21, 0x004
        rd      "GICR_TYPER low", x21, 0x008
        rd      "GICR_TYPER high", x21, 0x00c
        ldr     x0, [x21, #0x008]
        check   "GICR_TYPER 64-bit", x0
        rd      "GICR_STATUSR", x21, 0x010
        rd      "GICR_WAKER", x21, 0x014
        ldr     x0, [x21, #0x070]
        check   "GICR_PROPBASER", x0
        ldr     x0, [x21, #0x078]
        check   "GICR_PENDBASER", x0
        rd      "GICR 0x040 (no direct LPIs)", x21, 0x040
        ldr     x9, =0xffd0
        add     x9, x21, x9
        .irp    off, 0, 4, 8, 12, 16, 20, 24, 28, 32, 36, 40, 44
        ldr     w0, [x9, #\off]
        check   "GICR ID 0xffd0+\off", x0
        .endr
        rdf     "SGI_base 0xffe8 (no ID registers)", x22, 0xffe8
        rd      "GICR_IGROUPR0", x22, 0x080
        rd      "GICR_ISENABLER0", x22, 0x100
        rd      "GICR_ISPENDR0", x22, 0x200
        rd      "GICR_ISACTIVER0", x22, 0x300
        rd      "GICR_IPRIORITYR0", x22, 0x400
        rd      "GICR_ICFGR0", x22, 0xc00
        rd      "GICR_ICFGR1", x22, 0xc04
        rd      "GICR_IGRPMODR0", x22, 0xd00
        rd      "GICR_NSACR", x22, 0xe00
        ldrh    w0, [x21, #0x014]
        check   "GICR_WAKER halfword (RAZ)", x0

        println "== redistributor masks"
        str     w1, [x21, #0x000]
        rd      "GICR_CTLR <- ~0", x21, 0x000
        str     wzr, [x21, #0x000]
        rd      "GICR_CTLR <- 0", x21, 0x000
        mov     x2, #-1
        str     x2, [x21, #0x008]
        str     w1, [x21, #0x004]
        ldr     x0, [x21, #0x008]
        check   "GICR_TYPER <- ~0 (RO)", x0
        rd      "GICR_IIDR <- ~0 (RO)", x21, 0x004
        ldr     x2, =0x0123456789abcdef
        str     x2, [x21, #0x070]
        ldr     x0, [x21, #0x070]
        check   "GICR_PROPBASER <- pattern", x0
        rd      "GICR_PROPBASER high word", x21, 0x074
        str     wzr, [x21, #0x074]
        ldr     x0, [x21, #0x070]
        check   "GICR_PROPBASER high word <- 0", x0
        str     x2, [x21, #0x078]
        str     wzr, [x21, #0x078]
        ldr     x0, [x21, #0x078]
        check   "GICR_PENDBASER low word <- 0", x0
        str     xzr, [x21, #0x070]
        str     xzr, [x21, #0x078]
        str     w1, [x22, #0x080]
        rd      "GICR_IGROUPR0 <- ~0", x22, 0x080
        str     wzr, [x22, #0x080]
        str     w1, [x22, #0x100]
        rd      "GICR_ISENABLER0 <- ~0 (SGIs too)", x22, 0x100
        rd      "GICR_ICENABLER0", x22, 0x180
        str     w1, [x22, #0x180]
        rd      "GICR_ISENABLER0 after ICENABLER0 <- ~0", x22, 0x100
        str     w1, [x22, #0x200]
        rd      "GICR_ISPENDR0 <- ~0 (SGIs too)", x22, 0x200
        rd      "GICR_ICPENDR0", x22, 0x280
        str     w1, [x22, #0x280]
        rd      "GICR_ISPENDR0 after ICPENDR0 <- ~0", x22, 0x200
        str     w1, [x22, #0x300]
        rd      "GICR_ISACTIVER0 <- ~0", x22, 0x300
        rd      "GICR_ICACTIVER0", x22, 0x380
        str     w1, [x22, #0x380]
        rd      "GICR_ISACTIVER0 after ICACTIVER0 <- ~0", x22, 0x300
        str     w1, [x22, #0x400]
        rd      "GICR_IPRIORITYR0 <- ~0", x22, 0x400
        strb    wzr, [x22, #0x401]
        rd      "GICR_IPRIORITYR0 byte 1 <- 0", x22, 0x400
        ldrb    w0, [x22, #0x400]
        check   "GICR_IPRIORITYR0 byte 0", x0
        strh    wzr, [x22, #0x400]
        rd      "GICR_IPRIORITYR0 half 0 <- 0 (ignored)", x22, 0x400
        ldrh    w0, [x22, #0x400]
        check   "GICR_IPRIORITYR0 halfword read (RAZ)", x0
        str     wzr, [x22, #0x400]
        str     w1, [x22, #0x41c]
        rd      "GICR_IPRIORITYR7 <- ~0", x22, 0x41c
        str     wzr, [x22, #0x41c]
        str     w1, [x22, #0x420]
        rd      "GICR_IPRIORITYR8 (reserved)", x22, 0x420
        str     wzr, [x22, #0xc00]
        rd      "GICR_ICFGR0 <- 0 (SGIs edge)", x22, 0xc00
        str     w1, [x22, #0xc04]
        rd      "GICR_ICFGR1 <- ~0", x22, 0xc04
        mov     w2, #0x5555
        movk    w2, #0x2000, lsl #16
        str     w2, [x22, #0xc04]
        rd      "GICR_ICFGR1 <- 20005555", x22, 0xc04
        str     wzr, [x22, #0xc04]
        str     w1, [x22, #0xd00]
        rd      "GICR_IGRPMODR0 <- ~0 (RAZ/WI)", x22, 0xd00
        str     w1, [x22, #0xe00]
        rd      "GICR_NSACR <- ~0 (RAZ/WI)", x22, 0xe00
        str     w1, [x22, #0x104]
        rd      "SGI_base 0x104 (reserved)", x22, 0x104
        ldr     x0, [x22, #0x100]
        check   "GICR_ISENABLER0 64-bit (RAZ)", x0

        println "== GICR_WAKER handshake"
        rd      "GICR_WAKER at reset (asleep)", x21, 0x014
        ldr     w0, [x21, #0x014]
        bic     w0, w0, #2              // clear ProcessorSleep
        str     w0, [x21, #0x014]
        mov     x3, #0
1:      ldr     w0, [x21, #0x014]       // wait for ChildrenAsleep == 0
        add     x3, x3, #1
        tbnz    w0, #2, 1b
        check   "polls until ChildrenAsleep = 0", x3
        rd      "GICR_WAKER awake", x21, 0x014
        mov     w0, #2
        str     w0, [x21, #0x014]
        rd      "GICR_WAKER <- ProcessorSleep", x21, 0x014
        mov     w0, #4
        str     w0, [x21, #0x014]
        rd      "GICR_WAKER <- ChildrenAsleep only (RO)", x21, 0x014
        str     w1, [x21, #0x014]
        rd      "GICR_WAKER <- ~0", x21, 0x014
        str     wzr, [x21, #0x014]

        println "== outside the frames"
        set_handler 0x200, _h_report_skip
        ldr     x9, =GICD + 0xfffc
        ldr     w0, [x9]
        check   "GICD 0xfffc (CIDR3)", x0
        ldr     x9, =GICD + 0x10000     // GICv2 CPU interface address: nothing
        ldr     w0, [x9]
        ldr     x9, =GICR_SGI + 0xfffc
        ldr     w0, [x9]
        check   "SGI_base 0xfffc", x0
        ldr     x9, =GICR + 0x20000     // a second redistributor: one CPU only
        ldr     w0, [x9]
        str     w0, [x9]
        clear_handler 0x200

        println "== CPU interface reset"
        rs      "ICC_CTLR_EL1", s3_0_c12_c12_4
        rs      "ICC_SRE_EL1", s3_0_c12_c12_5
        rs      "ICC_PMR_EL1", s3_0_c4_c6_0
        rs      "ICC_BPR0_EL1", s3_0_c12_c8_3
        rs      "ICC_BPR1_EL1", s3_0_c12_c12_3
        rs      "ICC_RPR_EL1", s3_0_c12_c11_3
        rs      "ICC_IGRPEN0_EL1", s3_0_c12_c12_6
        rs      "ICC_IGRPEN1_EL1", s3_0_c12_c12_7
        rs      "ICC_AP0R0_EL1", s3_0_c12_c8_4
        rs      "ICC_AP1R0_EL1", s3_0_c12_c9_0
        rs      "ICC_HPPIR0_EL1", s3_0_c12_c8_2
        rs      "ICC_HPPIR1_EL1", s3_0_c12_c12_2
        rs      "ICC_IAR0_EL1", s3_0_c12_c8_0
        rs      "ICC_IAR1_EL1", s3_0_c12_c12_0

        println "== CPU interface masks"
        mov     x1, #-1
        msr     s3_0_c12_c12_4, x1
        rs      "ICC_CTLR_EL1 <- ~0", s3_0_c12_c12_4
        msr     s3_0_c12_c12_4, xzr
        rs      "ICC_CTLR_EL1 <- 0", s3_0_c12_c12_4
        msr     s3_0_c12_c12_5, xzr
        rs      "ICC_SRE_EL1 <- 0 (RO)", s3_0_c12_c12_5
        mov     x2, #0xff
        msr     s3_0_c4_c6_0, x2
        rs      "ICC_PMR_EL1 <- ff", s3_0_c4_c6_0
        mov     x2, #0x87
        msr     s3_0_c4_c6_0, x2
        rs      "ICC_PMR_EL1 <- 87", s3_0_c4_c6_0
        msr     s3_0_c4_c6_0, xzr
        .irp    v, 7, 4, 2, 1, 0
        mov     x2, #\v
        msr     s3_0_c12_c8_3, x2
        rs      "ICC_BPR0_EL1 <- \v", s3_0_c12_c8_3
        .endr
        .irp    v, 7, 4, 3, 2, 0
        mov     x2, #\v
        msr     s3_0_c12_c12_3, x2
        rs      "ICC_BPR1_EL1 <- \v", s3_0_c12_c12_3
        .endr
        mov     x2, #5
        msr     s3_0_c12_c12_3, x2
        mov     x2, #4
        msr     s3_0_c12_c8_3, x2
        mov     x2, #1                  // CBPR
        msr     s3_0_c12_c12_4, x2
        rs      "ICC_BPR1_EL1 with CBPR (BPR0 + 1)", s3_0_c12_c12_3
        mov     x2, #7
        msr     s3_0_c12_c12_3, x2
        rs      "ICC_BPR1_EL1 <- 7 with CBPR (ignored)", s3_0_c12_c12_3
        rs      "ICC_BPR0_EL1", s3_0_c12_c8_3
        msr     s3_0_c12_c8_3, x2
        rs      "ICC_BPR1_EL1 with CBPR, BPR0 = 7", s3_0_c12_c12_3
        msr     s3_0_c12_c12_4, xzr
        rs      "ICC_BPR1_EL1 without CBPR", s3_0_c12_c12_3
        mov     x2, #2
        msr     s3_0_c12_c8_3, x2
        mov     x2, #3
        msr     s3_0_c12_c12_3, x2
        msr     s3_0_c12_c12_6, x1
        rs      "ICC_IGRPEN0_EL1 <- ~0", s3_0_c12_c12_6
        msr     s3_0_c12_c12_7, x1
        rs      "ICC_IGRPEN1_EL1 <- ~0", s3_0_c12_c12_7
        msr     s3_0_c12_c12_6, xzr
        msr     s3_0_c12_c12_7, xzr
        rs      "ICC_IGRPEN1_EL1 <- 0", s3_0_c12_c12_7

        println "== active priority registers, running priority"
        msr     s3_0_c12_c9_0, x1
        rs      "ICC_AP1R0_EL1 <- ~0", s3_0_c12_c9_0
        rs      "  ICC_RPR_EL1", s3_0_c12_c11_3
        msr     s3_0_c12_c9_0, xzr
        .irp    v, 0x10, 0x80000000, 0x00400000
        ldr     x2, =\v
        msr     s3_0_c12_c8_4, x2
        rs      "ICC_AP0R0_EL1 <- \v", s3_0_c12_c8_4
        rs      "  ICC_RPR_EL1", s3_0_c12_c11_3
        .endr
        mov     x2, #0x1000
        msr     s3_0_c12_c9_0, x2
        rs      "ICC_AP1R0_EL1 <- 1000 (AP0R0 400000)", s3_0_c12_c9_0
        rs      "  ICC_RPR_EL1", s3_0_c12_c11_3
        msr     s3_0_c12_c8_4, xzr
        rs      "  ICC_RPR_EL1 (AP0R0 0)", s3_0_c12_c11_3
        msr     s3_0_c12_c9_0, xzr
        rs      "  ICC_RPR_EL1 (idle)", s3_0_c12_c11_3

        println "== UNDEFINED at EL1"
        set_handler 0x200, _h_report_skip
        mrs     x0, s3_0_c12_c8_5       // ICC_AP0R1_EL1 (5 priority bits)
        mrs     x0, s3_0_c12_c9_1       // ICC_AP1R1_EL1
        mrs     x0, s3_0_c12_c9_5       // ICC_NMIAR1_EL1
        mrs     x0, s3_0_c12_c11_1      // ICC_DIR_EL1 (WO)
        mrs     x0, s3_0_c12_c11_5      // ICC_SGI1R_EL1 (WO)
        mrs     x0, s3_0_c12_c12_1      // ICC_EOIR1_EL1 (WO)
        msr     s3_0_c12_c12_0, x0      // ICC_IAR1_EL1 (RO)
        msr     s3_0_c12_c12_2, x0      // ICC_HPPIR1_EL1 (RO)
        msr     s3_0_c12_c11_3, x0      // ICC_RPR_EL1 (RO)
        mrs     x0, s3_4_c12_c9_5       // ICC_SRE_EL2
        mrs     x0, s3_6_c12_c12_4      // ICC_CTLR_EL3
        mrs     x0, s3_4_c12_c11_0      // ICH_HCR_EL2
        clear_handler 0x200
        check_exc "exceptions"

        println "== EL0"
        set_handler 0x400, _h_report_skip
        el0_case mrs x0, s3_0_c12_c12_5
        el0_case mrs x0, s3_0_c4_c6_0
        el0_case msr s3_0_c4_c6_0, x0
        el0_case mrs x0, s3_0_c12_c12_0
        el0_case msr s3_0_c12_c12_1, x0
        el0_case msr s3_0_c12_c11_5, x0
        el0_case mrs x0, s3_0_c12_c12_7
        el0_case mrs x0, s3_0_c12_c11_3
        clear_handler 0x400
        check_exc "exceptions"

        ldp     x29, x30, [sp], #16
        ret
