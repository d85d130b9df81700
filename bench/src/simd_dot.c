// Vectorised single-precision dot products and saxpy over 64 Ki floats (gcc -O3 emits
// AdvSIMD FMLA/FADD/LDP Q loops).
#include "common.h"
#define N 65536
static float a[N], b[N], c[N];
int main(void) {
  u64 seed = 3;
  for (u64 i = 0; i < N; i++) {
    a[i] = (float)(next_random(&seed) >> 40) * 0x1p-24f;
    b[i] = (float)(next_random(&seed) >> 40) * 0x1p-24f;
  }
  float total = 0;
  for (int round = 0; round < 200; round++) {
    float dot = 0;
    for (u64 i = 0; i < N; i++) dot += a[i] * b[i];
    for (u64 i = 0; i < N; i++) c[i] = a[i] * dot + b[i];
    total += dot + c[round];
  }
  union { float f; u32 u; } bits = { total };
  report("dot", bits.u);
  return 0;
}
