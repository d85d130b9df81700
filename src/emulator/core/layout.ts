// Fixed layout of the shared WebAssembly.Memory. This file is compiled both by
// AssemblyScript (the core) and by TypeScript (hosts), so it holds plain integer
// constants only.
//
//   0x0000_0000  unused (null guard)
//   0x0000_1000  per-CPU state, CPU_STATE_STRIDE bytes each, MAX_CPUS of them
//   0x0002_0000  host mailbox: MMIO data scratch, run-exit details
//   0x0003_0000  GIC state
//   0x0003_8000  time state: clock mode, idle time, per-CPU wait-for-interrupt flags
//   0x0004_0000  per-CPU software TLBs, TLB_STRIDE bytes each
//   0x0020_0000  decode cache (instruction address -> word and dispatch id), shared by all CPUs
//   0x0040_0000  AssemblyScript static data (asc --memoryBase); the core never allocates
//   0x0100_0000  guest RAM (guest physical RAM_BASE_PA upwards)

export const MAX_CPUS = 8;
export const CPU_STATE_BASE = 0x1000;
export const CPU_STATE_STRIDE = 0x2000;

export const MAILBOX_BASE = 0x20000;
/** u64 data for the MMIO access in flight (written by the core for stores, by the host for loads). */
export const MAILBOX_MMIO_DATA = 0x20000;
/** u64 guest physical address of the MMIO access in flight. */
export const MAILBOX_MMIO_ADDR = 0x20008;
/** u32 bytes written by the core to the console when the host provides no UART (unused by boards). */
export const MAILBOX_EXIT_ARG0 = 0x20010;
export const MAILBOX_EXIT_ARG1 = 0x20018;
/** f64 written by the core when run() returns EXIT_IDLE: the host time (ns, the host clock's
 *  scale) at which the earliest enabled timer fires, or +Infinity if no timer can wake the CPU. */
export const MAILBOX_IDLE_DEADLINE_NS = 0x20020;

export const GIC_STATE_BASE = 0x30000;
export const GIC_STATE_SIZE = 0x8000;

export const TIME_STATE_BASE = 0x38000;
export const TIME_STATE_SIZE = 0x8000;

export const TLB_BASE = 0x40000;
export const TLB_STRIDE = 0x20000;

export const DECODE_CACHE_BASE = 0x200000;
export const DECODE_CACHE_ENTRIES = 0x10000;

export const AS_DATA_BASE = 0x400000;

export const RAM_HOST_OFFSET = 0x1000000;
/** Guest physical address of the first byte of RAM on the virt board. */
export const RAM_BASE_PA = 0x40000000;

export const WASM_PAGE_BYTES = 0x10000;
