// memcpy/memset/strlen-style byte and word loops over a 1 MiB buffer.
#include "common.h"
static u8 src[1 << 20], dst[1 << 20];
static void copy_words(u64 *d, const u64 *s, u64 n) { while (n--) *d++ = *s++; }
static void copy_bytes(u8 *d, const u8 *s, u64 n) { while (n--) *d++ = *s++; }
static u64 string_length(const u8 *s) { const u8 *p = s; while (*p) p++; return p - s; }
int main(void) {
  u64 seed = 42, sum = 0;
  for (u64 i = 0; i < sizeof src; i++) src[i] = (u8)(next_random(&seed) | 1);
  src[sizeof src - 1] = 0;
  for (int round = 0; round < 24; round++) {
    copy_words((u64 *)dst, (const u64 *)src, sizeof src / 8);
    copy_bytes(dst + round, src, sizeof src / 2);
    dst[sizeof dst - 1 - round] = 0;
    sum += string_length(dst);
    for (u64 i = 0; i < sizeof dst; i += 64) sum += dst[i];
  }
  report("memstr", sum);
  return 0;
}
