// What crosses between the playground's UI thread and its VM worker: the worker's comlink
// interface, boot configurations, statistics, and the shared-memory channels.
import type { BootConfig } from "../emulator/boot-config";

/** What the worker boots: a boot configuration in the schema the CLI and share links use
 *  (emulator/boot-config.ts), the bytes of the files it names, and the browser disks its
 *  drives name. */
export interface BootRequest {
  config: BootConfig;
  /** Kernel, initrd, device tree and loader files, by the names the config gives them. */
  files: Record<string, ArrayBuffer>;
  /** The DiskStore id of each drive's disk, by the drive's file name. */
  disks: Record<string, string>;
}

/** Console rings (guest input and guest output) and the pending-calls counter, all shared. */
export interface VmChannels {
  input: SharedArrayBuffer;
  output: SharedArrayBuffer;
  calls: SharedArrayBuffer;
}

export type VmState = "off" | "booting" | "running" | "paused" | "error";

export interface VmStats {
  state: VmState;
  /** Why the machine is off or failed, for the status line. */
  message: string;
  /** Guest instructions executed since the last boot. */
  instructions: number;
  /** Host time since the machine was booted (ms, pauses included). */
  sinceBootMs: number;
  /** Since the previous stats() call: guest million instructions per second of host time,
   *  and the share of host time the worker slept while the guest idled (0..1). */
  mips: number;
  idleShare: number;
  /** Disk problems since the previous stats() call (saving failed, quota), for the user. */
  diskProblems: string[];
  /** Disk chunks written by the guest and not yet saved to IndexedDB. */
  unsavedDiskChunks: number;
}

export interface VmApi {
  attach(channels: VmChannels): void;
  /** Replace any running machine with a fresh one booting `request`; rejects with the reason
   *  when the machine cannot be created or a file cannot be loaded. */
  boot(request: BootRequest): Promise<void>;
  pause(): Promise<void>;
  resume(): void;
  /** Boot the last configuration again on a fresh machine. */
  reset(): Promise<void>;
  powerOff(): Promise<void>;
  /** Attach a browser disk (DiskStore id) as a virtio-blk drive named `file`, or detach the
   *  drive of that name, in the running configuration. virtio-mmio has no hot-plug, so the
   *  guest sees the change from its next boot: a reset, or a reboot it asks for. */
  attachDisk(file: string, diskId: string): void;
  detachDisk(file: string): void;
  /** Save the guest's disk writes now (the page calls this when it is hidden); resolves false
   *  when some could not be saved. */
  flushDisks(): Promise<boolean>;
  stats(): VmStats;
}

/** Comlink calls reach the worker as messages, which it reads only between slices of guest
 *  code or after an idle sleep. The caller counts a call here and rings the input ring's
 *  signal; the worker, woken, lets its event loop run until every counted call has arrived. */
export class PendingCalls {
  private readonly count: Int32Array;

  constructor(readonly buffer: SharedArrayBuffer = new SharedArrayBuffer(4)) {
    this.count = new Int32Array(buffer, 0, 1);
  }

  announce(): void {
    Atomics.add(this.count, 0, 1);
  }

  answered(): void {
    Atomics.sub(this.count, 0, 1);
  }

  pending(): number {
    return Atomics.load(this.count, 0);
  }
}
