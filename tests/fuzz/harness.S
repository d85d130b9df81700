// Bare-metal harness of the QEMU differential fuzzer (tests/fuzz/fuzz-qemu.ts).
//
// The fuzzer writes batch.inc next to a copy of this file: NCASES, FP_STATE for the fp class,
// the code slots (one per case: the instruction under test, then "b ret_stub") and the input
// records (cases.bin). For each case the harness
//   1. restores the scratch window from its pristine copy (memory cases only, when the last
//      memory case changed it),
//   2. loads the case's register file (with FP_STATE: V0-V31, FPCR, FPSR; then X0-X30, SP)
//      and enters the slot by ERET with SPSR = NZCV | EL1h, DAIF masked, so every register
//      the instruction may read holds a test value,
//   3. after the instruction (ret_stub) or its exception (the vector), stores X0-X30, SP,
//      NZCV (with FP_STATE: FPCR, FPSR, V0-V31) and the exception's ESR/FAR/ELR into the
//      case's result record, using TPIDR_EL1 and TPIDRRO_EL0 as the only scratch,
//   4. hashes the scratch window into the result (memory cases only).
// Then it prints, per case, the result quads that differ from the input (the state quads) or
// from zero (the others) as "i=v" in hex, a hash of the whole scratch region (and with
// DUMP_WINDOW defined, the window quads that differ from the pristine copy), and powers off
// through PSCI SYSTEM_OFF. The MMU stays off (data accesses are Device-nGnRnE, D8.2.10).
// The harness itself uses no SIMD&FP instruction but the loads and stores of the V registers,
// so FPCR's modes cannot disturb it.
//
// State quads (STATE_QUADS of them, the first quads of both records): 0-30 x0-x30, 31 sp,
//   32 nzcv (bits 31:28); with FP_STATE also 33 fpcr, 34 fpsr, 35 zero, 36-99 v0-v31 (low
//   quad first).
// Input record (IN_SIZE bytes): the state quads, then the flags quad (FLAG_*).
// Result record (RES_SIZE bytes): the state quads, then esr (0: none), far, elr, vector
//   offset, window hash.
// Record sizes and the V block's offset are multiples of 16 (LDP/STP of Q registers).

        .include "batch.inc"

        .ifdef  FP_STATE
        .equ    STATE_QUADS, 100
        .equ    IN_SIZE, 816
        .equ    RES_SIZE, 848
        .equ    Q_FPCR, 33
        .equ    V_OFFSET, 36 * 8
        .else
        .equ    STATE_QUADS, 33
        .equ    IN_SIZE, 288
        .equ    RES_SIZE, 304
        .endif
        .equ    Q_NZCV, 32
        .equ    IN_FLAGS, STATE_QUADS * 8
        .equ    Q_ESR, STATE_QUADS      // then far, elr, vector, hash
        .equ    Q_HASH, STATE_QUADS + 4
        .equ    RES_QUADS, STATE_QUADS + 5
        .equ    FLAG_MEMORY, 1          // bit 0: restore the window before, hash it after
        .equ    FLAG_FP_TRAPPED, 2      // bit 1: run with SIMD&FP trapped (FP_STATE only)
        .equ    UART, 0x09000000
        .equ    REGION, 0x48000000      // scratch region: 7 copies of the window
        .equ    WINDOW, 0x4800c000      // scratch window, restored and hashed per memory case
        .equ    WINDOW_SIZE, 0x4000
        .equ    REGION_SIZE, 7 * WINDOW_SIZE


        // Load a 32-bit constant without a literal pool.
        .macro  movl reg, value
        movz    \reg, #((\value) >> 16), lsl #16
        movk    \reg, #((\value) & 0xffff)
        .endm

        // reg = base + index * size; tmp is clobbered.
        .macro  index_rec reg, base, index, size, tmp
        mov     \tmp, #\size
        madd    \reg, \index, \tmp, \base
        .endm

        .section .text.boot, "ax"
        .global _start
_start:
        adrp    x0, stack_top
        add     x0, x0, :lo12:stack_top
        mov     sp, x0
        adrp    x0, vectors
        add     x0, x0, :lo12:vectors
        msr     vbar_el1, x0
        // SP alignment checking off (SCTLR_EL1.SA, SA0): QEMU 7.2 does not implement the check
        // its reset value enables, while our core does (D1.8.2).
        mrs     x0, sctlr_el1
        bic     x0, x0, #0x18
        msr     sctlr_el1, x0
        .ifdef  FP_STATE
        // SIMD&FP instructions not trapped at EL1 (CPACR_EL1.FPEN = 0b11, D17.2.30).
        mrs     x0, cpacr_el1
        orr     x0, x0, #(3 << 20)
        msr     cpacr_el1, x0
        .endif
        isb
        // Fill the scratch region with copies of the pristine window.
        movl    x2, REGION
        mov     x3, #7
1:      bl      copy_window
        add     x2, x2, #WINDOW_SIZE
        subs    x3, x3, #1
        b.ne    1b
        adrp    x0, pristine
        add     x0, x0, :lo12:pristine
        mov     x1, #WINDOW_SIZE
        bl      hash_range
        adrp    x1, pristine_hash
        str     x0, [x1, :lo12:pristine_hash]
        adrp    x0, cur_case
        str     xzr, [x0, :lo12:cur_case]

next_case:
        adrp    x0, cur_case
        ldr     x1, [x0, :lo12:cur_case]
        mov     x2, #NCASES
        cmp     x1, x2
        b.hs    all_done
        // x10 = input record, x11 = result record, x12 = slot
        adrp    x10, inputs
        add     x10, x10, :lo12:inputs
        index_rec x10, x10, x1, IN_SIZE, x3
        adrp    x11, results
        add     x11, x11, :lo12:results
        index_rec x11, x11, x1, RES_SIZE, x3
        adrp    x12, slots
        add     x12, x12, :lo12:slots
        add     x12, x12, x1, lsl #3
        adrp    x0, cur_result
        str     x11, [x0, :lo12:cur_result]
        adrp    x0, cur_slot
        str     x12, [x0, :lo12:cur_slot]
        // Restore the window if the last memory case changed it.
        ldr     x0, [x10, #IN_FLAGS]
        tbz     x0, #0, 2f
        adrp    x0, window_dirty
        ldr     x1, [x0, :lo12:window_dirty]
        cbz     x1, 2f
        str     xzr, [x0, :lo12:window_dirty]
        movl    x2, WINDOW
        bl      copy_window
2:      msr     elr_el1, x12
        .ifdef  FP_STATE
        ldp     x0, x1, [x10, #Q_FPCR * 8]
        msr     fpcr, x0
        msr     fpsr, x1
        add     x0, x10, #V_OFFSET
        ldp     q0, q1, [x0, #0]
        ldp     q2, q3, [x0, #32]
        ldp     q4, q5, [x0, #64]
        ldp     q6, q7, [x0, #96]
        ldp     q8, q9, [x0, #128]
        ldp     q10, q11, [x0, #160]
        ldp     q12, q13, [x0, #192]
        ldp     q14, q15, [x0, #224]
        ldp     q16, q17, [x0, #256]
        ldp     q18, q19, [x0, #288]
        ldp     q20, q21, [x0, #320]
        ldp     q22, q23, [x0, #352]
        ldp     q24, q25, [x0, #384]
        ldp     q26, q27, [x0, #416]
        ldp     q28, q29, [x0, #448]
        ldp     q30, q31, [x0, #480]
        // Trapped cases run with CPACR_EL1.FPEN = 00; the ERET synchronizes the change.
        ldr     x0, [x10, #IN_FLAGS]
        tbz     x0, #1, 3f
        mrs     x0, cpacr_el1
        bic     x0, x0, #(3 << 20)
        msr     cpacr_el1, x0
3:
        .endif
        ldr     x0, [x10, #Q_NZCV * 8]
        mov     x1, #0x3c5              // EL1h, DAIF masked
        orr     x0, x0, x1
        msr     spsr_el1, x0
        ldr     x0, [x10, #31 * 8]
        mov     sp, x0
        mov     x30, x10
        ldp     x0, x1, [x30, #0]
        ldp     x2, x3, [x30, #16]
        ldp     x4, x5, [x30, #32]
        ldp     x6, x7, [x30, #48]
        ldp     x8, x9, [x30, #64]
        ldp     x10, x11, [x30, #80]
        ldp     x12, x13, [x30, #96]
        ldp     x14, x15, [x30, #112]
        ldp     x16, x17, [x30, #128]
        ldp     x18, x19, [x30, #144]
        ldp     x20, x21, [x30, #160]
        ldp     x22, x23, [x30, #176]
        ldp     x24, x25, [x30, #192]
        ldp     x26, x27, [x30, #208]
        ldp     x28, x29, [x30, #224]
        ldr     x30, [x30, #240]
        eret

        // Save x1-x30 and sp into the current result; x0 is in TPIDR_EL1. Leaves x0 = result
        // record and the flags untouched.
        .macro  save_state
        adrp    x0, cur_result
        ldr     x0, [x0, :lo12:cur_result]
        stp     x1, x2, [x0, #8]
        stp     x3, x4, [x0, #24]
        stp     x5, x6, [x0, #40]
        stp     x7, x8, [x0, #56]
        stp     x9, x10, [x0, #72]
        stp     x11, x12, [x0, #88]
        stp     x13, x14, [x0, #104]
        stp     x15, x16, [x0, #120]
        stp     x17, x18, [x0, #136]
        stp     x19, x20, [x0, #152]
        stp     x21, x22, [x0, #168]
        stp     x23, x24, [x0, #184]
        stp     x25, x26, [x0, #200]
        stp     x27, x28, [x0, #216]
        stp     x29, x30, [x0, #232]
        mrs     x1, tpidr_el1
        str     x1, [x0, #0]
        mov     x1, sp
        str     x1, [x0, #31 * 8]
        .ifdef  FP_STATE
        // SIMD&FP back on after a trapped case.
        mrs     x1, cpacr_el1
        tbnz    x1, #20, 1f
        orr     x1, x1, #(3 << 20)
        msr     cpacr_el1, x1
        isb
1:      mrs     x1, fpcr
        mrs     x2, fpsr
        stp     x1, x2, [x0, #Q_FPCR * 8]
        str     xzr, [x0, #(Q_FPCR + 2) * 8]
        add     x1, x0, #V_OFFSET
        stp     q0, q1, [x1, #0]
        stp     q2, q3, [x1, #32]
        stp     q4, q5, [x1, #64]
        stp     q6, q7, [x1, #96]
        stp     q8, q9, [x1, #128]
        stp     q10, q11, [x1, #160]
        stp     q12, q13, [x1, #192]
        stp     q14, q15, [x1, #224]
        stp     q16, q17, [x1, #256]
        stp     q18, q19, [x1, #288]
        stp     q20, q21, [x1, #320]
        stp     q22, q23, [x1, #352]
        stp     q24, q25, [x1, #384]
        stp     q26, q27, [x1, #416]
        stp     q28, q29, [x1, #448]
        stp     q30, q31, [x1, #480]
        .endif
        .endm

        .global ret_stub, vectors
ret_stub:
        msr     tpidr_el1, x0
        save_state
        mrs     x1, nzcv
        str     x1, [x0, #Q_NZCV * 8]
        add     x1, x0, #Q_ESR * 8
        stp     xzr, xzr, [x1]
        stp     xzr, xzr, [x1, #16]
        b       case_done

exception:
        save_state
        // The flags as the instruction left them are in SPSR_EL1: QEMU clears PSTATE.NZCV on
        // exception entry.
        mrs     x1, spsr_el1
        and     x1, x1, #0xf0000000
        str     x1, [x0, #Q_NZCV * 8]
        add     x3, x0, #Q_ESR * 8
        mrs     x1, esr_el1
        mrs     x2, far_el1
        stp     x1, x2, [x3]
        mrs     x1, elr_el1
        mrs     x2, tpidrro_el0
        stp     x1, x2, [x3, #16]
        // An exception anywhere but in the slot is the harness's own: give up loudly.
        adrp    x2, cur_slot
        ldr     x2, [x2, :lo12:cur_slot]
        cmp     x1, x2
        b.ne    harness_fault

case_done:
        adrp    x1, stack_top
        add     x1, x1, :lo12:stack_top
        mov     sp, x1
        str     xzr, [x0, #Q_HASH * 8]
        adrp    x1, cur_case
        ldr     x1, [x1, :lo12:cur_case]
        adrp    x10, inputs
        add     x10, x10, :lo12:inputs
        index_rec x10, x10, x1, IN_SIZE, x3
        ldr     x2, [x10, #IN_FLAGS]
        tbz     x2, #0, 3f
        mov     x19, x0
        movl    x0, WINDOW
        mov     x1, #WINDOW_SIZE
        bl      hash_range
        str     x0, [x19, #Q_HASH * 8]
        adrp    x1, pristine_hash
        ldr     x1, [x1, :lo12:pristine_hash]
        cmp     x0, x1
        b.eq    3f
        adrp    x1, window_dirty
        mov     x0, #1
        str     x0, [x1, :lo12:window_dirty]
3:      adrp    x0, cur_case
        ldr     x1, [x0, :lo12:cur_case]
        add     x1, x1, #1
        str     x1, [x0, :lo12:cur_case]
        b       next_case

// Copy the pristine window to x2 (WINDOW_SIZE bytes). Clobbers x0, x1, x4-x7.
copy_window:
        adrp    x0, pristine
        add     x0, x0, :lo12:pristine
        mov     x1, #WINDOW_SIZE
        mov     x4, x2
1:      ldp     x5, x6, [x0], #16
        stp     x5, x6, [x4], #16
        subs    x1, x1, #16
        b.ne    1b
        ret

// x0 = hash of the x1 bytes (a multiple of 16) at x0. Clobbers x1-x4.
hash_range:
        mov     x2, x0
        mov     x0, #0
1:      ldp     x3, x4, [x2], #16
        eor     x0, x3, x0, ror #13
        add     x0, x0, x4
        subs    x1, x1, #16
        b.ne    1b
        ret

all_done:
        adrp    x19, results
        add     x19, x19, :lo12:results
        adrp    x20, inputs
        add     x20, x20, :lo12:inputs
        mov     x21, #NCASES
        adr     x0, str_begin
        bl      puts
4:      cbz     x21, 8f
        mov     x22, #0                 // quad index
        mov     x23, #0                 // tokens printed on this line
5:      ldr     x24, [x19, x22, lsl #3]
        mov     x25, #0
        cmp     x22, #STATE_QUADS
        b.hs    6f
        ldr     x25, [x20, x22, lsl #3]
6:      cmp     x24, x25
        b.eq    7f
        cbz     x23, 9f
        mov     x0, #' '
        bl      putc
9:      add     x23, x23, #1
        mov     x0, x22
        bl      puthex
        mov     x0, #'='
        bl      putc
        mov     x0, x24
        bl      puthex
7:      add     x22, x22, #1
        cmp     x22, #RES_QUADS
        b.lo    5b
        mov     x0, #'\n'
        bl      putc
        add     x19, x19, #RES_SIZE
        add     x20, x20, #IN_SIZE
        sub     x21, x21, #1
        b       4b
8:      adr     x0, str_region
        bl      puts
        movl    x0, REGION
        movl    x1, REGION_SIZE
        bl      hash_range
        bl      puthex
        .ifdef  DUMP_WINDOW
        // Single-case reruns: the window quads that differ from the pristine copy.
        adr     x0, str_window
        bl      puts
        movl    x19, WINDOW
        adrp    x20, pristine
        add     x20, x20, :lo12:pristine
        mov     x22, #0
1:      ldr     x24, [x19, x22]
        ldr     x25, [x20, x22]
        cmp     x24, x25
        b.eq    2f
        mov     x0, #' '
        bl      putc
        mov     x0, x22
        bl      puthex
        mov     x0, #'='
        bl      putc
        mov     x0, x24
        bl      puthex
2:      add     x22, x22, #8
        cmp     x22, #WINDOW_SIZE
        b.lo    1b
        .endif
        adr     x0, str_end
        bl      puts
power_off:
        movz    x0, #0x8400, lsl #16
        add     x0, x0, #8
        hvc     #0
        b       .

harness_fault:
        // x0 = result record with esr/far/elr/vector filled in
        adrp    x1, stack_top
        add     x1, x1, :lo12:stack_top
        mov     sp, x1
        mov     x19, x0
        adr     x0, str_fault
        bl      puts
        mov     x22, #Q_ESR
1:      ldr     x0, [x19, x22, lsl #3]
        bl      puthex
        mov     x0, #' '
        bl      putc
        add     x22, x22, #1
        cmp     x22, #Q_HASH
        b.lo    1b
        mov     x0, #'\n'
        bl      putc
        b       power_off

// putc(x0): one byte to the PL011 data register. Clobbers x1.
putc:
        mov     x1, #UART
        strb    w0, [x1]
        ret

// puts(x0): a NUL-terminated string. Clobbers x0-x2.
puts:
        mov     x2, x0
        mov     x1, #UART
1:      ldrb    w0, [x2], #1
        cbz     w0, 2f
        strb    w0, [x1]
        b       1b
2:      ret

// puthex(x0): hexadecimal without leading zeros. Clobbers x0-x4.
puthex:
        mov     x1, #UART
        mov     x2, #60                 // shift of the current digit
        mov     x4, #0                  // a digit was printed
1:      lsr     x3, x0, x2
        and     x3, x3, #0xf
        orr     x4, x4, x3
        cbnz    x2, 2f
        mov     x4, #1                  // always print the last digit
2:      cbz     x4, 3f
        cmp     x3, #10
        add     x3, x3, #'0'
        b.lo    4f
        add     x3, x3, #('a' - '0' - 10)
4:      strb    w3, [x1]
3:      subs    x2, x2, #4
        b.pl    1b
        ret

str_begin:  .asciz "fuzz-results\n"
str_region: .asciz "region="
str_end:    .asciz "\nfuzz-end\n"
str_window: .asciz "\nwindow"
str_fault:  .asciz "harness-fault esr/far/elr/vector: "

// Exception vectors (D1.10.2): all sixteen record their offset and share one handler.
        .balign 2048
vectors:
        .irp    off, 0x000, 0x080, 0x100, 0x180, 0x200, 0x280, 0x300, 0x380, 0x400, 0x480, 0x500, 0x580, 0x600, 0x680, 0x700, 0x780
        .balign 128
        msr     tpidr_el1, x0
        mov     x0, #\off
        msr     tpidrro_el0, x0
        b       exception
        .endr

        .data
        .balign 8
cur_case:   .quad 0
cur_result: .quad 0
cur_slot:   .quad 0
pristine_hash: .quad 0
window_dirty:  .quad 0          // the window differs from the pristine copy

        .bss
        .balign 16
        .skip   0x4000
stack_top:
        .balign 16
results:
        .skip   NCASES * RES_SIZE
