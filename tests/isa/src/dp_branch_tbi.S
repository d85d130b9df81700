// dp_branch_tbi: register branches to tagged addresses (Arm ARM J1 AArch64.BranchAddr,
// D8.8 Address tagging). With TCR_EL1.TBI0 = 1, BR/BLR/RET to an address whose bit 55 is 0
// ignore the top byte: the PC (and so the link register of a later BL/BLR) is the address
// with bits 63:56 cleared. Bit 55 = 1 selects TBI1: when it is 0 the tagged address is used
// as is, when it is 1 the top byte becomes copies of bit 55; either way it is not a valid
// physical address with the MMU off and the fetch takes an Instruction Abort.
// Runs at EL1 with the MMU off.
        .include "common.inc"

        .set    TCR_TBI0, 1 << 37
        .set    TCR_TBI1, 1 << 38

        // x1 = address of \label with top byte \tag (bits 63:56) and bit 55 = \b55
        .macro  tagged label:req, tag:req, b55=0
        adrl    x1, \label
        movk    x1, #((\tag << 8) | (\b55 << 7)), lsl #48
        .endm

test_main:
        stp     x29, x30, [sp, #-16]!
        mrs     x19, tcr_el1

        println "== TBI0 = 1"
        ldr     x0, =TCR_TBI0
        orr     x0, x19, x0
        msr     tcr_el1, x0
        isb
        tagged  1f, 0x5a
        br      x1
        println "BR: fell through"
1:      adr     x2, .
        check   "BR tagged: pc", x2

        tagged  sub_report, 0xa5
        blr     x1
        check   "BLR tagged: lr after return", x30

        tagged  sub_report, 0x01
        mov     x30, x1                 // BLR X30 reads the target before writing X30
        blr     x30
        check   "BLR X30 tagged: lr after return", x30

        adr     x30, 2f
        movk    x30, #0xff00, lsl #48
        ret
        println "RET: fell through"
2:      adr     x2, .
        check   "RET tagged: pc", x2

        adr     x3, 3f
        movk    x3, #0x1200, lsl #48
        ret     x3
        println "RET X3: fell through"
3:      adr     x2, .
        check   "RET X3 tagged: pc", x2

        set_handler 0x200, _h_report_lr
        println "== TBI0 = 1, TBI1 = 0: bit 55 set"
        tagged  sub_report, 0x00, 1
        blr     x1
        println "== TBI0 = 1, TBI1 = 1: bit 55 set"
        ldr     x0, =TCR_TBI0 | TCR_TBI1
        orr     x0, x19, x0
        msr     tcr_el1, x0
        isb
        tagged  sub_report, 0x00, 1
        blr     x1
        tagged  sub_report, 0x3c, 1
        blr     x1
        println "== TBI0 = 0"
        msr     tcr_el1, x19
        isb
        tagged  sub_report, 0x5a
        blr     x1
        tagged  sub_report, 0x00
        blr     x1
        check   "BLR untagged: lr after return", x30
        clear_handler 0x200
        check_exc "exceptions taken"
        ldp     x29, x30, [sp], #16
        ret

// prints its own address (as seen by ADR) and the link register it was called with
sub_report:
        adr     x2, .
        check   "  callee pc", x2
        check   "  callee lr", x30
        ret
