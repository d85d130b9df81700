// Integer ALU and branches: Collatz step counts and a sieve of Eratosthenes.
#include "common.h"
static u8 sieve[1 << 20];
int main(void) {
  u64 total = 0;
  for (u64 n = 1; n < 400000; n++) {
    u64 x = n;
    while (x != 1) { x = (x & 1) ? 3 * x + 1 : x >> 1; total++; }
  }
  report("collatz", total);
  u64 primes = 0;
  for (u64 i = 2; i < sizeof sieve; i++) {
    if (sieve[i]) continue;
    primes++;
    for (u64 j = i * i; j < sizeof sieve; j += i) sieve[j] = 1;
  }
  report("primes", primes);
  return 0;
}
