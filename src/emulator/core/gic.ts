// Generic Interrupt Controller (GICv2 distributor and CPU interface), in the core so that
// its registers are accessed without leaving WebAssembly.
export let gicBase: u64 = 0x08000000;
export let gicEnabled: bool = false;

@inline export function gicClaims(pa: u64): bool {
  return gicEnabled && pa - gicBase < 0x20000;
}
export function gicRead(pa: u64, size: u32): u64 {
  return 0;
}
export function gicWrite(pa: u64, size: u32, value: u64): void {
}
