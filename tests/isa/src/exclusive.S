// exclusive: Load/store exclusive, load-acquire/store-release - Arm ARM
// group "Load/store exclusive" (LDXR/STXR/LDAXR/STLXR B/H/W/X, LDXP/STXP/
// LDAXP/STLXP W/X, LDAR/STLR B/H/W/X, CLREX).
// The MMU is on (common identity map, RAM = Normal Write-Back): the
// architecture only guarantees exclusives on Normal memory.  Only outcomes
// the architecture guarantees are printed:
//   * LDXR then STXR to the same address, same size, nothing in between:
//     status 0 and the store happens
//   * STXR after CLREX, STXR with no LDXR since the last STXR: status 1 and
//     memory unchanged
//   * exclusive / acquire / release accesses must be naturally aligned (pairs:
//     to the pair size) even with SCTLR_EL1.A = 0: Alignment fault
// Not tested: a misaligned store-exclusive (the architecture requires an
// Alignment fault; QEMU 7.2 checks the monitor first and just returns
// status 1 without faulting).
// Not tested (CONSTRAINED UNPREDICTABLE or IMPLEMENTATION DEFINED): STXR to
// a different address or size than the LDXR, an ordinary store between LDXR
// and STXR, Ws overlapping Rt/Rn, exclusives to Device memory.
        .include "common.inc"

        .macro  reset_mem
        adrl    x1, mem
        ldr     x5, =0x8899aabbccddeeff
        ldr     x6, =0x0011223344556677
        stp     x5, x6, [x1]
        stp     x5, x6, [x1, #16]
        .endm
        .macro  show_mem name
        ldp     x5, x6, [x1]
        check   "\name: mem[0]", x5
        check   "\name: mem[8]", x6
        .endm

        // LDXR + STXR pair of size sz (b/h/""/"" for x), reg width r (w/x)
        .macro  xpair ld, st, rl, rs, name
        reset_mem
        ldr     x2, =0x5555555555555555
        ldr     x3, =0xfedcba9876543210
        mov     w4, #7
        \ld     \rl\()2, [x1]
        \st     w4, \rs\()3, [x1]
        check   "\name: loaded", x2
        check   "\name: status", x4
        show_mem "\name"
        .endm

test_main:
        stp     x29, x30, [sp, #-16]!
        mmu_identity_on
        clrex

        println "== ldxr/stxr same address: success"
        xpair   ldxrb, stxrb, w, w, "ldxrb/stxrb"
        xpair   ldxrh, stxrh, w, w, "ldxrh/stxrh"
        xpair   ldxr, stxr, w, w, "ldxr/stxr w"
        xpair   ldxr, stxr, x, x, "ldxr/stxr x"
        xpair   ldaxrb, stlxrb, w, w, "ldaxrb/stlxrb"
        xpair   ldaxrh, stlxrh, w, w, "ldaxrh/stlxrh"
        xpair   ldaxr, stlxr, w, w, "ldaxr/stlxr w"
        xpair   ldaxr, stlxr, x, x, "ldaxr/stlxr x"
        xpair   ldxr, stlxr, x, x, "ldxr/stlxr x"
        xpair   ldaxr, stxr, w, w, "ldaxr/stxr w"
        // other offsets inside the doubleword
        reset_mem
        add     x7, x1, #5
        ldxrb   w2, [x7]
        mov     w3, #0x42
        stxrb   w4, w3, [x7]
        check   "ldxrb @5", x2
        check   "stxrb @5 status", x4
        show_mem "stxrb @5"
        reset_mem
        add     x7, x1, #6
        ldaxrh  w2, [x7]
        mov     w3, #0x4243
        stlxrh  w4, w3, [x7]
        check   "ldaxrh @6", x2
        check   "stlxrh @6 status", x4
        show_mem "stlxrh @6"
        reset_mem
        add     x7, x1, #12
        ldxr    w2, [x7]
        stxr    w4, wzr, [x7]
        check   "ldxr w @12", x2
        check   "stxr wzr @12 status", x4
        show_mem "stxr wzr @12"
        reset_mem
        ldxr    xzr, [x1]
        stxr    w4, xzr, [x1]
        check   "ldxr xzr / stxr xzr status", x4
        show_mem "stxr xzr"

        println "== store-exclusive failures"
        reset_mem
        ldr     x3, =0x1234
        ldxr    x2, [x1]
        clrex
        mov     w4, #7
        stxr    w4, x3, [x1]
        check   "stxr after clrex: status", x4
        show_mem "stxr after clrex"
        mov     w4, #7
        stxr    w4, x3, [x1]
        check   "stxr with no ldxr: status", x4
        ldxr    x2, [x1]
        stxr    w4, x3, [x1]
        check   "ldxr+stxr: status", x4
        mov     w4, #7
        stxr    w4, x3, [x1]
        check   "second stxr (monitor cleared by first): status", x4
        show_mem "after success then failure"
        mov     w4, #7
        stlxrb  w4, w3, [x1]
        check   "stlxrb with no ldxr: status", x4
        ldaxrh  w2, [x1]
        clrex   #15
        mov     w4, #7
        stlxrh  w4, w3, [x1]
        check   "stlxrh after clrex #15: status", x4
        show_mem "unchanged"

        println "== exclusive pairs"
        reset_mem
        ldr     x2, =0x5555555555555555
        ldr     x3, =0x5555555555555555
        ldr     x5, =0x0102030405060708
        ldr     x6, =0x1112131415161718
        ldxp    x2, x3, [x1]
        stxp    w4, x5, x6, [x1]
        check   "ldxp x: first", x2
        check   "ldxp x: second", x3
        check   "stxp x status", x4
        show_mem "stxp x"
        reset_mem
        add     x7, x1, #8
        ldr     x2, =0x5555555555555555
        ldr     x3, =0x5555555555555555
        ldxp    w2, w3, [x7]
        stxp    w4, w6, w5, [x7]
        check   "ldxp w @8: first", x2
        check   "ldxp w @8: second", x3
        check   "stxp w status", x4
        show_mem "stxp w"
        reset_mem
        ldaxp   x2, x3, [x1]
        stlxp   w4, x6, x5, [x1]
        check   "ldaxp x: first", x2
        check   "ldaxp x: second", x3
        check   "stlxp x status", x4
        show_mem "stlxp x"
        reset_mem
        ldaxp   w2, w3, [x1]
        stlxp   w4, wzr, w5, [x1]
        check   "ldaxp w: first", x2
        check   "ldaxp w: second", x3
        check   "stlxp w status", x4
        show_mem "stlxp w"
        clrex
        mov     w4, #7
        stxp    w4, x5, x6, [x1]
        check   "stxp with no ldxp: status", x4
        ldxp    x2, x3, [x1]
        clrex
        mov     w4, #7
        stlxp   w4, x5, x6, [x1]
        check   "stlxp after clrex: status", x4
        show_mem "unchanged"

        println "== atomic increment loop"
        adrl    x1, counter
        str     xzr, [x1]
        mov     x6, #0
        mov     x7, #0              // number of retries (expected 0)
1:      ldaxr   x2, [x1]
        add     x2, x2, #3
        stlxr   w4, x2, [x1]
        cbz     w4, 2f
        add     x7, x7, #1
        b       1b
2:      add     x6, x6, #1
        cmp     x6, #100
        b.lo    1b
        ldr     x2, [x1]
        check   "counter after 100 ldaxr/add/stlxr", x2
        check   "retries", x7

        println "== load-acquire / store-release"
        reset_mem
        ldr     x2, =0x5555555555555555
        ldarb   w2, [x1]
        check   "ldarb", x2
        ldarh   w2, [x1]
        check   "ldarh", x2
        ldar    w2, [x1]
        check   "ldar w", x2
        ldar    x2, [x1]
        check   "ldar x", x2
        add     x7, x1, #7
        ldarb   w2, [x7]
        check   "ldarb @7", x2
        add     x7, x1, #6
        ldarh   w2, [x7]
        check   "ldarh @6", x2
        add     x7, x1, #12
        ldar    w2, [x7]
        check   "ldar w @12", x2
        ldr     x3, =0xfedcba9876543210
        add     x7, x1, #3
        stlrb   w3, [x7]
        add     x7, x1, #10
        stlrh   w3, [x7]
        add     x7, x1, #4
        stlr    w3, [x7]
        show_mem "stlrb @3 stlrh @10 stlr w @4"
        add     x7, x1, #8
        stlr    x3, [x7]
        stlr    wzr, [x1]
        show_mem "stlr x @8 stlr wzr @0"
        mov     x19, sp
        sub     sp, sp, #16
        stlr    x3, [sp]
        ldar    x2, [sp]
        add     sp, sp, #16
        check   "stlr/ldar [sp]", x2

        println "== alignment faults (SCTLR_EL1.A = 0)"
        mrs     x0, sctlr_el1
        tst     x0, #2
        cset    x0, ne
        check   "sctlr.A", x0
        set_handler 0x200, _h_report_skip
        adrl    x1, mem
        add     x7, x1, #4
        print   "ldxr x @4: "
        ldxr    x2, [x7]
        add     x7, x1, #1
        print   "ldxrh @1: "
        ldxrh   w2, [x7]
        add     x7, x1, #2
        print   "ldaxr w @2: "
        ldaxr   w2, [x7]
        add     x7, x1, #8
        print   "ldxp x @8: "
        ldxp    x2, x3, [x7]
        add     x7, x1, #4
        print   "ldxp w @4: "
        ldxp    w2, w3, [x7]
        add     x7, x1, #1
        print   "ldarh @1: "
        ldarh   w2, [x7]
        add     x7, x1, #4
        print   "ldar x @4: "
        ldar    x2, [x7]
        add     x7, x1, #2
        print   "stlr w @2: "
        stlr    w2, [x7]
        add     x7, x1, #5
        print   "stlrh @5: "
        stlrh   w2, [x7]
        check_exc "alignment faults taken"
        clear_handler 0x200

        println "== exclusives at EL0"
        adrl    x1, el0mem
        run_el0 el0_excl
        check   "el0 ldxr value", x2
        check   "el0 stxr status", x4
        check   "el0 stxr after clrex status", x5
        adrl    x1, el0mem
        ldr     x2, [x1]
        check   "el0mem after", x2

        mmu_off
        ldp     x29, x30, [sp], #16
        ret

        el0_code
el0_excl:
        ldxr    x2, [x1]
        add     x3, x2, #1
        stxr    w4, x3, [x1]
        ldxr    x3, [x1]
        clrex
        mov     w5, #7
        stxr    w5, x2, [x1]
        el0_return
        el0_code_end

        .pushsection .el0.data, "aw"
        .balign 16
el0mem: .quad   0x00000000000000ff, 0
        .popsection

        .bss
        .balign 4096
mem:    .skip   64
        .balign 2048            // keep the counter in its own granule
counter: .skip  16
