import math
import sys
import time
from math import sqrt, pi as PI
print(math.sqrt(16), sqrt(2), round(PI, 5), math.floor(-2.5), math.ceil(2.1), math.gcd(12, 18))
print(math.factorial(10), math.isnan(float("nan")), math.isinf(1e400), math.fabs(-3))
print(round(math.sin(0.5), 6), round(math.log(100, 10), 6), math.log2(8), math.exp(0), math.pow(2, 10))
print(math.inf > 1e308, math.hypot(3, 4), math.trunc(-3.7), math.copysign(1, -0.0))
try:
    math.sqrt(-1)
except ValueError as e:
    print(e)
print(type(sys.argv).__name__, sys.maxsize, sys.version_info[0], sys.getrecursionlimit() > 0)
t0 = time.time()
t1 = time.perf_counter()
print(time.time() >= t0, time.perf_counter() >= t1)
sys.stdout.write("written directly\n")
print(type(sys.stdout.write("")).__name__)
