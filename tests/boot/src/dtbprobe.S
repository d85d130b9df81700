// dtbprobe - what a booted program finds: its entry registers, the boot stub at the
// bottom of RAM, the device tree QEMU handed it (header, /chosen, /memory, /psci; the
// whole tree when the flag word at 0x40180000 is non-zero), and 16 bytes at 0x40300000
// (where the tests put -device loader files and values). Prints on the PL011 and ends
// with PSCI SYSTEM_OFF.
//
// The first 64 bytes are a Linux arm64 Image header (Documentation/arm64/booting.rst),
// so the raw binary boots as `-kernel dtbprobe.Image`: text_offset 0 and a non-zero
// image_size make QEMU load it at RAM + 2 MiB = 0x40200000, the link address of the
// Image and ELF builds. The -device loader build is linked at 0x40400000.

        .set    UART, 0x09000000
        .set    RAM_BASE, 0x40000000
        .set    FLAG_ADDR, 0x40180000
        .set    BLOB_ADDR, 0x40300000
        .set    FDT_MAGIC, 0xd00dfeed

        .section .text.boot, "ax"
        .global _start
_start:
        b       entry                   // code0
        .long   0                       // code1
        .quad   0                       // text_offset
        .quad   _end - _start           // image_size
        .quad   0x2                     // flags: little-endian, 4 KiB pages
        .quad   0, 0, 0                 // res2..res4
        .ascii  "ARM\x64"               // magic
        .long   0                       // res5

entry:
        mov     x19, x0
        mov     x20, x1
        mov     x21, x2
        mov     x22, x3
        mov     x23, x4
        adr     x24, _start
        adr     x0, stack_top
        mov     sp, x0

        adr     x0, s_x0
        mov     x1, x19
        bl      print_reg
        adr     x0, s_x1
        mov     x1, x20
        bl      print_reg
        adr     x0, s_x2
        mov     x1, x21
        bl      print_reg
        adr     x0, s_x3
        mov     x1, x22
        bl      print_reg
        adr     x0, s_x4
        mov     x1, x23
        bl      print_reg
        adr     x0, s_pc
        mov     x1, x24
        bl      print_reg

        // The first 10 words of RAM: QEMU's boot stub when booting an Image. (A device
        // tree there is shown below; its byte layout is not compared.)
        adr     x0, s_ram
        bl      puts
        mov     x25, #RAM_BASE
        bl      is_fdt
        cbz     x0, 9f
        adr     x0, s_ramdtb
        bl      puts
        b       8f
9:      mov     x26, #10
1:      ldr     w0, [x25], #4
        mov     x1, #8
        bl      puthex
        subs    x26, x26, #1
        b.eq    8f
        mov     w0, #' '
        bl      putc
        b       1b
8:
        bl      newline

        // 16 bytes at BLOB_ADDR
        adr     x0, s_blob
        bl      puts
        mov     x25, #BLOB_ADDR
        mov     x26, #16
2:      ldrb    w0, [x25], #1
        mov     x1, #2
        bl      puthex
        subs    x26, x26, #1
        b.ne    2b
        bl      newline

        // Find the device tree: x0, else the bottom of RAM, else address 0 (flash).
        mov     x25, x19
        cbnz    x25, 3f
        mov     x25, #RAM_BASE
        bl      is_fdt
        cbnz    x0, 3f
        mov     x25, #0
        bl      is_fdt
        cbnz    x0, 3f
        adr     x0, s_nodtb
        bl      puts
        b       done
3:      adr     x0, s_dtb
        mov     x1, x25
        bl      print_reg
        mov     x19, x25
        bl      print_header
        mov     x0, #FLAG_ADDR
        ldr     w27, [x0]               // x27: print the whole tree
        bl      walk_tree
done:
        adr     x0, s_end
        bl      puts
        movz    x0, #0x8400, lsl #16
        add     x0, x0, #8
        hvc     #0
        b       .

// x0 = 1 if x25 points at an FDT magic
is_fdt:
        ldr     w0, [x25]
        rev     w0, w0
        movz    w1, #(FDT_MAGIC & 0xffff)
        movk    w1, #(FDT_MAGIC >> 16), lsl #16
        cmp     w0, w1
        cset    x0, eq
        ret

// magic, totalsize, version, last_comp_version, boot_cpuid_phys
print_header:
        stp     x29, x30, [sp, #-16]!
        adr     x0, s_magic
        bl      puts
        mov     x2, #0
        bl      hdr_word
        adr     x0, s_total
        bl      puts
        mov     x2, #4
        bl      hdr_word
        adr     x0, s_version
        bl      puts
        mov     x2, #20
        bl      hdr_word
        adr     x0, s_lastcomp
        bl      puts
        mov     x2, #24
        bl      hdr_word
        adr     x0, s_bootcpu
        bl      puts
        mov     x2, #28
        bl      hdr_word
        ldp     x29, x30, [sp], #16
        ret

// print the big-endian header word at offset x2, then a newline
hdr_word:
        stp     x29, x30, [sp, #-16]!
        ldr     w0, [x19, x2]
        rev     w0, w0
        mov     x1, #8
        bl      puthex
        bl      newline
        ldp     x29, x30, [sp], #16
        ret

// Walk the structure block. x19 = blob, x20 = token pointer, x21 = strings, x22 = depth,
// x23 = print the current node's properties, x27 = whole tree.
walk_tree:
        stp     x29, x30, [sp, #-16]!
        ldr     w0, [x19, #8]
        rev     w0, w0
        add     x20, x19, x0
        ldr     w0, [x19, #12]
        rev     w0, w0
        add     x21, x19, x0
        mov     x22, #0
        mov     x23, #0
next_token:
        ldr     w0, [x20], #4
        rev     w0, w0
        cmp     w0, #1
        b.eq    tok_begin
        cmp     w0, #2
        b.eq    tok_end_node
        cmp     w0, #3
        b.eq    tok_prop
        cmp     w0, #4
        b.eq    next_token
        cmp     w0, #9
        b.eq    walk_done
        adr     x0, s_badtok
        bl      puts
walk_done:
        ldp     x29, x30, [sp], #16
        ret

tok_begin:
        // show this node: whole-tree mode, or a top-level chosen/memory*/psci node
        mov     x23, x27
        cmp     x22, #1
        b.ne    4f
        mov     x0, x20
        adr     x1, s_chosen
        bl      prefix
        orr     x23, x23, x0
        mov     x0, x20
        adr     x1, s_memory
        bl      prefix
        orr     x23, x23, x0
        mov     x0, x20
        adr     x1, s_psci
        bl      prefix
        orr     x23, x23, x0
4:      cbz     x23, 5f
        mov     x0, x22
        bl      indent
        ldrb    w0, [x20]
        cbnz    w0, 6f
        mov     w0, #'/'
        bl      putc
6:      mov     x0, x20
        bl      puts
        bl      newline
5:      // skip the name and its padding
        mov     x0, x20
7:      ldrb    w1, [x0], #1
        cbnz    w1, 7b
        add     x0, x0, #3
        and     x20, x0, #~3
        add     x22, x22, #1
        b       next_token

tok_end_node:
        sub     x22, x22, #1
        mov     x23, x27
        b       next_token

tok_prop:
        ldr     w24, [x20], #4          // length
        rev     w24, w24
        ldr     w25, [x20], #4          // name offset
        rev     w25, w25
        add     x25, x21, x25           // name
        mov     x26, x20                // value
        add     x20, x20, x24
        add     x20, x20, #3
        and     x20, x20, #~3
        cbz     x23, next_token
        mov     x0, x22
        bl      indent
        mov     x0, x25
        bl      puts
        adr     x0, s_eq
        bl      puts
        bl      print_value
        bl      newline
        b       next_token

// Property value x26, length x24, name x25.
print_value:
        stp     x29, x30, [sp, #-16]!
        mov     x0, x25
        adr     x1, s_rngseed
        bl      equal
        cbnz    x0, pv_random
        cbnz    x27, 1f
        mov     x0, x25
        adr     x1, s_kaslr
        bl      equal
        cbnz    x0, pv_random
1:      cbz     x24, pv_ret             // empty property: name only
        bl      is_text
        cbnz    x0, pv_text
        // hex: words when the length is a multiple of 4, else bytes
        tst     x24, #3
        b.ne    pv_bytes
        mov     x3, #0
2:      cmp     x3, x24
        b.hs    pv_ret
        str     x3, [sp, #-16]!
        cbz     x3, 7f
        mov     w0, #' '
        bl      putc
7:      ldr     x3, [sp]
        ldr     w0, [x26, x3]
        rev     w0, w0
        mov     x1, #8
        bl      puthex
        ldr     x3, [sp], #16
        add     x3, x3, #4
        b       2b
pv_bytes:
        mov     x3, #0
3:      cmp     x3, x24
        b.hs    pv_ret
        ldrb    w0, [x26, x3]
        str     x3, [sp, #-16]!
        mov     x1, #2
        bl      puthex
        ldr     x3, [sp], #16
        add     x3, x3, #1
        b       3b
pv_text:
        mov     w0, #'"'
        bl      putc
        mov     x3, #0
        sub     x4, x24, #1
4:      cmp     x3, x4
        b.hs    5f
        ldrb    w0, [x26, x3]
        stp     x3, x4, [sp, #-16]!
        cbnz    w0, 6f
        mov     w0, #'\\'
        bl      putc
        mov     w0, #'0'
6:      bl      putc
        ldp     x3, x4, [sp], #16
        add     x3, x3, #1
        b       4b
5:      mov     w0, #'"'
        bl      putc
        b       pv_ret
pv_random:
        adr     x0, s_random
        bl      puts
        mov     x0, x24
        mov     x1, #2
        bl      puthex
pv_ret:
        ldp     x29, x30, [sp], #16
        ret

// x0 = 1 if the value is printable text: no leading NUL, NUL-terminated, no empty strings
is_text:
        mov     x0, #0
        ldrb    w1, [x26]
        cbz     w1, 9f
        sub     x2, x24, #1
        ldrb    w1, [x26, x2]
        cbnz    w1, 9f
        mov     x3, #0
        mov     w5, #0                  // the previous byte was a NUL
1:      cmp     x3, x2
        b.hs    8f
        ldrb    w1, [x26, x3]
        cbnz    w1, 2f
        cbnz    w5, 9f                  // two NULs in a row
        mov     w5, #1
        b       3f
2:      mov     w5, #0
        cmp     w1, #0x20
        b.lo    9f
        cmp     w1, #0x7e
        b.hi    9f
3:      add     x3, x3, #1
        b       1b
8:      cbnz    w5, 9f                  // NUL just before the terminator
        mov     x0, #1
9:      ret

// x0 = 1 if the NUL-terminated string x0 starts with the NUL-terminated string x1
prefix:
        ldrb    w3, [x1], #1
        cbz     w3, 1f
        ldrb    w2, [x0], #1
        cmp     w2, w3
        b.eq    prefix
        mov     x0, #0
        ret
1:      mov     x0, #1
        ret

// x0 = 1 if the strings x0 and x1 are equal
equal:
        ldrb    w2, [x0], #1
        ldrb    w3, [x1], #1
        cmp     w2, w3
        b.ne    1f
        cbnz    w2, equal
        mov     x0, #1
        ret
1:      mov     x0, #0
        ret

// "name=<16 hex digits>\n" for name x0, value x1
print_reg:
        stp     x29, x30, [sp, #-16]!
        str     x1, [sp, #-16]!
        bl      puts
        ldr     x0, [sp], #16
        mov     x1, #16
        bl      puthex
        bl      newline
        ldp     x29, x30, [sp], #16
        ret

// two spaces per level x0 (the root's properties are at level 1)
indent:
        stp     x29, x30, [sp, #-16]!
        mov     x3, x0
1:      cbz     x3, 2f
        mov     w0, #' '
        bl      putc
        mov     w0, #' '
        bl      putc
        sub     x3, x3, #1
        b       1b
2:      ldp     x29, x30, [sp], #16
        ret

// x0 = value, x1 = digits
puthex:
        stp     x29, x30, [sp, #-16]!
        mov     x2, x0
        lsl     x1, x1, #2
1:      sub     x1, x1, #4
        lsr     x0, x2, x1
        and     x0, x0, #15
        cmp     x0, #10
        add     x3, x0, #'0'
        add     x0, x0, #('a' - 10)
        csel    x0, x3, x0, lo
        bl      putc
        cbnz    x1, 1b
        ldp     x29, x30, [sp], #16
        ret

puts:
        stp     x29, x30, [sp, #-16]!
        mov     x2, x0
1:      ldrb    w0, [x2], #1
        cbz     w0, 2f
        bl      putc
        b       1b
2:      ldp     x29, x30, [sp], #16
        ret

newline:
        mov     w0, #'\n'
putc:
        mov     x7, #UART
        strb    w0, [x7]
        ret

s_x0:       .asciz "x0="
s_x1:       .asciz "x1="
s_x2:       .asciz "x2="
s_x3:       .asciz "x3="
s_x4:       .asciz "x4="
s_pc:       .asciz "entry="
s_ram:      .asciz "ram: "
s_ramdtb:   .asciz "device tree"
s_blob:     .asciz "blob: "
s_nodtb:    .asciz "no device tree\n"
s_dtb:      .asciz "dtb="
s_magic:    .asciz "magic="
s_total:    .asciz "totalsize="
s_version:  .asciz "version="
s_lastcomp: .asciz "last_comp_version="
s_bootcpu:  .asciz "boot_cpuid_phys="
s_badtok:   .asciz "bad token\n"
s_chosen:   .asciz "chosen"
s_memory:   .asciz "memory"
s_psci:     .asciz "psci"
s_rngseed:  .asciz "rng-seed"
s_kaslr:    .asciz "kaslr-seed"
s_random:   .asciz "<random> bytes=0x"
s_eq:       .asciz " = "
s_end:      .asciz "END\n"

        .balign 16
stack:  .space  4096
stack_top:
_end:
