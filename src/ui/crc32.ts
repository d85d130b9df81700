// CRC-32 as in zlib, gzip and PNG (ISO 3309 / ITU-T V.42: polynomial 0x04C11DB7, reflected,
// initial and final value 0xFFFFFFFF; RFC 1952 §8), for telling a damaged share link from a
// good one before looking inside it.

const TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c;
  }
  return table;
})();

export function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (let i = 0; i < bytes.length; i++) c = TABLE[(c ^ bytes[i]) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
