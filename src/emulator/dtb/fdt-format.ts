// Constants of the flattened device tree blob (Devicetree Specification v0.4, chapter 5).

export const FDT_MAGIC = 0xd00dfeed;
export const FDT_HEADER_BYTES = 40;
/** We write version 17, compatible back to 16 (spec 5.2). */
export const FDT_VERSION = 17;
export const FDT_LAST_COMPATIBLE_VERSION = 16;

// Structure block tokens (spec 5.4.1).
export const FDT_BEGIN_NODE = 0x1;
export const FDT_END_NODE = 0x2;
export const FDT_PROP = 0x3;
export const FDT_NOP = 0x4;
export const FDT_END = 0x9;

// Header field offsets (spec 5.2).
export const HDR_MAGIC = 0;
export const HDR_TOTALSIZE = 4;
export const HDR_OFF_DT_STRUCT = 8;
export const HDR_OFF_DT_STRINGS = 12;
export const HDR_OFF_MEM_RSVMAP = 16;
export const HDR_VERSION = 20;
export const HDR_LAST_COMP_VERSION = 24;
export const HDR_BOOT_CPUID_PHYS = 28;
export const HDR_SIZE_DT_STRINGS = 32;
export const HDR_SIZE_DT_STRUCT = 36;
