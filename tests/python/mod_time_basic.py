# time functions exist and are consistent (values are never printed)
import time

t1 = time.time()
n1 = time.time_ns()
p1 = time.perf_counter()
m1 = time.monotonic()
pn = time.perf_counter_ns()
mn = time.monotonic_ns()
c = time.process_time()
x = 0
for i in range(1000):
    x += i
print(x, type(t1).__name__, type(n1).__name__, type(p1).__name__, type(pn).__name__, type(mn).__name__, type(c).__name__)
print(abs(n1 / 1e9 - t1) < 10, time.perf_counter() >= p1, time.monotonic() >= m1, time.time() >= t1 - 1)
print(t1 > 1.6e9, time.perf_counter_ns() >= pn)
