// Helpers for the disk tests: fresh databases in fake-indexeddb, test images, and a way to
// make fake-indexeddb fail a write with QuotaExceededError the way a full browser storage
// does (the request fails, the transaction aborts and rolls back what it already did).
import "fake-indexeddb/auto";
import { DiskStore } from "../../src/ui/disks/disk-store";

let databases = 0;

/** A DiskStore over a database no other test uses; `name` opens it again ("a reload"). */
export function freshStore(): { name: string; store: DiskStore } {
  const name = `disk-test-${databases++}`;
  return { name, store: new DiskStore(name) };
}

/** Deterministic bytes with no zero byte (so no chunk of them is all zeroes). */
export function pattern(length: number, seed: number): Uint8Array<ArrayBuffer> {
  const bytes = new Uint8Array(length);
  let x = seed * 2654435761 + 1;
  for (let i = 0; i < length; i++) {
    x = (x * 1103515245 + 12345) >>> 0;
    bytes[i] = 1 + ((x >>> 16) % 255);
  }
  return bytes;
}

/** Where two byte arrays first differ (-1: equal), with both lengths: a cheap comparison
 *  with a useful failure message (deep equality on megabytes is slow). */
export function difference(actual: Uint8Array, expected: Uint8Array): { at: number; lengths: [number, number] } {
  const n = Math.min(actual.length, expected.length);
  let at = -1;
  for (let i = 0; i < n; i++) {
    if (actual[i] !== expected[i]) {
      at = i;
      break;
    }
  }
  if (at < 0 && actual.length !== expected.length) at = n;
  return { at, lengths: [actual.length, expected.length] };
}

/** The value `difference` has for equal arrays of `length` bytes. */
export function same(length: number): { at: number; lengths: [number, number] } {
  return { at: -1, lengths: [length, length] };
}

interface RawStore {
  storeRecord(record: { value: unknown }, ...rest: unknown[]): unknown;
}

/** The prototype of fake-indexeddb's internal object stores (every put and add goes through
 *  its storeRecord). */
async function rawStorePrototype(): Promise<RawStore> {
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    const request = indexedDB.open("disk-test-probe", 1);
    request.onupgradeneeded = () => request.result.createObjectStore("probe");
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
  const store = db.transaction("probe", "readonly").objectStore("probe") as unknown as { _rawObjectStore: object };
  const proto = Object.getPrototypeOf(store._rawObjectStore) as RawStore;
  db.close();
  return proto;
}

/** Make the first stored record for which `matches` is true fail with QuotaExceededError;
 *  returns a function that undoes the patch. */
export async function quotaExceededOn(matches: (value: unknown) => boolean): Promise<() => void> {
  const proto = await rawStorePrototype();
  const original = proto.storeRecord;
  let failed = false;
  proto.storeRecord = function (this: RawStore, record, ...rest) {
    if (!failed && matches(record.value)) {
      failed = true;
      throw new DOMException("The quota has been exceeded.", "QuotaExceededError");
    }
    return original.call(this, record, ...rest);
  };
  return () => {
    proto.storeRecord = original;
  };
}

/** A matcher for the n-th stored chunk (0-based) from now on. */
export function nthChunk(n: number): (value: unknown) => boolean {
  let seen = 0;
  return (value) => value instanceof Uint8Array && seen++ === n;
}
