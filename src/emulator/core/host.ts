// Functions the host (board) provides to the core. Called only off the hot path:
// device accesses, real-time clock reads.

/** Device read at guest physical `pa` (as f64: physical addresses are < 2^53) of `sizeBytes`.
 *  The host writes the value to MAILBOX_MMIO_DATA. Returns 0 on success, 1 if no device
 *  claims the address (the core then raises a synchronous external abort). */
@external("env", "mmioRead")
export declare function hostMmioRead(pa: f64, sizeBytes: u32): u32;

/** Device write; the value is in MAILBOX_MMIO_DATA. Returns 0 or 1 like hostMmioRead. */
@external("env", "mmioWrite")
export declare function hostMmioWrite(pa: f64, sizeBytes: u32): u32;

/** Host real time in nanoseconds since the VM was created (monotonic). */
@external("env", "nowNs")
export declare function hostNowNs(): f64;
