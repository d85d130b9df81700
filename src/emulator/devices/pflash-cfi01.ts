// One bank of the virt board's CFI parallel NOR flash with the Intel/Sharp command set
// (CFI "command set 0001"), behaving like QEMU 7.2's pflash_cfi01 as virt configures it:
// a 32-bit bank of two x16 devices (bank width 4, device width 2), 256 KiB sectors,
// manufacturer 0x89 device 0x18. Without -pflash/-bios QEMU gives it no backing file:
// it reads as zeros until programmed, and programming/erasing work in memory only.
// Supported commands are QEMU's: read array (0xff, 0xf0, 0x00), read status (0x70), clear
// status (0x50), read identifier (0x90), CFI query (0x98), program (0x10/0x40), block
// erase (0x20 + 0xd0), write to buffer (0xe8), block lock/unlock (0x60) acknowledged.
import type { MmioDevice } from "./bus";

const BANK_WIDTH = 4;
const DEVICE_WIDTH = 2;
const MANUFACTURER_ID = 0x89;
const DEVICE_ID = 0x18;
/** Status register: write state machine ready. */
const STATUS_READY = 0x80;
/** Storage is allocated per block of this size on first write. */
const CHUNK_BYTES = 64 * 1024;

const CMD_READ_ARRAY = 0x00;

export class PflashCfi01 implements MmioDevice {
  readonly name: string;
  private readonly chunks = new Map<number, Uint8Array>();
  private readonly cfiTable: Uint8Array;
  private cmd = CMD_READ_ARRAY;
  /** Which cycle of a multi-cycle command comes next (0: a new command). */
  private cycle = 0;
  private status = STATUS_READY;
  private bufferCount = 0;

  constructor(name: string, readonly sizeBytes: number, readonly sectorBytes: number) {
    this.name = name;
    this.cfiTable = cfiTable(sizeBytes, sectorBytes);
  }

  reset(): void {
    this.cmd = CMD_READ_ARRAY;
    this.cycle = 0;
    this.status = STATUS_READY;
  }

  /** Copy an image into the array (what QEMU does for ROM blobs placed in flash). */
  load(offset: number, data: Uint8Array): void {
    for (let i = 0; i < data.length; ) {
      const chunk = this.chunk(offset + i, true)!;
      const at = (offset + i) % CHUNK_BYTES;
      const n = Math.min(data.length - i, CHUNK_BYTES - at);
      chunk.set(data.subarray(i, i + n), at);
      i += n;
    }
  }

  read(offset: number, size: number): number | bigint {
    // Non-array modes answer in 32-bit units, so an 8-byte read is two of them.
    if (size === 8 && this.cmd !== CMD_READ_ARRAY) {
      return BigInt(this.read32(offset, 4) >>> 0) | (BigInt(this.read32(offset + 4, 4) >>> 0) << 32n);
    }
    if (this.cmd === CMD_READ_ARRAY) return this.readArray(offset, size);
    return this.read32(offset, size);
  }

  private read32(offset: number, size: number): number {
    switch (this.cmd) {
      case CMD_READ_ARRAY:
        return Number(this.readArray(offset, size));
      case 0x90:
        return truncate(this.perDevice(ident(offset)), size);
      case 0x98: {
        const index = queryIndex(offset);
        return truncate(this.perDevice(index < this.cfiTable.length ? this.cfiTable[index] : 0), size);
      }
      default: {
        // Program, erase, lock, status and buffer commands read back the status register,
        // one copy per device within the access.
        let v = this.status;
        for (let shift = DEVICE_WIDTH * 8; shift + DEVICE_WIDTH * 8 <= size * 8; shift += DEVICE_WIDTH * 8) {
          v |= this.status << shift;
        }
        return v >>> 0;
      }
    }
  }

  /** A value from one x16 device, repeated for each device in the bank. */
  private perDevice(v: number): number {
    return ((v & 0xffff) | ((v & 0xffff) << 16)) >>> 0;
  }

  write(offset: number, size: number, value: bigint): void {
    if (size === 8) {
      this.write32(offset, 4, Number(value & 0xffffffffn));
      this.write32(offset + 4, 4, Number(value >> 32n));
    } else {
      this.write32(offset, size, Number(value & 0xffffffffn));
    }
  }

  private write32(offset: number, size: number, value: number): void {
    const cmd = value & 0xff;
    switch (this.cycle) {
      case 0:
        switch (cmd) {
          case 0x00:
          case 0xf0: // AMD-style reset
          case 0xff:
            return this.readArrayMode();
          case 0x10:
          case 0x40:
            break;
          case 0x20: {
            const sector = offset - (offset % this.sectorBytes);
            this.fill(sector, this.sectorBytes, 0xff);
            this.status |= STATUS_READY;
            break;
          }
          case 0x50:
            this.status = 0;
            return this.readArrayMode();
          case 0x60:
            break;
          case 0x70:
          case 0x90:
            this.cmd = cmd;
            return;
          case 0x98:
            break;
          case 0xe8:
            this.status |= STATUS_READY;
            break;
          default:
            return this.readArrayMode();
        }
        this.cycle = 1;
        this.cmd = cmd;
        return;
      case 1:
        switch (this.cmd) {
          case 0x10:
          case 0x40:
            this.store(offset, size, value);
            this.status |= STATUS_READY;
            this.cycle = 0;
            return;
          case 0x20:
            if (cmd === 0xd0) {
              this.cycle = 0;
              this.status |= STATUS_READY;
              return;
            }
            return this.readArrayMode();
          case 0xe8:
            // Word count minus one, per device.
            this.bufferCount = value & 0xffff;
            this.cycle = 2;
            return;
          case 0x60:
            if (cmd === 0xd0 || cmd === 0x01) {
              this.cycle = 0;
              this.status |= STATUS_READY;
              return;
            }
            return this.readArrayMode();
          case 0x98:
            // Any write other than read-array leaves query mode on for the next reads.
            if (cmd === 0xff) return this.readArrayMode();
            return;
          default:
            return this.readArrayMode();
        }
      case 2:
        // Write to buffer: data goes straight to the array, as in QEMU.
        this.store(offset, size, value);
        this.status |= STATUS_READY;
        if (this.bufferCount === 0) this.cycle = 3;
        this.bufferCount = (this.bufferCount - 1) & 0xffff;
        return;
      case 3:
        if (cmd === 0xd0) {
          this.cycle = 0;
          this.status |= STATUS_READY;
          return;
        }
        return this.readArrayMode();
      default:
        return this.readArrayMode();
    }
  }

  private readArrayMode(): void {
    this.cycle = 0;
    this.cmd = CMD_READ_ARRAY;
  }

  private chunk(offset: number, create: boolean): Uint8Array | undefined {
    const key = Math.floor(offset / CHUNK_BYTES);
    let c = this.chunks.get(key);
    if (!c && create) {
      c = new Uint8Array(CHUNK_BYTES);
      this.chunks.set(key, c);
    }
    return c;
  }

  private readArray(offset: number, size: number): number | bigint {
    let v = 0n;
    for (let i = size - 1; i >= 0; i--) {
      const c = this.chunk(offset + i, false);
      v = (v << 8n) | BigInt(c ? c[(offset + i) % CHUNK_BYTES] : 0);
    }
    return size === 8 ? v : Number(v);
  }

  private store(offset: number, size: number, value: number): void {
    const bytes = new Uint8Array(size);
    for (let i = 0; i < size; i++) bytes[i] = (value >>> (8 * i)) & 0xff;
    this.load(offset, bytes);
  }

  private fill(offset: number, length: number, byte: number): void {
    this.load(offset, new Uint8Array(length).fill(byte));
  }
}

/** CFI query addresses count in device-width units of the bank: byte offset / 4. */
function queryIndex(offset: number): number {
  return Math.floor(offset / BANK_WIDTH);
}

function ident(offset: number): number {
  switch (queryIndex(offset) & 0xff) {
    case 0: return MANUFACTURER_ID;
    case 1: return DEVICE_ID;
    default: return 0; // block lock status is not modelled
  }
}

function truncate(v: number, size: number): number {
  return size >= 4 ? v >>> 0 : v & ((1 << (size * 8)) - 1);
}

/** The Common Flash Interface query table of one x16 device (JEDEC JESD68.01), with
 *  QEMU's values. */
function cfiTable(bankBytes: number, sectorBytes: number): Uint8Array {
  const devices = BANK_WIDTH / DEVICE_WIDTH;
  const sectorPerDevice = sectorBytes / devices;
  const blocks = bankBytes / sectorBytes;
  const deviceBytes = sectorPerDevice * blocks;
  const t = new Uint8Array(0x52);
  t.set([0x51, 0x52, 0x59], 0x10); // "QRY"
  t.set([0x01, 0x00], 0x13); // primary command set: Intel/Sharp extended
  t.set([0x31, 0x00], 0x15); // primary extended table at 0x31
  t.set([0x45, 0x55, 0x00, 0x00], 0x1b); // Vcc 4.5-5.5 V, no Vpp
  t.set([0x07, 0x07, 0x0a, 0x00, 0x04, 0x04, 0x04, 0x00], 0x1f); // typical/max timeouts
  t[0x27] = Math.log2(deviceBytes); // device size 2^n bytes
  t.set([0x02, 0x00], 0x28); // x8/x16 interface
  t.set([0x0b, 0x00], 0x2a); // write buffer 2^11 bytes
  t[0x2c] = 0x01; // one erase block region
  t[0x2d] = (blocks - 1) & 0xff;
  t[0x2e] = ((blocks - 1) >> 8) & 0xff;
  t[0x2f] = (sectorPerDevice >> 8) & 0xff;
  t[0x30] = (sectorPerDevice >> 16) & 0xff;
  t.set([0x50, 0x52, 0x49, 0x31, 0x30], 0x31); // "PRI" version 1.0
  t[0x3f] = 0x01; // one protection field
  return t;
}
