// simd_unallocated: UNDEFINED encodings of the integer AdvSIMD groups and the structure
// loads and stores: element sizes and Q values an instruction does not allocate,
// unallocated opcodes, later-extension encodings (FEAT_DotProd, FEAT_RDM, FEAT_FP16
// immediates), non-zero Rm without post-index.  Then the same with CPACR_EL1.FPEN = 00: an
// unallocated encoding is UNDEFINED (EC 0), not an FP access trap (EC 0x07), while an
// allocated one traps.
        .include "common.inc"

test_main:
        mov     x0, #(3 << 20)
        msr     cpacr_el1, x0
        isb
        set_handler 0x200, _h_report_skip
        adrl    x2, buf
        adrl    x1, buf
        .inst   0x0ee30441              // shadd size 11
        .inst   0x0ee30c41              // sqadd .1d (size 11, Q 0)
        .inst   0x6ee36441              // umax .2d
        .inst   0x4ee39441              // mla .2d
        .inst   0x6e639c41              // pmul .8h
        .inst   0x4e23b441              // sqdmulh .16b
        .inst   0x6ee3b441              // sqrdmulh .2d
        .inst   0x0ee3bc41              // addp .1d
        .inst   0x6ea3bc41              // addp U=1
        .inst   0x5ea33441              // cmgt s (scalar, size 10)
        .inst   0x5e238441              // add b (scalar)
        .inst   0x7ee3b441              // sqrdmulh d (scalar)
        .inst   0x5e630441              // shadd (scalar)
        .inst   0x5e63bc41              // addp (scalar three same)
        .inst   0x4ee30041              // saddl2 size 11
        .inst   0x0e239041              // sqdmlal size 00
        .inst   0x0ee3d041              // sqdmull size 11
        .inst   0x2e639041              // sqdmlal U=1
        .inst   0x0e63e041              // pmull size 01
        .inst   0x0ea3e041              // pmull size 10
        .inst   0x2e23e041              // pmull U=1
        .inst   0x0e63f041              // three different opcode 1111
        .inst   0x5e23d041              // sqdmull b (scalar)
        .inst   0x5e638041              // smlal (scalar)
        .inst   0x0ee00841              // rev64 size 11
        .inst   0x2ea00841              // rev32 size 10
        .inst   0x0e601841              // rev16 size 01
        .inst   0x2e201841              // rev16 U=1
        .inst   0x0ee02841              // saddlp size 11
        .inst   0x0ee03841              // suqadd .1d
        .inst   0x0ee04841              // cls size 11
        .inst   0x0e605841              // cnt size 01
        .inst   0x2ea05841              // not/rbit size 10
        .inst   0x0ee0b841              // abs .1d
        .inst   0x0ee12841              // xtn size 11
        .inst   0x0e213841              // shll U=0
        .inst   0x6ee13841              // shll size 11
        .inst   0x0ee14841              // sqxtn size 11
        .inst   0x0e211841              // misc opcode 10001
        .inst   0x5ea08841              // cmgt s #0 (scalar)
        .inst   0x5ea0b841              // abs s (scalar)
        .inst   0x7ee12841              // sqxtun size 11 (scalar)
        .inst   0x5e612841              // xtn (scalar)
        .inst   0x5e604841              // cls (scalar)
        .inst   0x0eb1b841              // addv .2s
        .inst   0x4ef1b841              // addv .2d
        .inst   0x6e31b841              // addv U=1
        .inst   0x4e300841              // across opcode 00000
        .inst   0x5eb1b841              // addp s (scalar pairwise)
        .inst   0x0e100441              // dup imm5 10000
        .inst   0x0e000c41              // dup general imm5 00000
        .inst   0x0e080441              // dup .1d
        .inst   0x0e080c41              // dup .1d, x
        .inst   0x4e011441              // copy imm4 0010
        .inst   0x0e011c41              // ins general Q=0
        .inst   0x4e012441              // copy imm4 0100
        .inst   0x0e042c41              // smov w, s
        .inst   0x4e082c41              // smov x, d
        .inst   0x4e013c41              // umov x, b
        .inst   0x0e083c41              // umov w, d
        .inst   0x4e014441              // copy imm4 1000
        .inst   0x2e010441              // ins element Q=0
        .inst   0x6e100441              // ins element imm5 10000
        .inst   0x5e010c41              // scalar copy imm4 0001
        .inst   0x7e010441              // scalar copy op=1
        .inst   0x5e000441              // scalar dup imm5 00000
        .inst   0x4f050c61              // movi o2=1
        .inst   0x2f05ec61              // movi d o2=1
        .inst   0x4e030841              // permute opcode 000
        .inst   0x4e034841              // permute opcode 100
        .inst   0x0ec33841              // zip1 .1d
        .inst   0x2e034041              // ext 8b #8
        .inst   0x6e430041              // ext op2 01
        .inst   0x4e430041              // tbl op2 01
        .inst   0x4e837041              // tbx op2 10
        .inst   0x0f400441              // sshr .1d
        .inst   0x4f408441              // shrn from .2d
        .inst   0x4f40a441              // sshll from .2d
        .inst   0x4f080c41              // shift imm opcode 00001
        .inst   0x4f104441              // sri U=0
        .inst   0x4f106441              // sqshlu U=0
        .inst   0x4f10c441              // shift imm opcode 11000
        .inst   0x5f200441              // sshr s (scalar)
        .inst   0x7f085441              // sli b (scalar)
        .inst   0x5f088441              // shrn (scalar)
        .inst   0x5f409441              // sqshrn from d (scalar)
        .inst   0x5f08a441              // sshll (scalar)
        .inst   0x5f050441              // scalar immh 0000
        .inst   0x4f038041              // mul by element size 00
        .inst   0x4fc38041              // mul by element size 11
        .inst   0x6f438041              // mul by element U=1
        .inst   0x4f83e041              // sdot (v8.2)
        .inst   0x6f43d041              // sqrdmlah (v8.1)
        .inst   0x6f43f041              // sqrdmlsh (v8.1)
        .inst   0x5f033041              // sqdmlal b (scalar)
        .inst   0x5f438041              // mul (scalar by element)
        .inst   0x7f43d041              // sqrdmlah (scalar, v8.1)
        .inst   0x4c401041              // ld multiple opcode 0001
        .inst   0x4c403041              // ld multiple opcode 0011
        .inst   0x4c00c041              // st multiple opcode 1100
        .inst   0x0c408c41              // ld2 .1d
        .inst   0x0c000c41              // st4 .1d
        .inst   0x4c457041              // ld1 no offset, Rm=5
        .inst   0x0d00c041              // st1r (L=0)
        .inst   0x0d40d041              // ld1r S=1
        .inst   0x0d404441              // ld1 h, size<0>=1
        .inst   0x0d408841              // ld1 s, size 10
        .inst   0x0d409441              // ld1 d, S=1
        .inst   0x0d470041              // ld1 b no offset, Rm=7
        .inst   0x0d47c041              // ld1r no offset, Rm=7
        check_exc "undefined (FPEN = 11)"
        msr     cpacr_el1, xzr
        isb
        .inst   0x0ee30441              // shadd size 11
        .inst   0x0ee3bc41              // addp .1d
        .inst   0x4ee30041              // saddl2 size 11
        .inst   0x0e63f041              // three different opcode 1111
        .inst   0x0ee02841              // saddlp size 11
        .inst   0x0e213841              // shll U=0
        .inst   0x5e612841              // xtn (scalar)
        .inst   0x0e100441              // dup imm5 10000
        .inst   0x0e042c41              // smov w, s
        .inst   0x5e010c41              // scalar copy imm4 0001
        .inst   0x0ec33841              // zip1 .1d
        .inst   0x4f40a441              // sshll from .2d
        .inst   0x5f088441              // shrn (scalar)
        .inst   0x4f83e041              // sdot (v8.2)
        .inst   0x4c403041              // ld multiple opcode 0011
        .inst   0x0d404441              // ld1 h, size<0>=1
        add     v0.4s, v1.4s, v2.4s
        ld1     {v0.16b}, [x1]
        movi    v0.4s, #1
        check_exc "FPEN = 00"
        exit

        .data
        .balign 16
buf:    .skip   256
