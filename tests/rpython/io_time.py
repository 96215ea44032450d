import sys
import time


def work(n: int) -> int:
    acc = 0
    for i in range(n):
        acc = (acc * 31 + i) % 1000003
    return acc


def main(argv: list[str]) -> int:
    t0 = time.time()
    p0 = time.perf_counter()
    r = work(20000)
    t1 = time.time()
    p1 = time.perf_counter()
    print("result", r)
    print("wall clock after 2020:", t0 > 1577836800.0)
    print("wall clock before 2100:", t0 < 4102444800.0)
    print("time non-decreasing:", t1 >= t0)
    print("perf_counter non-decreasing:", p1 >= p0)
    print("elapsed under a minute:", p1 - p0 < 60.0)
    stamps: list[float] = []
    for i in range(5):
        stamps.append(time.perf_counter())
    ok = True
    for i in range(4):
        if stamps[i + 1] < stamps[i]:
            ok = False
    print("monotonic:", ok)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
