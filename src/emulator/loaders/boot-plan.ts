// Where everything goes at boot, as QEMU 7.2's hw/arm/boot.c and hw/arm/virt.c decide it
// for `-M virt`, computed once; Machine.reset() applies the plan at every system reset
// (QEMU re-copies its "ROM" images then too).
//
//  - Linux Image (plain, gzip, or any non-ELF file): at RAM + text_offset (+2 MiB when the
//    offset would collide with the boot stub) if image_size is set, else RAM + 0x80000.
//    A 6-instruction stub at the bottom of RAM loads x0 = device tree, x1..x3 = 0 and
//    branches to the kernel (x4 = entry), CPU at EL1 with the MMU off.
//  - initrd: at RAM + min(RAM/2, 128 MiB), or after the kernel's image_size, 4 KiB aligned.
//  - device tree: 2 MiB-aligned after the initrd (or where it would be).
//  - ELF kernel: segments at their physical addresses, entry at e_entry with x0 = 0; the
//    device tree goes to the bottom of RAM if it fits below the ELF (or to physical
//    address 0, in flash, when the ELF starts exactly at the bottom of RAM), else nowhere;
//    QEMU passes no initrd to ELF kernels.
//  - no kernel: the device tree at the bottom of RAM, the CPU starts at 0 (flash).
//  - -device loader files/values, then PC overrides, as generic-loader.c does.
import { LoadError } from "./load-error";
import { parseElf, elfExtent, isElf, type ElfImage } from "./elf";
import { classifyKernel, isUImage } from "./kernel-image";
import { loaderDataBytes, type LoaderSpec } from "./generic-loader";
import { readFdt } from "../dtb/fdt-reader";
import { writeFdt } from "../dtb/fdt-writer";
import { prepareBootDtb } from "../dtb/boot-dtb";
import type { DeviceTree } from "../dtb/tree";

export interface BootFile {
  name: string;
  bytes: Uint8Array;
}

export interface PhysRegion {
  name: string;
  base: number;
  size: number;
}

export interface BootRequest {
  ram: PhysRegion;
  /** Non-RAM regions that hold ROM images (the flash banks). */
  romRegions: PhysRegion[];
  cpuCount: number;
  kernel?: BootFile;
  initrd?: BootFile;
  /** A user device tree (-dtb); without it the board's tree is used. */
  dtb?: BootFile;
  cmdline: string;
  loaders: { spec: LoaderSpec; file?: BootFile }[];
  boardTree: () => DeviceTree;
  /** totalsize of the board's blob as QEMU builds it. */
  boardTreeBytes: number;
}

/** Bytes copied to guest memory at every reset. */
export interface RomImage {
  name: string;
  address: number;
  data: Uint8Array;
}

export interface BootPlan {
  roms: RomImage[];
  /** The device tree and where it goes (absent when QEMU would not load it). Serialised at
   *  each reset, after its rng-seed properties get new random bytes. */
  dtb?: { tree: DeviceTree; address: number; totalSize: number };
  /** CPU 0's program counter after reset. */
  entry: number;
  /** -device loader data values, stored at each reset before the ROM images are copied. */
  dataWrites: { address: number; data: Uint8Array }[];
  /** Where the kernel and initrd went (for messages and tests). */
  kernelEntry?: number;
  initrd?: { start: number; sizeBytes: number };
  /** Things QEMU ignores silently that users should hear about. */
  notices: string[];
}

const KiB = 1024;
const MiB = 1024 * KiB;
/** boot.c KERNEL64_LOAD_ADDR: Image offset when the header gives no image_size. */
const KERNEL64_LOAD_OFFSET = 0x80000;
/** boot.c BOOTLOADER_MAX_SIZE: text_offsets below this would overlap the boot stub. */
const BOOTLOADER_MAX_SIZE = 4 * KiB;
/** Linux's arm64 early mapping covers the 2 MiB block holding the device tree. */
const DTB_ALIGN = 2 * MiB;
const PAGE = 4 * KiB;

const alignUp = (n: number, a: number): number => Math.ceil(n / a) * a;
const hex = (n: number): string => `0x${n.toString(16)}`;
const range = (start: number, size: number): string => `${hex(start)}..${hex(start + size)}`;

export function planBoot(req: BootRequest): BootPlan {
  const ramBase = req.ram.base;
  const ramEnd = ramBase + req.ram.size;
  const roms: RomImage[] = [];
  const notices: string[] = [];
  let entry = 0;
  let kernelEntry: number | undefined;
  let initrd: { start: number; sizeBytes: number } | undefined;
  // virt's boot info starts zeroed: without another choice the tree goes to address 0.
  let dtbStart = 0;
  let dtbLimit = 0;

  if (req.kernel) {
    const k = classifyKernel(req.kernel.bytes, req.kernel.name);
    if (k.kind === "elf") {
      const elf = parseElf(k.bytes, req.kernel.name);
      addElfSegments(roms, elf, req.kernel.name, req.ram);
      entry = kernelEntry = elf.entry;
      const { low, high } = elfExtent(elf);
      if (low > ramBase || high < ramBase) {
        dtbStart = ramBase;
        dtbLimit = low < ramBase ? 0 : low;
      }
      if (req.initrd) notices.push(`-initrd ${req.initrd.name} ignored: QEMU passes an initrd only to Linux Image kernels, not to ELF files`);
    } else {
      let offset = KERNEL64_LOAD_OFFSET;
      let kernelBytes = k.bytes.length;
      if (k.kind === "image" && k.header.imageSize !== 0) {
        offset = k.header.textOffset;
        if (offset < BOOTLOADER_MAX_SIZE) offset += 2 * MiB;
        kernelBytes = k.header.imageSize;
      }
      kernelEntry = ramBase + offset;
      const needed = Math.max(kernelBytes, k.bytes.length);
      if (kernelEntry + needed > ramEnd) {
        throw new LoadError(
          `${req.kernel.name}: the kernel needs ${range(kernelEntry, needed)}` +
            `${k.kind === "image" && kernelBytes > k.bytes.length ? " (its image_size)" : ""}, beyond the end of RAM at ${hex(ramEnd)}`,
        );
      }
      roms.push({ name: req.kernel.name, address: kernelEntry, data: k.bytes });

      let initrdStart = ramBase + Math.min(req.ram.size / 2, 128 * MiB);
      initrdStart = alignUp(Math.max(initrdStart, kernelEntry + kernelBytes), PAGE);
      let initrdBytes = 0;
      if (req.initrd) {
        const data = req.initrd.bytes;
        if (isUImage(data)) throw new LoadError(`${req.initrd.name}: U-Boot ramdisk image; pass the plain (gzip or cpio) initrd instead`);
        if (initrdStart + data.length > ramEnd) {
          throw new LoadError(`${req.initrd.name}: the initrd (${data.length} bytes at ${hex(initrdStart)}) does not fit in RAM, which ends at ${hex(ramEnd)}`);
        }
        roms.push({ name: req.initrd.name, address: initrdStart, data });
        initrdBytes = data.length;
        initrd = { start: initrdStart, sizeBytes: initrdBytes };
      }
      dtbStart = alignUp(initrdStart + initrdBytes, DTB_ALIGN);
      roms.push({ name: "boot stub", address: ramBase, data: bootStub(dtbStart, kernelEntry) });
      entry = ramBase;
    }
  } else {
    dtbStart = ramBase;
    if (req.initrd) notices.push(`-initrd ${req.initrd.name} ignored: there is no -kernel to pass it to`);
  }

  const dtb = placeDeviceTree(req, dtbStart, dtbLimit, initrd);
  // A stand-in of the tree's size for the checks below; its bytes are produced at each reset.
  const dtbStandIn: RomImage | undefined = dtb && { name: "device tree", address: dtb.address, data: new Uint8Array(dtb.totalSize) };
  if (dtbStandIn) roms.push(dtbStandIn);

  const dataWrites: BootPlan["dataWrites"] = [];
  for (const { spec, file } of req.loaders) {
    if (spec.cpuNum !== undefined && spec.cpuNum >= req.cpuCount) {
      throw new LoadError(`-device loader: Specified boot CPU#${spec.cpuNum} is nonexistent`);
    }
    if (spec.kind === "data") {
      dataWrites.push({ address: spec.addr, data: loaderDataBytes(spec) });
    } else if (spec.kind === "pc") {
      entry = spec.addr;
    } else {
      if (!file) throw new LoadError(`-device loader: file ${spec.file} was not provided`);
      const start = loadLoaderFile(roms, spec, file, req);
      if (spec.cpuNum !== undefined) entry = start;
    }
  }

  checkRoms(roms, req);
  return { roms: roms.filter((r) => r !== dtbStandIn), dtb, entry, dataWrites, kernelEntry, initrd, notices };
}

function placeDeviceTree(
  req: BootRequest, start: number, limit: number, initrd: BootPlan["initrd"],
): BootPlan["dtb"] | undefined {
  let tree: DeviceTree;
  let totalSize: number;
  if (req.dtb) {
    tree = readFdt(req.dtb.bytes, req.dtb.name);
    // QEMU's load_device_tree opens a user blob with room to grow: (file size + 10000) * 2.
    totalSize = (req.dtb.bytes.length + 10000) * 2;
  } else {
    tree = req.boardTree();
    totalSize = req.boardTreeBytes;
  }
  const name = req.dtb?.name ?? "device tree";
  prepareBootDtb(tree, { ramBase: req.ram.base, ramBytes: req.ram.size, cmdline: req.cmdline, initrd }, name);
  if (writeFdt(tree).length > totalSize) throw new LoadError(`${name}: no room left in the ${totalSize}-byte device tree for the boot arguments`);
  // Like QEMU, a tree that does not fit below an ELF kernel is silently not loaded.
  if (limit > start && totalSize > limit - start) return undefined;
  return { tree, address: start, totalSize };
}

function addElfSegments(roms: RomImage[], elf: ElfImage, name: string, ram: PhysRegion): void {
  elf.segments.forEach((s, i) => {
    const size = s.data.length + s.zeroBytes;
    if (s.paddr < ram.base || s.paddr + size > ram.base + ram.size) {
      throw new LoadError(`${name}: segment at ${range(s.paddr, size)} is outside RAM (${range(ram.base, ram.size)})`);
    }
    const data = new Uint8Array(size);
    data.set(s.data);
    roms.push({ name: elf.segments.length > 1 ? `${name} segment ${i}` : name, address: s.paddr, data });
  });
}

/** Add a -device loader file; returns the address a cpu-num loader starts the CPU at. */
function loadLoaderFile(roms: RomImage[], spec: Extract<LoaderSpec, { kind: "file" }>, file: BootFile, req: BootRequest): number {
  if (!spec.forceRaw && isElf(file.bytes)) {
    const elf = parseElf(file.bytes, file.name, { anyMachine: true });
    elf.segments.forEach((s, i) => {
      const data = new Uint8Array(s.data.length + s.zeroBytes);
      data.set(s.data);
      roms.push({ name: elf.segments.length > 1 ? `${file.name} segment ${i}` : file.name, address: s.paddr, data });
    });
    return elf.entry;
  }
  if (!spec.forceRaw && isUImage(file.bytes)) {
    throw new LoadError(`${file.name}: U-Boot uImage files are not supported by -device loader (use force-raw=on to load it as data)`);
  }
  // QEMU refuses raw files larger than the RAM size.
  if (file.bytes.length > req.ram.size) {
    throw new LoadError(`${file.name}: ${file.bytes.length} bytes, larger than the ${req.ram.size}-byte RAM`);
  }
  const address = spec.addr ?? 0;
  roms.push({ name: file.name, address, data: file.bytes });
  return address;
}

/** Every image must sit in RAM or in one ROM-capable region, and no two may overlap. */
function checkRoms(roms: RomImage[], req: BootRequest): void {
  for (const r of roms) {
    const end = r.address + r.data.length;
    const inside = [req.ram, ...req.romRegions].some((g) => r.address >= g.base && end <= g.base + g.size);
    if (!inside) {
      throw new LoadError(`${r.name} (${range(r.address, r.data.length)}) does not fit in RAM (${range(req.ram.base, req.ram.size)})`);
    }
  }
  const sorted = [...roms].sort((a, b) => a.address - b.address);
  for (let i = 1; i < sorted.length; i++) {
    const a = sorted[i - 1];
    const b = sorted[i];
    if (b.address < a.address + a.data.length) {
      throw new LoadError(
        `${b.name} (${range(b.address, b.data.length)}) overlaps ${a.name} (${range(a.address, a.data.length)})`,
      );
    }
  }
}

/** QEMU's AArch64 boot stub (boot.c bootloader_aarch64), encoded here: load x0 with the
 *  device tree address, clear x1..x3, load x4 with the kernel entry and branch to it
 *  (Arm ARM C6.2: LDR (literal), ORR (shifted register), BR). */
function bootStub(dtbAddress: number, kernelEntry: number): Uint8Array {
  const ldrLiteralX = (rt: number, byteOffset: number): number => (0x58000000 | ((byteOffset / 4) << 5) | rt) >>> 0; // LDR (literal), 64-bit
  const movZeroX = (rd: number): number => (0xaa1f03e0 | rd) >>> 0; // MOV Xd, XZR = ORR Xd, XZR, XZR
  const brX = (rn: number): number => (0xd61f0000 | (rn << 5)) >>> 0; // BR Xn
  const words = [
    ldrLiteralX(0, 24), // word 6: device tree address
    movZeroX(1),
    movZeroX(2),
    movZeroX(3),
    ldrLiteralX(4, 16), // word 8: kernel entry
    brX(4),
    dtbAddress % 2 ** 32, Math.floor(dtbAddress / 2 ** 32),
    kernelEntry % 2 ** 32, Math.floor(kernelEntry / 2 ** 32),
  ];
  const out = new Uint8Array(words.length * 4);
  const dv = new DataView(out.buffer);
  words.forEach((w, i) => dv.setUint32(i * 4, w >>> 0, true));
  return out;
}
