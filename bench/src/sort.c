// Sorting 200k 64-bit keys: heap sort (branchy, memory-indirect).
#include "common.h"
#define N 500000
static u64 keys[N];
static void sift(u64 *a, u64 start, u64 end) {
  u64 root = start;
  while (2 * root + 1 < end) {
    u64 child = 2 * root + 1;
    if (child + 1 < end && a[child] < a[child + 1]) child++;
    if (a[root] >= a[child]) return;
    u64 t = a[root]; a[root] = a[child]; a[child] = t;
    root = child;
  }
}
int main(void) {
  u64 seed = 7;
  for (u64 i = 0; i < N; i++) keys[i] = next_random(&seed);
  for (u64 i = N / 2; i-- > 0;) sift(keys, i, N);
  for (u64 end = N - 1; end > 0; end--) {
    u64 t = keys[0]; keys[0] = keys[end]; keys[end] = t;
    sift(keys, 0, end);
  }
  u64 ok = 1, hash = 0;
  for (u64 i = 1; i < N; i++) { ok &= keys[i - 1] <= keys[i]; hash = hash * 31 + keys[i]; }
  report("sorted", ok);
  report("hash", hash);
  return 0;
}
