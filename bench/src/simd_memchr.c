// memchr over a 1 MiB buffer, 16 bytes at a time with AdvSIMD (CMEQ, UMAXV) as libc does.
#include "common.h"
#include <arm_neon.h>
static u8 buf[1 << 20];
static const u8 *find_byte(const u8 *p, u8 c, u64 n) {
  uint8x16_t needle = vdupq_n_u8(c);
  u64 i = 0;
  for (; i + 16 <= n; i += 16) {
    uint8x16_t eq = vceqq_u8(vld1q_u8(p + i), needle);
    if (vmaxvq_u8(eq)) break;
  }
  for (; i < n; i++) if (p[i] == c) return p + i;
  return 0;
}
int main(void) {
  u64 seed = 5, found = 0;
  for (u64 i = 0; i < sizeof buf; i++) buf[i] = (u8)(next_random(&seed) % 255);  // never 255
  for (int round = 0; round < 200; round++) {
    u64 at = next_random(&seed) % sizeof buf;
    buf[at] = 255;
    const u8 *hit = find_byte(buf, 255, sizeof buf);
    found += hit ? (u64)(hit - buf) : 0;
    buf[at] = 0;
  }
  report("memchr", found);
  return 0;
}
