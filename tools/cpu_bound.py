"""A CPU-bound program in the input language, for the run time per target
against CPython that issue 3 asks to record (a sieve, a small gravity
simulation using only exactly rounded float operations, a dict count).
Build it with `cargo xtask build --target T --entry tools/cpu_bound.py
--out DIR`, time the result and `python3 tools/cpu_bound.py`; the output
must be the same bytes everywhere."""
import math
import sys


class Body:
    def __init__(self, x: float, y: float, vx: float, vy: float, m: float) -> None:
        self.x = x
        self.y = y
        self.vx = vx
        self.vy = vy
        self.m = m


def sieve(n: int) -> int:
    flags = [True] * (n + 1)
    flags[0] = False
    flags[1] = False
    i = 2
    while i * i <= n:
        if flags[i]:
            j = i * i
            while j <= n:
                flags[j] = False
                j += i
        i += 1
    count = 0
    for f in flags:
        if f:
            count += 1
    return count


def simulate(steps: int) -> float:
    bodies = [Body(0.0, 0.0, 0.0, 0.0, 10.0), Body(1.0, 0.0, 0.0, 1.0, 0.1),
              Body(-2.0, 0.5, 0.3, -0.6, 0.2), Body(0.0, 3.0, -0.5, 0.0, 0.05)]
    dt = 0.001
    for _ in range(steps):
        for a in bodies:
            for b in bodies:
                if a is not b:
                    dx = b.x - a.x
                    dy = b.y - a.y
                    d2 = dx * dx + dy * dy + 0.01
                    f = b.m / (d2 * math.sqrt(d2))
                    a.vx += dx * f * dt
                    a.vy += dy * f * dt
        for a in bodies:
            a.x += a.vx * dt
            a.y += a.vy * dt
    e = 0.0
    for a in bodies:
        e += 0.5 * a.m * (a.vx * a.vx + a.vy * a.vy)
    return e


def words(n: int) -> int:
    d: dict[str, int] = {}
    for i in range(n):
        k = "w" + str(i % 5000)
        d[k] = d.get(k, 0) + i
    return len(d) + d["w42"] % 1000


def main(argv: list[str]) -> int:
    print(sieve(3000000))
    print(f"{simulate(100000):.9f}")
    print(words(1000000))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
