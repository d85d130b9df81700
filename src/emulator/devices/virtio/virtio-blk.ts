// virtio block device (virtio 1.2 §5.2) over a host BlockStorage: one request queue, reads,
// writes, flush, GET_ID, discard and write-zeroes. Offered features, configuration space and
// the status/used-length of odd requests match QEMU 7.2's virtio-blk-device with a raw -drive
// (default cache=writeback, discard=ignore).
//
// Each request is checked and planned when it is taken from the queue; its storage access runs
// at once with a synchronous BlockStorage, or later with an AsyncBlockStorage: then requests
// run one at a time in the order they were taken (a read after a write of the same sector sees
// it) and complete in that order, and a request taken before a device reset never writes guest
// memory (its writes still reach the disk, as QEMU drains in-flight requests on reset).
import {
  DEVICE_ID_BLOCK, STATUS_DRIVER_OK, F_ANY_LAYOUT, bit,
  readSegments, segmentsLength, writeSegments,
  type VirtioBus, type VirtioDevice,
} from "./device";
import { isAsyncStorage, type AnyBlockStorage, type AsyncBlockStorage, type BlockStorage } from "./block-storage";
import { guessGeometry, type DiskGeometry } from "./disk-geometry";
import type { Segment, VirtqElement } from "./virtqueue";

// Feature bits (§5.2.3).
const F_SEG_MAX = 2;
const F_GEOMETRY = 4;
const F_RO = 5;
const F_BLK_SIZE = 6;
const F_SCSI = 7;
const F_FLUSH = 9;
const F_TOPOLOGY = 10;
const F_CONFIG_WCE = 11;
const F_DISCARD = 13;
const F_WRITE_ZEROES = 14;

// Request types (§5.2.6) and status values.
const T_OUT = 1;
const T_SCSI_CMD = 2;
const T_FLUSH = 4;
const T_GET_ID = 8;
const T_DISCARD = 11;
const T_WRITE_ZEROES = 13;
const T_BARRIER = 0x80000000;
const S_OK = 0;
const S_IOERR = 1;
const S_UNSUPP = 2;
const WRITE_ZEROES_FLAG_UNMAP = 1;

const SECTOR_BYTES = 512;
const QUEUE_SIZE = 256;
const ID_BYTES = 20;
/** Longest transfer in sectors (QEMU's BDRV_REQUEST_MAX_SECTORS), also the discard and
 *  write-zeroes limits it reports. */
const MAX_REQUEST_SECTORS = 0x3fffff;
const OUT_HEADER_BYTES = 16;
/** Write-zeroes on asynchronous storage goes out in pieces of this size (a request may cover
 *  2 GiB). */
const ZERO_PIECE_BYTES = 1 << 20;

// Configuration space layout (struct virtio_blk_config); QEMU exposes it up to
// write_zeroes_may_unmap.
const CFG = {
  capacity: 0x00,
  segMax: 0x0c,
  cylinders: 0x10,
  heads: 0x12,
  sectors: 0x13,
  blkSize: 0x14,
  writeback: 0x20,
  numQueues: 0x22,
  maxDiscardSectors: 0x24,
  maxDiscardSeg: 0x28,
  discardSectorAlignment: 0x2c,
  maxWriteZeroesSectors: 0x30,
  maxWriteZeroesSeg: 0x34,
  writeZeroesMayUnmap: 0x38,
  size: 0x39,
} as const;

export interface VirtioBlkOptions {
  storage: AnyBlockStorage;
  /** Returned by VIRTIO_BLK_T_GET_ID (QEMU's serial= property); empty by default. */
  serial?: string;
  /** Sector 0 of an asynchronous storage, for the geometry guess (see the constructor). */
  firstSector?: Uint8Array;
}

export class VirtioBlk implements VirtioDevice {
  readonly name = "virtio-blk";
  readonly deviceId = DEVICE_ID_BLOCK;
  readonly queueSizes = [QUEUE_SIZE];
  readonly configSize = CFG.size;
  private bus!: VirtioBus;
  private readonly storage: AnyBlockStorage;
  private readonly serial: Uint8Array;
  private readonly sectors: number;
  private readonly geometry: DiskGeometry;
  /** Write-back caching (the config's writeback field): off means flush after every write. */
  private writeCache = true;
  /** Asynchronous storage: the tail of the chain of requests in flight, their number, and the
   *  device resets so far (a request remembers the count it was taken under). */
  private pending: Promise<void> = Promise.resolve();
  private inFlight = 0;
  private generation = 0;

  constructor(options: VirtioBlkOptions) {
    this.storage = options.storage;
    this.serial = new TextEncoder().encode(options.serial ?? "");
    this.sectors = Math.ceil(this.storage.sizeBytes / SECTOR_BYTES);
    // QEMU guesses the geometry from sector 0 when the device is created. Asynchronous storage
    // cannot be read here, so its caller may hand over a copy of sector 0; without one the disk
    // counts as having no partition table (16 heads x 63 sectors), which only changes the
    // legacy CHS values a guest may show, never which sectors it reads.
    const storage = this.storage;
    const first = isAsyncStorage(storage) ? options.firstSector ?? new Uint8Array(0) : this.firstSector(storage);
    this.geometry = guessGeometry(first, this.sectors);
  }

  /** Sector 0 for the geometry guess; unreadable counts as no partition table. */
  private firstSector(storage: BlockStorage): Uint8Array {
    try {
      return this.readNow(storage, 0, SECTOR_BYTES);
    } catch {
      return new Uint8Array(0);
    }
  }

  attach(bus: VirtioBus): void {
    this.bus = bus;
  }

  offerFeatures(transport: bigint, legacy: boolean): bigint {
    let f = transport | bit(F_SEG_MAX) | bit(F_GEOMETRY) | bit(F_BLK_SIZE) | bit(F_TOPOLOGY);
    f |= bit(F_FLUSH) | bit(F_CONFIG_WCE) | bit(F_DISCARD) | bit(F_WRITE_ZEROES);
    // QEMU's legacy interface claims SCSI passthrough (answered UNSUPP) and no ANY_LAYOUT.
    if (legacy) f = (f & ~bit(F_ANY_LAYOUT)) | bit(F_SCSI);
    if (this.storage.readOnly) f |= bit(F_RO);
    return f;
  }

  readConfig(config: Uint8Array): void {
    const v = new DataView(config.buffer, config.byteOffset, config.byteLength);
    config.fill(0);
    v.setUint32(CFG.capacity, this.sectors % 2 ** 32, true);
    v.setUint32(CFG.capacity + 4, Math.floor(this.sectors / 2 ** 32), true);
    v.setUint32(CFG.segMax, QUEUE_SIZE - 2, true);
    v.setUint16(CFG.cylinders, this.geometry.cylinders, true);
    v.setUint8(CFG.heads, this.geometry.heads);
    v.setUint8(CFG.sectors, this.geometry.sectors);
    v.setUint32(CFG.blkSize, SECTOR_BYTES, true);
    v.setUint8(CFG.writeback, this.writeCache ? 1 : 0);
    v.setUint16(CFG.numQueues, 1, true);
    v.setUint32(CFG.maxDiscardSectors, MAX_REQUEST_SECTORS, true);
    v.setUint32(CFG.maxDiscardSeg, 1, true);
    v.setUint32(CFG.discardSectorAlignment, 1, true);
    v.setUint32(CFG.maxWriteZeroesSectors, MAX_REQUEST_SECTORS, true);
    v.setUint32(CFG.maxWriteZeroesSeg, 1, true);
    v.setUint8(CFG.writeZeroesMayUnmap, 1);
  }

  /** Only the writeback field is writable (§5.2.5, VIRTIO_BLK_F_CONFIG_WCE). */
  writeConfig(config: Uint8Array): void {
    this.writeCache = config[CFG.writeback] !== 0;
  }

  /** A driver that cannot change the cache mode gets write-back only if it can flush. */
  statusChanged(status: number): void {
    if (status & STATUS_DRIVER_OK && !this.bus.hasFeature(F_CONFIG_WCE)) {
      this.writeCache = this.bus.hasFeature(F_FLUSH);
    }
  }

  reset(): void {
    this.writeCache = true;
    this.generation++;
  }

  busy(): boolean {
    return this.inFlight > 0;
  }

  /** Serve every available request, with notifications off meanwhile (§2.7.7). */
  queueNotify(queue: number): void {
    const bus = this.bus;
    const suppress = bus.notificationEnabled(queue);
    do {
      if (suppress) bus.setNotification(queue, false);
      for (let e = bus.pop(queue); e; e = bus.pop(queue)) {
        if (!this.handle(e)) break;
      }
      if (suppress) bus.setNotification(queue, true);
    } while (!bus.queueEmpty(queue));
  }

  /** One request (§5.2.6); false when it broke the protocol (the device is now stopped). */
  private handle(e: VirtqElement): boolean {
    const bus = this.bus;
    if (e.out.length < 1 || e.in.length < 1) {
      bus.error("virtio-blk missing headers");
      return false;
    }
    const outBytes = segmentsLength(e.out);
    if (outBytes < OUT_HEADER_BYTES) {
      bus.error("virtio-blk request outhdr too short");
      return false;
    }
    const header = readSegments(bus.mem, e.out, 0, OUT_HEADER_BYTES);
    const hv = new DataView(header.buffer);
    const type = hv.getUint32(0, true);
    const sector = hv.getUint32(12, true) >= 0x200000 ? Infinity : hv.getUint32(12, true) * 2 ** 32 + hv.getUint32(8, true);
    const request: Request = {
      elem: e,
      type,
      sector,
      data: { segments: e.out, offset: OUT_HEADER_BYTES, length: outBytes - OUT_HEADER_BYTES },
      result: { segments: e.in, offset: 0, length: segmentsLength(e.in) - 1 },
    };
    const outcome = this.plan(request);
    if (outcome === undefined) return false;
    const storage = this.storage;
    if (isAsyncStorage(storage)) this.defer(e, outcome, storage);
    else this.complete(e, typeof outcome === "number" ? outcome : this.access(outcome, storage));
    return true;
  }

  /** Return a request with its status byte: the last byte of the last device-writable buffer;
   *  the used length always counts every writable byte. */
  private complete(e: VirtqElement, status: number): void {
    const bus = this.bus;
    const last = e.in[e.in.length - 1];
    bus.mem.write(last.addr + last.len - 1, Uint8Array.of(status));
    bus.push(e, segmentsLength(e.in));
    bus.notify(e.queue);
  }

  /** What a request amounts to: its status byte now, a storage access to perform, or
   *  undefined after a protocol error. */
  private plan(r: Request): number | Access | undefined {
    switch ((r.type & ~(T_OUT | T_BARRIER)) >>> 0) {
      case 0:
        return r.type & T_OUT ? this.planWrite(r.sector, r.data) : this.planRead(r.sector, r.result);
      case T_FLUSH:
        return { op: "flush" };
      case T_GET_ID:
        return this.getId(r.result);
      case T_SCSI_CMD:
        return this.scsi(r.elem);
      case T_DISCARD & ~T_OUT:
      case T_WRITE_ZEROES & ~T_OUT:
        return this.discardOrWriteZeroes(r);
      default:
        return S_UNSUPP;
    }
  }

  private planRead(sector: number, to: Range): number | Access {
    if (!this.rangeOk(sector, to.length)) return S_IOERR;
    return { op: "read", offset: sector * SECTOR_BYTES, to };
  }

  private planWrite(sector: number, from: Range): number | Access {
    if (!this.rangeOk(sector, from.length)) return S_IOERR;
    if (this.storage.readOnly) return S_IOERR;
    const data = readSegments(this.bus.mem, from.segments, from.offset, from.length);
    return { op: "write", offset: sector * SECTOR_BYTES, data, flush: !this.writeCache };
  }

  /** The serial number, NUL-terminated only when shorter than 20 bytes. */
  private getId(to: Range): number {
    const n = Math.min(this.serial.length + 1, to.length, ID_BYTES);
    const id = new Uint8Array(n);
    id.set(this.serial.subarray(0, n));
    writeSegments(this.bus.mem, to.segments, to.offset, id);
    return S_OK;
  }

  /** SCSI passthrough is not supported; like QEMU, a well-formed request gets its "errors"
   *  field set so that the guest's ioctl fails. */
  private scsi(e: VirtqElement): number {
    if (e.out.length < 2 || e.in.length < 3) return S_IOERR;
    const inHeader = e.in[e.in.length - 2];
    if (this.bus.mem.contains(inHeader.addr, 4)) this.bus.mem.setU32(inHeader.addr, 255);
    return S_UNSUPP;
  }

  /** §5.2.6: one segment {sector, num_sectors, flags}; discard is accepted and ignored (the
   *  data stays readable), write-zeroes writes zeroes. */
  private discardOrWriteZeroes(r: Request): number | Access | undefined {
    const writeZeroes = ((r.type & ~T_BARRIER) >>> 0) === T_WRITE_ZEROES;
    if (!(r.type & T_OUT) || r.data.length > 16) return S_UNSUPP;
    if (r.data.length < 16) {
      this.bus.error("virtio-blk discard/write_zeroes header too short");
      return undefined;
    }
    const seg = new DataView(readSegments(this.bus.mem, r.data.segments, r.data.offset, 16).buffer);
    const sector = seg.getUint32(4, true) >= 0x200000 ? Infinity : seg.getUint32(4, true) * 2 ** 32 + seg.getUint32(0, true);
    const count = seg.getUint32(8, true);
    const flags = seg.getUint32(12, true);
    if (count > MAX_REQUEST_SECTORS) return S_IOERR;
    if (!this.rangeOk(sector, count * SECTOR_BYTES)) return S_IOERR;
    if (flags & ~WRITE_ZEROES_FLAG_UNMAP) return S_UNSUPP;
    if (!writeZeroes) return flags & WRITE_ZEROES_FLAG_UNMAP ? S_UNSUPP : S_OK;
    if (this.storage.readOnly) return S_IOERR;
    return { op: "zero", offset: sector * SECTOR_BYTES, length: count * SECTOR_BYTES, flush: !this.writeCache };
  }

  /** Whole sectors, inside the disk, no longer than the transfer limit. */
  private rangeOk(sector: number, bytes: number): boolean {
    const count = Math.floor(bytes / SECTOR_BYTES);
    if (count > MAX_REQUEST_SECTORS || bytes % SECTOR_BYTES) return false;
    return sector <= this.sectors && count <= this.sectors - sector;
  }

  /** Bytes of the request inside the storage (the part of a partial last sector beyond its
   *  size reads as zeroes and is dropped on writes). */
  private available(offset: number, length: number): number {
    return Math.max(0, Math.min(length, this.storage.sizeBytes - offset));
  }

  // ---- synchronous storage --------------------------------------------------------------

  /** Perform an access now: a storage failure is the request's I/O error (QEMU's
   *  rerror=report). */
  private access(a: Access, storage: BlockStorage): number {
    try {
      switch (a.op) {
        case "read":
          writeSegments(this.bus.mem, a.to.segments, a.to.offset, this.readNow(storage, a.offset, a.to.length));
          break;
        case "write":
          this.writeNow(storage, a.offset, a.data, a.flush);
          break;
        case "zero":
          this.writeNow(storage, a.offset, new Uint8Array(this.available(a.offset, a.length)), a.flush);
          break;
        case "flush":
          storage.flush();
          break;
      }
      return S_OK;
    } catch {
      return S_IOERR;
    }
  }

  private readNow(storage: BlockStorage, offset: number, length: number): Uint8Array {
    const available = this.available(offset, length);
    if (available === length) return storage.read(offset, length);
    const bytes = new Uint8Array(length);
    if (available > 0) bytes.set(storage.read(offset, available));
    return bytes;
  }

  private writeNow(storage: BlockStorage, offset: number, data: Uint8Array, flush: boolean): void {
    const available = this.available(offset, data.length);
    if (available > 0) storage.write(offset, data.subarray(0, available));
    if (flush) storage.flush();
  }

  // ---- asynchronous storage -------------------------------------------------------------

  /** Queue a request behind those in flight; it completes (and wakes the machine) when its
   *  access is done, unless the device was reset meanwhile. */
  private defer(e: VirtqElement, outcome: number | Access, storage: AsyncBlockStorage): void {
    const generation = this.generation;
    this.inFlight++;
    this.pending = this.pending
      .then(async () => {
        const status = typeof outcome === "number" ? outcome : await this.accessLater(outcome, storage, generation);
        if (generation === this.generation) this.complete(e, status);
      })
      .catch((error: unknown) => this.bus.error(`virtio-blk: ${error instanceof Error ? error.message : String(error)}`))
      .finally(() => {
        this.inFlight--;
        this.bus.wake();
      });
  }

  /** Perform an access on asynchronous storage; a rejection is the request's I/O error. A read
   *  for a request taken before a reset is skipped and never reaches guest memory. */
  private async accessLater(a: Access, storage: AsyncBlockStorage, generation: number): Promise<number> {
    try {
      switch (a.op) {
        case "read": {
          if (generation !== this.generation) return S_IOERR;
          const bytes = await this.readLater(storage, a.offset, a.to.length);
          if (generation === this.generation) writeSegments(this.bus.mem, a.to.segments, a.to.offset, bytes);
          break;
        }
        case "write":
          await this.writeLater(storage, a.offset, a.data, a.flush);
          break;
        case "zero":
          await this.zeroLater(storage, a.offset, a.length, a.flush);
          break;
        case "flush":
          await storage.flush();
          break;
      }
      return S_OK;
    } catch {
      return S_IOERR;
    }
  }

  private async readLater(storage: AsyncBlockStorage, offset: number, length: number): Promise<Uint8Array> {
    const available = this.available(offset, length);
    if (available === length) return storage.read(offset, length);
    const bytes = new Uint8Array(length);
    if (available > 0) bytes.set(await storage.read(offset, available));
    return bytes;
  }

  private async writeLater(storage: AsyncBlockStorage, offset: number, data: Uint8Array, flush: boolean): Promise<void> {
    const available = this.available(offset, data.length);
    if (available > 0) await storage.write(offset, data.subarray(0, available));
    if (flush) await storage.flush();
  }

  private async zeroLater(storage: AsyncBlockStorage, offset: number, length: number, flush: boolean): Promise<void> {
    const end = offset + this.available(offset, length);
    const zeroes = new Uint8Array(Math.min(ZERO_PIECE_BYTES, end - offset));
    for (let at = offset; at < end; at += zeroes.length) {
      await storage.write(at, zeroes.subarray(0, Math.min(zeroes.length, end - at)));
    }
    if (flush) await storage.flush();
  }
}

/** Part of a request's buffers: `length` bytes starting `offset` bytes into `segments`. */
interface Range {
  segments: readonly Segment[];
  offset: number;
  length: number;
}

interface Request {
  elem: VirtqElement;
  type: number;
  sector: number;
  /** Device-readable payload after the header. */
  data: Range;
  /** Device-writable payload before the status byte. */
  result: Range;
}

/** The storage access a request needs (offsets in bytes; `flush`: write-back caching is off,
 *  so the write is flushed at once). */
type Access =
  | { op: "read"; offset: number; to: Range }
  | { op: "write"; offset: number; data: Uint8Array; flush: boolean }
  | { op: "zero"; offset: number; length: number; flush: boolean }
  | { op: "flush" };
