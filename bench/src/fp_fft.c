// Iterative radix-2 complex FFT in double precision, 16 Ki points, forward and inverse.
#include "common.h"
#define LOG2N 14
#define N (1 << LOG2N)
static double re[N], im[N], twr[N / 2], twi[N / 2];
/* sin/cos by Taylor series on a reduced angle: freestanding, deterministic. */
static double sine(double x) {
  double term = x, sum = x;
  for (int k = 1; k < 12; k++) { term *= -x * x / ((2 * k) * (2 * k + 1)); sum += term; }
  return sum;
}
static void fft(int inverse) {
  for (u64 i = 1, j = 0; i < N; i++) {
    u64 bit = N >> 1;
    for (; j & bit; bit >>= 1) j ^= bit;
    j ^= bit;
    if (i < j) { double t = re[i]; re[i] = re[j]; re[j] = t; t = im[i]; im[i] = im[j]; im[j] = t; }
  }
  for (u64 len = 2; len <= N; len <<= 1) {
    u64 step = N / len;
    for (u64 i = 0; i < N; i += len)
      for (u64 k = 0; k < len / 2; k++) {
        double wr = twr[k * step], wi = inverse ? -twi[k * step] : twi[k * step];
        double xr = re[i + k + len / 2] * wr - im[i + k + len / 2] * wi;
        double xi = re[i + k + len / 2] * wi + im[i + k + len / 2] * wr;
        re[i + k + len / 2] = re[i + k] - xr; im[i + k + len / 2] = im[i + k] - xi;
        re[i + k] += xr; im[i + k] += xi;
      }
  }
}
int main(void) {
  const double pi = 3.14159265358979323846;
  for (u64 k = 0; k < N / 2; k++) {
    double angle = -2 * pi * (double)k / N;
    twr[k] = sine(angle + pi / 2 - (angle > 0 ? 2 * pi : 0));
    twi[k] = sine(angle);
  }
  u64 seed = 9;
  for (u64 i = 0; i < N; i++) { re[i] = (double)(next_random(&seed) >> 11) * 0x1p-53; im[i] = 0; }
  double energy = 0;
  for (int round = 0; round < 12; round++) {
    fft(0);
    energy += re[1] * re[1] + im[1] * im[1];
    fft(1);
    for (u64 i = 0; i < N; i++) { re[i] /= N; im[i] /= N; }
  }
  union { double d; u64 u; } bits = { energy + re[7] };
  report("fft", bits.u);
  return 0;
}
