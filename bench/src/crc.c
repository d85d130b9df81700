// Table-driven software CRC-32 (IEEE) over 4 MiB, plus a bitwise pass.
#include "common.h"
static u32 table[256];
static u8 data[1 << 20];
int main(void) {
  for (u32 i = 0; i < 256; i++) {
    u32 c = i;
    for (int k = 0; k < 8; k++) c = (c & 1) ? 0xEDB88320u ^ (c >> 1) : c >> 1;
    table[i] = c;
  }
  u64 seed = 99;
  for (u64 i = 0; i < sizeof data; i++) data[i] = (u8)next_random(&seed);
  u32 crc = 0xffffffffu;
  for (int round = 0; round < 12; round++)
    for (u64 i = 0; i < sizeof data; i++) crc = table[(crc ^ data[i]) & 0xff] ^ (crc >> 8);
  report("crc32", crc ^ 0xffffffffu);
  u32 bitwise = 0xffffffffu;
  for (u64 i = 0; i < (1 << 18); i++) {
    bitwise ^= data[i];
    for (int k = 0; k < 8; k++) bitwise = (bitwise >> 1) ^ (0xEDB88320u & -(bitwise & 1));
  }
  report("crc32-bitwise", bitwise ^ 0xffffffffu);
  return 0;
}
