// dp_unallocated: unallocated sub-encodings of the Armv8.0-A data-processing (immediate,
// register) and branch groups (Arm ARM C4.1.86-C4.1.88). Each must be UNDEFINED: the handler
// prints the exception (EC 0x00, ELR = the instruction) and skips it. Later-extension
// encodings (FEAT_MTE, FEAT_PAuth, FEAT_FlagM, FEAT_CSSC, FEAT_HBC) are UNDEFINED on
// cortex-a57, which implements none of them. Register fields use x9..x14 (scratch values),
// so a wrongly executed instruction shows in the final register check too.
        .include "common.inc"

        .macro  unalloc word:req, text:req
        println "\text"
        .inst   \word
        .endm

test_main:
        stp     x29, x30, [sp, #-16]!
        set_handler 0x200, _h_report_skip
        mov     x9, #0x99
        mov     x10, #0x1010
        mov     x11, #0x1111
        mov     x12, #0x1212
        adr     x13, .Lnext
        adr     x14, .Lnext

        println "== data-processing (immediate)"
        unalloc 0x91810149, "add/sub immediate with tags (ADDG, FEAT_MTE)"
        unalloc 0xd1810149, "add/sub immediate with tags (SUBG, FEAT_MTE)"
        unalloc 0x31810149, "add/sub immediate with tags, 32-bit ADDS form"
        unalloc 0x12400149, "AND (immediate) 32-bit with N=1"
        unalloc 0x32431d49, "ORR (immediate) 32-bit with N=1"
        unalloc 0x9240fd49, "AND (immediate) N=1 imms=111111: all-ones element"
        unalloc 0xf200fd49, "ANDS (immediate) N=0 imms=111111: no element size"
        unalloc 0xd200f949, "EOR (immediate) N=0 imms=111110: len 0"
        unalloc 0xb205f549, "ORR (immediate) 2-bit element of all ones"
        unalloc 0x1200ed49, "AND (immediate) 32-bit 4-bit element of all ones"
        unalloc 0x12007d49, "AND (immediate) 32-bit 32-bit element of all ones"
        unalloc 0x1240fd49, "AND (immediate) 32-bit N=1 imms=111111"
        unalloc 0xb2824689, "move wide opc=01"
        unalloc 0x32a24689, "move wide opc=01, 32-bit"
        unalloc 0x52c24689, "MOVZ 32-bit hw=10"
        unalloc 0x12e24689, "MOVN 32-bit hw=11"
        unalloc 0x72c24689, "MOVK 32-bit hw=10"
        unalloc 0xf3400149, "bitfield opc=11"
        unalloc 0x73000149, "bitfield opc=11, 32-bit"
        unalloc 0x93010949, "SBFM 64-bit with N=0"
        unalloc 0x33410949, "BFM 32-bit with N=1"
        unalloc 0x53200949, "UBFM 32-bit immr=32"
        unalloc 0x53018149, "UBFM 32-bit imms=32"
        unalloc 0x133f7d49, "SBFM 32-bit immr=63"
        unalloc 0xb3cb0d49, "extract op21=01"
        unalloc 0xd3cb0d49, "extract op21=10"
        unalloc 0x93eb0d49, "extract o0=1"
        unalloc 0x938b0d49, "EXTR 64-bit with N=0"
        unalloc 0x13cb0d49, "EXTR 32-bit with N=1"
        unalloc 0x138b8149, "EXTR 32-bit imms=32"

        println "== data-processing (register)"
        unalloc 0x0a0b8149, "AND (shifted register) 32-bit LSL #32"
        unalloc 0x6aebfd49, "BICS (shifted register) 32-bit ROR #63"
        unalloc 0x8bcb0149, "ADD (shifted register) ROR"
        unalloc 0x6bcb1149, "SUBS (shifted register) 32-bit ROR"
        unalloc 0x0b0b8149, "ADD (shifted register) 32-bit LSL #32"
        unalloc 0x4b8ba149, "SUB (shifted register) 32-bit ASR #40"
        unalloc 0x8b6b6149, "add/sub extended opt=01"
        unalloc 0xebab4149, "add/sub extended opt=10"
        unalloc 0x0beb0549, "add/sub extended opt=11"
        unalloc 0x8b2b7549, "ADD (extended register) shift 5"
        unalloc 0x6b2bd949, "SUBS (extended register) shift 6"
        unalloc 0xab2bfd49, "ADDS (extended register) shift 7"
        unalloc 0xba0b0549, "RMIF (FEAT_FlagM)"
        unalloc 0x3a000949, "SETF8 (FEAT_FlagM)"
        unalloc 0x9a0b8149, "ADC with op3=100000"
        unalloc 0xda4b0145, "conditional compare (register) S=0"
        unalloc 0xfa4b0545, "conditional compare (register) o2=1"
        unalloc 0xba4b0155, "conditional compare (register) o3=1"
        unalloc 0x5a4b0945, "conditional compare (immediate) S=0"
        unalloc 0x7a4b0d45, "conditional compare (immediate) o2=1"
        unalloc 0xba4b0955, "conditional compare (immediate) o3=1"
        unalloc 0xba8b0149, "conditional select S=1"
        unalloc 0x9a8b0949, "conditional select op2=10"
        unalloc 0x5a8b0d49, "conditional select op2=11"
        unalloc 0x9a2b0149, "data-processing register op1=1 op2=0001"
        unalloc 0x9a6b0149, "data-processing register op1=1 op2=0011"
        unalloc 0x7aab0149, "data-processing register op1=1 op2=0101"
        unalloc 0xdaeb0149, "data-processing register op1=1 op2=0111"
        unalloc 0xfac00149, "1 source S=1 (RBIT form)"
        unalloc 0xdac10149, "1 source opcode2=00001 (PACIA, FEAT_PAuth)"
        unalloc 0xdac143e9, "1 source opcode2=00001 (PACIZA, FEAT_PAuth)"
        unalloc 0xdac20149, "1 source opcode2=00010"
        unalloc 0x5ac00d49, "REV with opc=11 on a W register"
        unalloc 0xdac01949, "1 source opcode=000110 (CTZ, FEAT_CSSC)"
        unalloc 0xdac01d49, "1 source opcode=000111 (CNT, FEAT_CSSC)"
        unalloc 0x5ac02149, "1 source opcode=001000 (ABS, FEAT_CSSC)"
        unalloc 0xdac08149, "1 source opcode=100000"
        unalloc 0xbacb0949, "2 source S=1 (UDIV form)"
        unalloc 0xbacb0149, "2 source S=1 opcode=000000 (SUBPS, FEAT_MTE)"
        unalloc 0x9acb0149, "2 source opcode=000000 (SUBP, FEAT_MTE)"
        unalloc 0x9acb0549, "2 source opcode=000001"
        unalloc 0x9acb1149, "2 source opcode=000100 (IRG, FEAT_MTE)"
        unalloc 0x9acb1549, "2 source opcode=000101 (GMI, FEAT_MTE)"
        unalloc 0x9acb3149, "2 source opcode=001100 (PACGA, FEAT_PAuth)"
        unalloc 0x1acb3d49, "2 source opcode=001111"
        unalloc 0x9acb6149, "2 source opcode=011000 (SMAX, FEAT_CSSC)"
        unalloc 0x9acbfd49, "2 source opcode=111111"
        unalloc 0x1acb4d49, "CRC32X with sf=0"
        unalloc 0x1acb5d49, "CRC32CX with sf=0"
        unalloc 0x9acb4149, "CRC32B with sf=1"
        unalloc 0x9acb5949, "CRC32CW with sf=1"
        unalloc 0xbb0b3149, "3 source op54=01"
        unalloc 0xdb0bb149, "3 source op54=10"
        unalloc 0x7b0b3149, "3 source op54=11"
        unalloc 0x9b6b3149, "3 source op31=011"
        unalloc 0x9b8b3149, "3 source op31=100"
        unalloc 0x9beb3149, "3 source op31=111"
        unalloc 0x9b4bfd49, "SMULH with o0=1"
        unalloc 0x9bcbfd49, "UMULH with o0=1"
        unalloc 0x1b2b3149, "SMADDL with sf=0"
        unalloc 0x1babb149, "UMSUBL with sf=0"
        unalloc 0x1b4b7d49, "SMULH with sf=0"
        unalloc 0x1bcb7d49, "UMULH with sf=0"

        println "== branches"
        unalloc 0x54000050, "conditional branch o0=1 (BC.cond, FEAT_HBC)"
        unalloc 0x55000040, "conditional branch o1=1"
        unalloc 0x55000050, "conditional branch o1=1 o0=1"
        unalloc 0xd61e01a0, "BR with op2=11110"
        unalloc 0xd61f05a0, "BR with op3=000001"
        unalloc 0xd61f09bf, "BRAAZ (FEAT_PAuth)"
        unalloc 0xd61f01a1, "BR with op4=00001"
        unalloc 0xd63f0dbf, "BLRABZ (FEAT_PAuth)"
        unalloc 0xd62f01a0, "BLR with op2=01111"
        unalloc 0xd65f0bff, "RETAA (FEAT_PAuth)"
        unalloc 0xd65f03d0, "RET with op4=10000"
        unalloc 0xd67f01a0, "unconditional branch (register) opc=0011"
        unalloc 0xd6df01a0, "unconditional branch (register) opc=0110"
        unalloc 0xd6ff03e0, "unconditional branch (register) opc=0111"
        unalloc 0xd71f09ae, "BRAA (FEAT_PAuth)"
        unalloc 0xd73f0dae, "BLRAB (FEAT_PAuth)"
        unalloc 0xd7ff01a0, "unconditional branch (register) opc=1111"
.Lnext:
        check   "x9 unchanged", x9
        check   "x10 unchanged", x10
        check   "x11 unchanged", x11
        check   "x12 unchanged", x12
        clear_handler 0x200
        check_exc "exceptions taken"
        ldp     x29, x30, [sp], #16
        ret
