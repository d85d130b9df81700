// Freestanding helpers for the bench programs: UART output and a checksum line.
#ifndef BENCH_COMMON_H
#define BENCH_COMMON_H
typedef unsigned long u64;
typedef unsigned int u32;
typedef unsigned char u8;

static inline void putc_uart(char c) { *(volatile u32 *)0x09000000 = (u8)c; }
static inline void puts_uart(const char *s) { while (*s) putc_uart(*s++); }
static inline void put_hex(u64 v) {
  for (int i = 60; i >= 0; i -= 4) putc_uart("0123456789abcdef"[(v >> i) & 15]);
}
static inline void report(const char *name, u64 value) {
  puts_uart(name);
  puts_uart(": ");
  put_hex(value);
  putc_uart('\n');
}
/* xorshift64* pseudo-random numbers: deterministic inputs. */
static inline u64 next_random(u64 *state) {
  u64 x = *state;
  x ^= x >> 12; x ^= x << 25; x ^= x >> 27;
  *state = x;
  return x * 0x2545F4914F6CDD1DUL;
}
#endif
