// sys_psci: the PSCI firmware QEMU 7.2's virt board provides on the HVC
// conduit when it has no EL2/EL3 (Arm DEN0022): x0 result of every function
// id it knows (and of unknown ones), PSCI_FEATURES for each, the PSCI 0.1
// function ids QEMU also accepts (0x95c1ba5e..61), argument checks of
// CPU_SUSPEND / CPU_ON / AFFINITY_INFO on a one-CPU machine, 64-bit x0/x1
// values, and HVC immediates other than 0 (all reach the firmware).
// Not covered: CPU_SUSPEND with a valid power state (waits for an
// interrupt), CPU_OFF, SYSTEM_RESET.
        .include "common.inc"

        .macro  psci fn, a1=0, a2=0, a3=0, imm=0
        ldr     x0, =\fn
        ldr     x1, =\a1
        ldr     x2, =\a2
        ldr     x3, =\a3
        hvc     #\imm
        check   "\fn(\a1 \a2 \a3) #\imm", x0
        .endm

test_main:
        stp     x29, x30, [sp, #-16]!
        set_handler 0x200, _h_report_skip
        println "== function ids"
        .irp    fn, 0x84000000, 0x84000005, 0x84000006, 0x84000007, 0x8400000b, 0x8400000c, 0x8400000d, 0x8400000e, 0x8400000f, 0x84000010, 0x84000011, 0x84000012, 0x84000013, 0x84000014, 0x84000015, 0x8400001f, 0x84000020, 0xc4000000, 0xc4000005, 0xc4000007, 0xc400000c, 0xc400000e, 0xc4000012, 0xc4000014, 0xc4000015, 0x95c1ba61, 0x80000000, 0x80000001, 0x8000ff00, 0x100000084000000, 0
        psci    \fn
        .endr
        println "== PSCI_FEATURES"
        .irp    fn, 0x84000000, 0x84000001, 0x84000002, 0x84000003, 0x84000004, 0x84000005, 0x84000006, 0x84000007, 0x84000008, 0x84000009, 0x8400000a, 0x8400000b, 0x8400000c, 0x8400000d, 0x8400000e, 0x8400000f, 0x84000010, 0x84000011, 0x84000012, 0x84000013, 0x84000014, 0x84000015, 0xc4000001, 0xc4000003, 0xc4000004, 0xc4000005, 0xc4000007, 0xc400000c, 0xc400000e, 0xc4000011, 0xc4000012, 0xc4000014, 0xc4000015, 0x95c1ba5e, 0x95c1ba5f, 0x95c1ba60, 0x95c1ba61, 0x80000000, 0x80000001, 0x100000084000000, 0
        psci    0x8400000a, \fn
        .endr
        println "== CPU_ON / AFFINITY_INFO / CPU_SUSPEND arguments"
        psci    0x84000003, 0, 0x40080000, 0
        psci    0xc4000003, 0, 0x40080000, 0x1234
        psci    0x95c1ba60, 0, 0x40080000, 0
        psci    0x84000003, 1, 0x40080000, 0
        psci    0xc4000003, 0x80000000, 0x40080000, 0
        psci    0xc4000003, 0x100, 0x40080000, 0
        psci    0xc4000003, 0x100000000, 0x40080000, 0
        psci    0x84000004, 0, 0
        psci    0xc4000004, 0, 0
        psci    0x84000004, 1, 0
        psci    0x84000004, 0x80000000, 0
        psci    0xc4000004, 0x100, 0
        psci    0x84000004, 0, 1
        psci    0x84000004, 7, 2
        psci    0xc4000004, 0, 3
        psci    0x84000001, 0x20000
        psci    0xc4000001, 0x40000000
        psci    0x95c1ba5e, 0xfffe0000
        println "== HVC immediates"
        psci    0x84000000, 0, 0, 0, 1
        psci    0x84000000, 0, 0, 0, 0x1234
        psci    0x84000000, 0, 0, 0, 0xffff
        psci    0x12345678, 0, 0, 0, 0x8000
        ldr     x1, =0x1111111111111111
        ldr     x2, =0x2222222222222222
        ldr     x3, =0x3333333333333333
        ldr     x4, =0x4444444444444444
        ldr     x17, =0x1717171717171717
        ldr     x0, =0x8400000a
        hvc     #0
        check   "x1 after hvc", x1
        check   "x2 after hvc", x2
        check   "x3 after hvc", x3
        check   "x4 after hvc", x4
        check   "x17 after hvc", x17
        check_exc "exceptions"
        ldp     x29, x30, [sp], #16
        ret
