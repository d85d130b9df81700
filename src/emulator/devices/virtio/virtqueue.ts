// Split virtqueues (virtio 1.2 §2.7): the driver's descriptor table and available ring, the
// device's used ring, indirect descriptors (§2.7.5.3) and notification suppression with or
// without VIRTIO_F_EVENT_IDX (§2.7.7, §2.7.10). The guest-visible details (when the avail
// event and used flags are written, which chains are errors) follow QEMU 7.2's virtio core.
import { GuestMemory } from "./guest-memory";

/** Largest queue size a transport accepts (QEMU's VIRTQUEUE_MAX_SIZE), also the most
 *  segments one chain may have. */
export const VIRTQUEUE_MAX_SIZE = 1024;

const DESC_BYTES = 16;
const DESC_F_NEXT = 1;
const DESC_F_WRITE = 2;
const DESC_F_INDIRECT = 4;
const AVAIL_F_NO_INTERRUPT = 1;
const USED_F_NO_NOTIFY = 1;

/** The driver broke the queue protocol: the device must stop (virtio 1.2 §2.1.2). */
export class VirtioError extends Error {}

/** One guest-physical buffer of a descriptor chain. */
export interface Segment {
  readonly addr: number;
  readonly len: number;
}

/** A descriptor chain taken from the available ring, awaiting its used-ring entry. */
export interface VirtqElement {
  readonly queue: number;
  /** Head descriptor index: the id of the used-ring entry. */
  readonly head: number;
  /** Device-readable buffers, then device-writable ones (§2.7.4.2 requires that order). */
  readonly out: readonly Segment[];
  readonly in: readonly Segment[];
  /** The queue's reset count when the chain was taken; a reset makes the element stale. */
  readonly epoch: number;
}

/** What a queue needs from its transport: RAM and the negotiated ring features. */
export interface QueueEnv {
  readonly mem: GuestMemory;
  eventIdx(): boolean;
  notifyOnEmpty(): boolean;
}

interface Desc {
  addr: number;
  len: number;
  flags: number;
  next: number;
}

export class SplitQueue {
  /** Queue size; 0 means the queue does not exist. */
  num: number;
  /** Legacy interface: alignment of the used ring (QueueAlign). */
  align = 4096;
  desc = 0;
  avail = 0;
  used = 0;
  /** Descriptors checked to be in RAM when the rings were set up. */
  private descCapacity = 0;
  private lastAvailIdx = 0;
  private shadowAvailIdx = 0;
  private usedIdx = 0;
  private signalledUsed = 0;
  private signalledUsedValid = false;
  private notification = true;
  /** Chains taken and not yet returned. */
  private inuse = 0;
  private epoch = 0;

  constructor(readonly index: number, private readonly numDefault: number, private readonly env: QueueEnv) {
    this.num = numDefault;
  }

  reset(): void {
    this.desc = this.avail = this.used = 0;
    this.descCapacity = 0;
    this.lastAvailIdx = this.shadowAvailIdx = this.usedIdx = 0;
    this.signalledUsed = 0;
    this.signalledUsedValid = false;
    this.notification = true;
    this.num = this.numDefault;
    this.inuse = 0;
    this.epoch++;
  }

  /** QueueNum: the size can change but a queue cannot appear or vanish. */
  setNum(num: number): void {
    if (num < 0 || num > VIRTQUEUE_MAX_SIZE || (num === 0) !== (this.num === 0)) return;
    this.num = num;
  }

  /** Legacy interface (virtio 1.2 §4.2.4): the rings follow the descriptor table, the used
   *  ring aligned to `align`. */
  setLegacyAddress(desc: number): void {
    if (this.num === 0) return;
    this.desc = desc;
    this.updateLegacyRings();
  }

  updateLegacyRings(): void {
    if (this.num === 0 || this.desc === 0 || this.align === 0) return;
    this.avail = this.desc + this.num * DESC_BYTES;
    this.used = Math.ceil((this.avail + 4 + 2 * this.num) / this.align) * this.align;
    this.checkRings();
  }

  /** Virtio 1.x interface: the three areas are placed independently (QueueReady = 1). */
  setRings(desc: number, avail: number, used: number): void {
    if (this.num === 0) return;
    this.desc = desc;
    this.avail = avail;
    this.used = used;
    this.checkRings();
  }

  /** The rings must lie in RAM (§2.7: sizes include the event fields with EVENT_IDX). */
  checkRings(): void {
    this.descCapacity = 0;
    if (this.desc === 0) return;
    const mem = this.env.mem;
    const event = this.env.eventIdx() ? 2 : 0;
    if (!mem.contains(this.desc, this.num * DESC_BYTES)) throw new VirtioError("Cannot map desc");
    if (!mem.contains(this.used, 4 + 8 * this.num + event)) throw new VirtioError("Cannot map used");
    if (!mem.contains(this.avail, 4 + 2 * this.num + event)) throw new VirtioError("Cannot map avail");
    this.descCapacity = this.num;
  }

  /** The driver has made buffers available (§2.7.6). */
  ready(): boolean {
    return this.avail !== 0;
  }

  isEmpty(): boolean {
    if (this.avail === 0) return true;
    if (this.shadowAvailIdx !== this.lastAvailIdx) return false;
    return this.readAvailIdx() === this.lastAvailIdx;
  }

  /** Take the next available chain, or null when there is none. */
  pop(): VirtqElement | null {
    if (this.isEmpty()) return null;
    if (this.inuse >= this.num) throw new VirtioError("Virtqueue size exceeded");
    const head = this.availRing(this.lastAvailIdx % this.num);
    this.lastAvailIdx = (this.lastAvailIdx + 1) & 0xffff;
    if (head >= this.num) throw new VirtioError(`Guest says index ${head} is available`);
    if (this.env.eventIdx()) this.setAvailEvent(this.lastAvailIdx);
    if (this.descCapacity < this.num) throw new VirtioError("Cannot map descriptor ring");

    let table = this.desc;
    let max = this.num;
    let d = this.readDesc(table, head);
    if (d.flags & DESC_F_INDIRECT) {
      table = this.indirectTable(d);
      max = d.len / DESC_BYTES;
      d = this.readDesc(table, 0);
    }
    const out: Segment[] = [];
    const inn: Segment[] = [];
    for (let entries = 1; ; entries++) {
      if (d.flags & DESC_F_WRITE) {
        this.addSegment(inn, VIRTQUEUE_MAX_SIZE - out.length, d);
      } else {
        if (inn.length) throw new VirtioError("Incorrect order for descriptors");
        this.addSegment(out, VIRTQUEUE_MAX_SIZE, d);
      }
      // More descriptors than the table holds: the chain loops.
      if (entries > max) throw new VirtioError("Looped descriptor");
      if (!(d.flags & DESC_F_NEXT)) break;
      if (d.next >= max) throw new VirtioError(`Desc next is ${d.next}`);
      d = this.readDesc(table, d.next);
    }
    this.inuse++;
    return { queue: this.index, head, out, in: inn, epoch: this.epoch };
  }

  /** Return a chain through the used ring with `len` bytes written (§2.7.8). Elements taken
   *  before a reset are dropped. */
  push(elem: VirtqElement, len: number): void {
    if (elem.epoch !== this.epoch || this.used === 0) return;
    const mem = this.env.mem;
    const entry = this.used + 4 + 8 * (this.usedIdx % this.num);
    mem.setU32(entry, elem.head);
    mem.setU32(entry + 4, len);
    const old = this.usedIdx;
    this.usedIdx = (old + 1) & 0xffff;
    mem.setU16(this.used + 2, this.usedIdx);
    this.inuse--;
    // The index moved past the last one signalled: the next check must notify.
    if ((((this.usedIdx - this.signalledUsed) << 16) >> 16) < 1) this.signalledUsedValid = false;
  }

  /** Forget a chain without a used-ring entry (a device that stopped, or an error). */
  detach(elem: VirtqElement): void {
    if (elem.epoch === this.epoch) this.inuse--;
  }

  /** Whether returning buffers must interrupt the driver (§2.7.7.2, §2.7.10). */
  shouldNotify(): boolean {
    if (this.env.notifyOnEmpty() && this.inuse === 0 && this.isEmpty()) return true;
    if (!this.env.eventIdx()) return this.avail === 0 || !(this.env.mem.u16(this.avail) & AVAIL_F_NO_INTERRUPT);
    const valid = this.signalledUsedValid;
    this.signalledUsedValid = true;
    const old = this.signalledUsed;
    this.signalledUsed = this.usedIdx;
    return !valid || needEvent(this.usedEvent(), this.usedIdx, old);
  }

  notificationEnabled(): boolean {
    return this.notification;
  }

  /** Ask the driver to notify (or not) when it adds buffers: the used ring's NO_NOTIFY flag,
   *  or with EVENT_IDX the avail event set to the current available index. */
  setNotification(enable: boolean): void {
    this.notification = enable;
    if (this.desc === 0) return;
    if (this.env.eventIdx()) {
      this.setAvailEvent(this.readAvailIdx());
    } else if (this.used !== 0) {
      const flags = this.env.mem.u16(this.used);
      this.env.mem.setU16(this.used, enable ? flags & ~USED_F_NO_NOTIFY : flags | USED_F_NO_NOTIFY);
    }
  }

  /** Device-writable bytes in all available chains, without taking them; stops counting
   *  once `maxIn` is reached. */
  availableInBytes(maxIn: number): number {
    if (this.desc === 0) return 0;
    if (this.descCapacity < this.num) throw new VirtioError("Cannot map descriptor ring");
    let idx = this.lastAvailIdx;
    let max = this.num;
    let totalBufs = 0;
    let inTotal = 0;
    for (;;) {
      const heads = (this.readAvailIdx() - idx) & 0xffff;
      if (heads > this.num) throw new VirtioError(`Guest moved used index from ${idx} to ${this.shadowAvailIdx}`);
      if (heads === 0) return inTotal;
      let numBufs = totalBufs;
      const head = this.availRing(idx % this.num);
      idx = (idx + 1) & 0xffff;
      if (head >= this.num) throw new VirtioError(`Guest says index ${head} is available`);
      let table = this.desc;
      let d = this.readDesc(table, head);
      const indirect = (d.flags & DESC_F_INDIRECT) !== 0;
      if (indirect) {
        if (numBufs >= max) throw new VirtioError("Looped descriptor");
        table = this.indirectTable(d);
        max = d.len / DESC_BYTES;
        numBufs = 0;
        d = this.readDesc(table, 0);
      }
      for (;;) {
        if (++numBufs > max) throw new VirtioError("Looped descriptor");
        if (d.flags & DESC_F_WRITE) inTotal += d.len;
        if (inTotal >= maxIn) return inTotal;
        if (!(d.flags & DESC_F_NEXT)) break;
        if (d.next >= max) throw new VirtioError(`Desc next is ${d.next}`);
        d = this.readDesc(table, d.next);
      }
      totalBufs = indirect ? totalBufs + 1 : numBufs;
    }
  }

  private indirectTable(d: Desc): number {
    if (d.len === 0 || d.len % DESC_BYTES) throw new VirtioError("Invalid size for indirect buffer table");
    if (!this.env.mem.contains(d.addr, d.len)) throw new VirtioError("Cannot map indirect buffer");
    return d.addr;
  }

  private addSegment(list: Segment[], maxSegments: number, d: Desc): void {
    if (d.len === 0) throw new VirtioError("zero sized buffers are not allowed");
    if (list.length === maxSegments) throw new VirtioError("too many write descriptors in indirect table");
    if (!this.env.mem.contains(d.addr, d.len)) throw new VirtioError("bogus descriptor or out of resources");
    list.push({ addr: d.addr, len: d.len });
  }

  private readDesc(table: number, i: number): Desc {
    const mem = this.env.mem;
    const pa = table + i * DESC_BYTES;
    return { addr: mem.u64(pa), len: mem.u32(pa + 8), flags: mem.u16(pa + 12), next: mem.u16(pa + 14) };
  }

  private readAvailIdx(): number {
    this.shadowAvailIdx = this.env.mem.u16(this.avail + 2);
    return this.shadowAvailIdx;
  }

  private availRing(i: number): number {
    return this.env.mem.u16(this.avail + 4 + 2 * i);
  }

  /** used_event: the word after the available ring (§2.7.10). */
  private usedEvent(): number {
    return this.env.mem.u16(this.avail + 4 + 2 * this.num);
  }

  /** avail_event: the word after the used ring, written only while notifications are on. */
  private setAvailEvent(value: number): void {
    if (!this.notification || this.used === 0) return;
    this.env.mem.setU16(this.used + 4 + 8 * this.num, value);
  }
}

/** §2.7.10: notify when the new index has passed `event` since `old`. */
function needEvent(event: number, newIdx: number, old: number): boolean {
  return ((newIdx - event - 1) & 0xffff) < ((newIdx - old) & 0xffff);
}
