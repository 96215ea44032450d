/* Print the bits of the libm results that docs/rpython.md ("Differences
 * from CPython", item 8) compares between math libraries: 9 000
 * arguments for each one-argument function, atan2 and pow (two thirds in
 * [-10, 10], a third 10^[-30, 30]), from a fixed xorshift sequence.
 *
 *   gcc -O1 tools/libm_bits.c -o /tmp/lb -lm && /tmp/lb > fma.txt
 *   GLIBC_TUNABLES=glibc.cpu.hwcaps=-AVX2,-FMA,-FMA4 /tmp/lb > nofma.txt
 *   arm-linux-gnueabi-gcc -O1 -static \
 *     -specs /usr/lib/arm-linux-musleabi/musl-gcc.specs -DRPY_GLIBC_LIBM_SHIM \
 *     tools/libm_bits.c -o /tmp/lb-arm /usr/arm-linux-gnueabi/lib/libm.a
 *   qemu-arm -cpu arm1136-r2 /tmp/lb-arm > arm.txt
 *   diff fma.txt arm.txt | grep '^<' | awk '{print $2}' | sort | uniq -c
 */
#include <stdio.h>
#include <math.h>
#include <string.h>
static unsigned long long s = 88172645463325252ULL;
static double u(void) { s ^= s << 13; s ^= s >> 7; s ^= s << 17; return (double)(s >> 11) / 9007199254740992.0; }
static double arg(int i) { /* two thirds in [-10, 10], one third 10^[-30, 30] with a sign */
  if (i % 3 != 2) return u() * 20.0 - 10.0;
  double m = pow(10.0, u() * 60.0 - 30.0); return u() < 0.5 ? -m : m; }
typedef double (*f1)(double);

#ifdef RPY_GLIBC_LIBM_SHIM
/* What glibc's static libm needs from a musl program (as in the runtime). */
__thread int errno;
unsigned long _dl_hwcap = 64;
#endif
int main(void) {
  const char *names[] = {"exp","expm1","log","log1p","log2","log10","sin","cos","tan","asin","acos","atan","sinh","cosh","tanh","asinh","acosh","atanh"};
  f1 fs[] = {exp,expm1,log,log1p,log2,log10,sin,cos,tan,asin,acos,atan,sinh,cosh,tanh,asinh,acosh,atanh};
  for (int k = 0; k < 18; k++) for (int i = 0; i < 9000; i++) {
    double x = arg(i);
    if (k >= 2 && k <= 5) x = fabs(x);             /* logs */
    if (k == 9 || k == 10 || k == 17) x = fmod(x, 1.0); /* asin acos atanh */
    if (k == 16) x = 1.0 + fabs(x);                /* acosh */
    volatile double r = fs[k](x); unsigned long long b; double rr = r; memcpy(&b, &rr, 8);
    printf("%s %a %016llx\n", names[k], x, b); }
  for (int i = 0; i < 9000; i++) { double y = arg(i), x = arg(i + 1); volatile double r = atan2(y, x); double rr = r; unsigned long long b; memcpy(&b, &rr, 8); printf("atan2 %a %016llx\n", y, b); }
  for (int i = 0; i < 9000; i++) { double x = fabs(arg(i)), y = u() * 20 - 10; volatile double r = pow(x, y); double rr = r; unsigned long long b; memcpy(&b, &rr, 8); printf("pow %a %016llx\n", x, b); }
  return 0; }
