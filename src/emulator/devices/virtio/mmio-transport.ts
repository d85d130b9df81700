// One virtio-mmio transport (virtio 1.2 §4.2): the register block, feature negotiation, the
// device status, virtqueue setup, notifications, the interrupt and the configuration space.
// It speaks the virtio 1.x interface (Version 2) or the legacy one (Version 1, §4.2.4); QEMU
// 7.2's virtio-mmio "force-legacy" property picks between them. QEMU 7.2 defaults to legacy;
// the playground defaults to virtio 1.x (machine.ts), which every current guest driver speaks.
// Register behaviour outside the specification (reads of write-only registers, sub-word
// accesses, a transport with no device) follows QEMU's hw/virtio/virtio-mmio.c.
import type { MmioDevice } from "../bus";
import { GuestMemory, GuestMemoryError } from "./guest-memory";
import { SplitQueue, VirtioError, VIRTQUEUE_MAX_SIZE, type VirtqElement } from "./virtqueue";
import {
  STATUS_DRIVER_OK, STATUS_FEATURES_OK, STATUS_NEEDS_RESET,
  F_ANY_LAYOUT, F_EVENT_IDX, F_INDIRECT_DESC, F_NOTIFY_ON_EMPTY, F_RING_RESET, F_VERSION_1, bit,
  type VirtioBus, type VirtioDevice,
} from "./device";

const MAGIC = 0x74726976; // "virt"
const VENDOR_QEMU = 0x554d4551; // "QEMU"
/** Queue indices the registers accept (QEMU's VIRTIO_QUEUE_MAX). */
const QUEUE_SELECT_LIMIT = 1024;
const CONFIG_OFFSET = 0x100;

// Register offsets (virtio 1.2 §4.2.2, legacy §4.2.4).
const REG = {
  magic: 0x000,
  version: 0x004,
  deviceId: 0x008,
  vendorId: 0x00c,
  deviceFeatures: 0x010,
  deviceFeaturesSel: 0x014,
  driverFeatures: 0x020,
  driverFeaturesSel: 0x024,
  guestPageSize: 0x028,
  queueSel: 0x030,
  queueNumMax: 0x034,
  queueNum: 0x038,
  queueAlign: 0x03c,
  queuePfn: 0x040,
  queueReady: 0x044,
  queueNotify: 0x050,
  interruptStatus: 0x060,
  interruptAck: 0x064,
  status: 0x070,
  queueDescLow: 0x080,
  queueDescHigh: 0x084,
  queueDriverLow: 0x090,
  queueDriverHigh: 0x094,
  queueDeviceLow: 0x0a0,
  queueDeviceHigh: 0x0a4,
  shmLenLow: 0x0b0,
  shmLenHigh: 0x0b4,
  configGeneration: 0x0fc,
} as const;

const ISR_QUEUE = 1;
const ISR_CONFIG = 2;

/** Transport feature bits every device is offered (QEMU's virtio defaults). */
const TRANSPORT_FEATURES =
  bit(F_NOTIFY_ON_EMPTY) | bit(F_ANY_LAYOUT) | bit(F_INDIRECT_DESC) | bit(F_EVENT_IDX) | bit(F_RING_RESET);
/** Bits a virtio 1.x driver never sees (they only exist in the legacy interface). */
const LEGACY_ONLY_FEATURES = bit(F_NOTIFY_ON_EMPTY) | bit(F_ANY_LAYOUT);

export interface MmioTransportOptions {
  /** The device behind the transport; none gives an empty slot (DeviceID 0). */
  device?: VirtioDevice;
  /** Legacy register interface (Version 1) instead of virtio 1.x (Version 2). */
  legacy: boolean;
  memory: GuestMemory;
  /** Drives the transport's interrupt line (level: InterruptStatus != 0). */
  setIrq: (level: boolean) => void;
  /** Told why the device stopped after the driver broke the protocol. */
  onError?: (message: string) => void;
  /** Wakes the machine when the device completes work outside a register access. */
  wake?: () => void;
}

/** The virtio 1.x per-queue registers, kept for every selectable queue as QEMU does. */
class QueueRegisters {
  readonly num = new Uint16Array(QUEUE_SELECT_LIMIT);
  readonly enabled = new Uint8Array(QUEUE_SELECT_LIMIT);
  /** desc, driver, device areas: low and high words, 6 per queue. */
  readonly addr = new Uint32Array(QUEUE_SELECT_LIMIT * 6);

  area(queue: number, which: 0 | 1 | 2): number {
    const i = queue * 6 + which * 2;
    return this.addr[i + 1] * 2 ** 32 + this.addr[i];
  }

  clear(): void {
    this.num.fill(0);
    this.enabled.fill(0);
    this.addr.fill(0);
  }
}

export class VirtioMmioTransport implements MmioDevice, VirtioBus {
  readonly name: string;
  readonly mem: GuestMemory;
  private readonly device: VirtioDevice | undefined;
  private readonly legacy: boolean;
  private readonly queues: SplitQueue[];
  private readonly hostFeatures: bigint;
  private readonly config: Uint8Array;
  private readonly regs = new QueueRegisters();
  // Transport registers.
  private hostFeaturesSel = 0;
  private guestFeaturesSel = 0;
  private readonly guestFeatureWords = new Uint32Array(2);
  private guestPageShift = 0;
  // Device state (QEMU's VirtIODevice).
  private deviceStatus = 0;
  private queueSel = 0;
  private isr = 0;
  private generation = 0;
  private featuresLo = 0;
  private featuresHi = 0;
  /** Stopped after a protocol error until the driver resets the device. */
  private broken = false;

  constructor(private readonly options: MmioTransportOptions) {
    this.device = options.device;
    this.legacy = options.legacy;
    this.mem = options.memory;
    this.name = this.device ? this.device.name : "virtio-mmio";
    const env = {
      mem: this.mem,
      eventIdx: () => this.hasFeature(F_EVENT_IDX),
      notifyOnEmpty: () => this.hasFeature(F_NOTIFY_ON_EMPTY),
    };
    this.queues = (this.device?.queueSizes ?? []).map((n, i) => new SplitQueue(i, n, env));
    const transport = this.legacy ? TRANSPORT_FEATURES : TRANSPORT_FEATURES | bit(F_VERSION_1);
    this.hostFeatures = this.device ? this.device.offerFeatures(transport, this.legacy) : 0n;
    this.config = new Uint8Array(this.device?.configSize ?? 0);
    this.device?.attach(this);
  }

  // ---- MmioDevice ---------------------------------------------------------------------

  read(offset: number, sizeBytes: number): number | bigint {
    // 64-bit accesses are two 32-bit ones, low word first (as QEMU splits them).
    if (sizeBytes === 8) return BigInt(this.read(offset, 4)) | (BigInt(this.read(offset + 4, 4)) << 32n);
    const mask = sizeBytes === 4 ? 0xffffffff : (1 << (sizeBytes * 8)) - 1;
    return (this.readRegister(offset, sizeBytes) & mask) >>> 0;
  }

  write(offset: number, sizeBytes: number, value: bigint): void {
    if (sizeBytes === 8) {
      this.write(offset, 4, value & 0xffffffffn);
      this.write(offset + 4, 4, value >> 32n);
      return;
    }
    this.guard(() => this.writeRegister(offset, sizeBytes, Number(value & 0xffffffffn)));
  }

  /** System reset: the device and every transport register. */
  reset(): void {
    this.resetDevice();
    this.hostFeaturesSel = this.guestFeaturesSel = 0;
    this.guestPageShift = 0;
    this.guestFeatureWords.fill(0);
    this.regs.clear();
  }

  // ---- VirtioBus (the device's side) ----------------------------------------------------

  hasFeature(n: number): boolean {
    return ((n < 32 ? this.featuresLo >>> n : this.featuresHi >>> (n - 32)) & 1) === 1;
  }

  status(): number {
    return this.deviceStatus;
  }

  pop(queue: number): VirtqElement | null {
    if (this.broken) return null;
    return this.guard(() => this.queues[queue].pop()) ?? null;
  }

  push(elem: VirtqElement, len: number): void {
    const q = this.queues[elem.queue];
    if (this.broken) {
      q.detach(elem);
      return;
    }
    this.guard(() => q.push(elem, len));
  }

  notify(queue: number): void {
    if (this.broken) return;
    if (this.guard(() => this.queues[queue].shouldNotify())) {
      this.isr |= ISR_QUEUE;
      this.updateIrq();
    }
  }

  queueEmpty(queue: number): boolean {
    return this.broken || (this.guard(() => this.queues[queue].isEmpty()) ?? true);
  }

  queueReady(queue: number): boolean {
    return this.queues[queue].ready();
  }

  notificationEnabled(queue: number): boolean {
    return this.queues[queue].notificationEnabled();
  }

  setNotification(queue: number, enable: boolean): void {
    this.guard(() => this.queues[queue].setNotification(enable));
  }

  availableInBytes(queue: number, max: number): number {
    return this.guard(() => this.queues[queue].availableInBytes(max)) ?? 0;
  }

  /** virtio 1.2 §2.1.2: a virtio 1.x device sets DEVICE_NEEDS_RESET and signals a
   *  configuration change; either kind stops processing until reset. */
  error(message: string): void {
    this.options.onError?.(`${this.name}: ${message}`);
    if (this.hasFeature(F_VERSION_1)) {
      this.deviceStatus |= STATUS_NEEDS_RESET;
      this.notifyConfig();
    }
    this.broken = true;
  }

  wake(): void {
    this.options.wake?.();
  }

  /** The device has requests in flight whose completion comes later. */
  busy(): boolean {
    return this.device?.busy?.() ?? false;
  }

  // ---- registers ----------------------------------------------------------------------

  private readRegister(offset: number, size: number): number {
    const version = this.legacy ? 1 : 2;
    if (!this.device) {
      // An empty slot identifies itself so that drivers skip it (DeviceID 0).
      if (offset === REG.magic) return MAGIC;
      if (offset === REG.version) return version;
      if (offset === REG.vendorId) return VENDOR_QEMU;
      return 0;
    }
    if (offset >= CONFIG_OFFSET) return this.readConfig(offset - CONFIG_OFFSET, size);
    if (size !== 4) return 0;
    const q = this.queues[this.queueSel];
    switch (offset) {
      case REG.magic: return MAGIC;
      case REG.version: return version;
      case REG.deviceId: return this.device.deviceId;
      case REG.vendorId: return VENDOR_QEMU;
      case REG.deviceFeatures: return this.deviceFeaturesWord();
      case REG.queueNumMax: return q && q.num !== 0 ? VIRTQUEUE_MAX_SIZE : 0;
      case REG.queuePfn: return this.legacy && q ? Math.floor(q.desc / 2 ** this.guestPageShift) % 2 ** 32 : 0;
      case REG.queueReady: return this.legacy ? 0 : this.regs.enabled[this.queueSel];
      case REG.interruptStatus: return this.isr;
      case REG.status: return this.deviceStatus;
      case REG.configGeneration: return this.legacy ? 0 : this.generation;
      // No shared memory regions: a length of all ones says so.
      case REG.shmLenLow:
      case REG.shmLenHigh: return 0xffffffff;
      default: return 0;
    }
  }

  private deviceFeaturesWord(): number {
    if (this.legacy) return this.hostFeaturesSel ? 0 : Number(this.hostFeatures & 0xffffffffn);
    const visible = this.hostFeatures & ~LEGACY_ONLY_FEATURES;
    return Number((visible >> BigInt(32 * this.hostFeaturesSel)) & 0xffffffffn);
  }

  private writeRegister(offset: number, size: number, value: number): void {
    if (!this.device) return;
    if (offset >= CONFIG_OFFSET) {
      this.writeConfig(offset - CONFIG_OFFSET, size, value);
      return;
    }
    if (size !== 4) return;
    const sel = this.queueSel;
    const q = this.queues[sel];
    switch (offset) {
      case REG.deviceFeaturesSel:
        this.hostFeaturesSel = value ? 1 : 0;
        break;
      case REG.driverFeatures:
        if (!this.legacy) this.guestFeatureWords[this.guestFeaturesSel] = value;
        else if (this.guestFeaturesSel === 0) this.setFeatures(BigInt(value));
        break;
      case REG.driverFeaturesSel:
        this.guestFeaturesSel = value ? 1 : 0;
        break;
      case REG.guestPageSize:
        if (this.legacy) this.guestPageShift = value ? 31 - Math.clz32(value & -value) : 0;
        break;
      case REG.queueSel:
        if (value < QUEUE_SELECT_LIMIT) this.queueSel = value;
        break;
      case REG.queueNum:
        q?.setNum(value | 0);
        if (this.legacy) q?.updateLegacyRings();
        else this.regs.num[sel] = value;
        break;
      case REG.queueAlign:
        // The alignment is fixed once VIRTIO_F_VERSION_1 is negotiated.
        if (this.legacy && q && value !== 0 && !this.hasFeature(F_VERSION_1)) {
          q.align = value;
          q.updateLegacyRings();
        }
        break;
      case REG.queuePfn:
        if (!this.legacy) break;
        if (value === 0) this.resetDevice();
        else q?.setLegacyAddress(value * 2 ** this.guestPageShift);
        break;
      case REG.queueReady:
        if (this.legacy) break;
        if (value) {
          q?.setNum(this.regs.num[sel]);
          q?.setRings(this.regs.area(sel, 0), this.regs.area(sel, 1), this.regs.area(sel, 2));
        }
        this.regs.enabled[sel] = value ? 1 : 0;
        break;
      case REG.queueNotify:
        this.queueNotify(value);
        break;
      case REG.interruptAck:
        this.isr &= ~value;
        this.updateIrq();
        break;
      case REG.status:
        this.writeStatus(value);
        break;
      case REG.queueDescLow:
      case REG.queueDescHigh:
      case REG.queueDriverLow:
      case REG.queueDriverHigh:
      case REG.queueDeviceLow:
      case REG.queueDeviceHigh:
        if (!this.legacy) this.regs.addr[sel * 6 + (offset - REG.queueDescLow) / 8] = value;
        break;
      default:
        break;
    }
  }

  private queueNotify(index: number): void {
    const q = this.queues[index];
    if (!q || q.desc === 0 || this.broken) return;
    this.device!.queueNotify(index);
  }

  /** Status writes (§2.1, §3.1.1): FEATURES_OK completes feature negotiation, 0 resets. */
  private writeStatus(value: number): void {
    if (!this.legacy && value & STATUS_FEATURES_OK) {
      this.setFeatures((BigInt(this.guestFeatureWords[1]) << 32n) | BigInt(this.guestFeatureWords[0]));
    }
    this.deviceStatus = value & 0xff;
    this.device!.statusChanged(this.deviceStatus);
    if (this.deviceStatus === 0) {
      this.resetDevice();
      if (!this.legacy) this.regs.enabled.fill(0);
    }
  }

  /** The driver's feature choice: bits not offered are dropped; no change after FEATURES_OK. */
  private setFeatures(requested: bigint): void {
    if (this.deviceStatus & STATUS_FEATURES_OK) return;
    const accepted = requested & this.hostFeatures;
    this.featuresLo = Number(accepted & 0xffffffffn);
    this.featuresHi = Number(accepted >> 32n);
    // EVENT_IDX adds a word to each ring: check them again.
    if (this.hasFeature(F_EVENT_IDX)) for (const q of this.queues) if (q.num !== 0) q.checkRings();
  }

  /** Device reset (§2.4): status, features, interrupt and every queue back to their initial state. */
  private resetDevice(): void {
    this.deviceStatus = 0;
    this.device?.statusChanged(0);
    this.device?.reset();
    this.broken = false;
    this.featuresLo = this.featuresHi = 0;
    this.queueSel = 0;
    this.isr = 0;
    this.updateIrq();
    for (const q of this.queues) q.reset();
  }

  private readConfig(offset: number, size: number): number {
    if (offset + size > this.config.length) return 0xffffffff;
    this.device!.readConfig(this.config);
    let v = 0;
    for (let i = size - 1; i >= 0; i--) v = v * 256 + this.config[offset + i];
    return v;
  }

  private writeConfig(offset: number, size: number, value: number): void {
    if (offset + size > this.config.length) return;
    for (let i = 0; i < size; i++) this.config[offset + i] = (value >>> (8 * i)) & 0xff;
    this.device!.writeConfig(this.config);
  }

  /** A configuration change (§2.5.2; QEMU also sets the queue bit). */
  private notifyConfig(): void {
    if (!(this.deviceStatus & STATUS_DRIVER_OK)) return;
    this.isr |= ISR_QUEUE | ISR_CONFIG;
    this.generation = (this.generation + 1) >>> 0;
    this.updateIrq();
  }

  /** The line follows InterruptStatus; like QEMU, a broken device leaves it as it was. */
  private updateIrq(): void {
    if (!this.broken) this.options.setIrq(this.isr !== 0);
  }

  /** Run `fn`; a protocol violation or a guest address outside RAM stops the device. */
  private guard<T>(fn: () => T): T | undefined {
    try {
      return fn();
    } catch (e) {
      if (e instanceof VirtioError || e instanceof GuestMemoryError) {
        this.error(e.message);
        return undefined;
      }
      throw e;
    }
  }
}
