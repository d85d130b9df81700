// The legacy cylinders/heads/sectors a virtio block device reports (VIRTIO_BLK_F_GEOMETRY),
// guessed from the disk the way QEMU's hw/block/hd-geometry.c does for drives without an
// explicit geometry: from an MS-DOS partition table if its first usable entry ends on a
// cylinder boundary with at most 16 heads, else 16 heads x 63 sectors.

export interface DiskGeometry {
  cylinders: number;
  heads: number;
  sectors: number;
}

const SECTOR_BYTES = 512;
const PARTITION_TABLE = 0x1be;

export function guessGeometry(firstSector: Uint8Array, totalSectors: number): DiskGeometry {
  const fromTable = partitionTableGeometry(firstSector, totalSectors);
  return fromTable && fromTable.heads <= 16 ? fromTable : standardGeometry(totalSectors);
}

/** The geometry implied by the end of the first non-empty partition entry, if any. */
function partitionTableGeometry(sector: Uint8Array, totalSectors: number): DiskGeometry | undefined {
  if (sector.length < SECTOR_BYTES || sector[510] !== 0x55 || sector[511] !== 0xaa) return undefined;
  const view = new DataView(sector.buffer, sector.byteOffset, SECTOR_BYTES);
  for (let i = 0; i < 4; i++) {
    const entry = PARTITION_TABLE + 16 * i;
    const endHead = sector[entry + 5];
    if (view.getUint32(entry + 12, true) === 0 || endHead === 0) continue;
    const heads = endHead + 1;
    const sectors = sector[entry + 6] & 63;
    if (sectors === 0) continue;
    const cylinders = Math.floor(totalSectors / (heads * sectors));
    if (cylinders < 1 || cylinders > 16383) continue;
    return { cylinders, heads, sectors };
  }
  return undefined;
}

function standardGeometry(totalSectors: number): DiskGeometry {
  const cylinders = Math.min(16383, Math.max(2, Math.floor(totalSectors / (16 * 63))));
  return { cylinders, heads: 16, sectors: 63 };
}
