"""A loop that deletes entries and adds new ones (the size stays the same)
sees the same entries, and stops with the same RuntimeError at the same
point, as on CPython: dict tables grow, compact and are copied at the
same moments (built by displays, comprehensions, copy(), dict(),
update(), popitem(), clear())."""

import sys


def churn(d: dict[int, int], every: int, label: str) -> None:
    """Replace every `every`-th key seen by a new key."""
    seen: list[int] = []
    n = 0
    try:
        for k in d:
            seen.append(k)
            if n % every == 0:
                del d[k]
                d[1000 + n] = n
            n += 1
        print(label, "done", seen)
    except RuntimeError as e:
        print(label, "RuntimeError:", e, seen)


def build(n: int) -> dict[int, int]:
    d: dict[int, int] = {}
    for i in range(n):
        d[i] = i
    return d


def holes(n: int, gaps: int) -> dict[int, int]:
    d = build(n)
    for i in range(gaps):
        del d[i * 2]
    return d


def main(argv: list[str]) -> int:
    for n in [1, 2, 3, 4, 5, 6, 9, 10, 11, 20, 21, 22]:
        for every in [1, 2, 3]:
            churn(build(n), every, "build " + str(n) + "/" + str(every))
    churn({1: 1, 2: 2, 3: 3, 4: 4, 5: 5, 6: 6, 7: 7}, 2, "display")
    churn({i: i for i in range(8)}, 1, "comprehension")
    for n, gaps in [(5, 1), (6, 2), (10, 3), (10, 5), (21, 4), (21, 8), (40, 19)]:
        label = str(n) + "-" + str(gaps)
        churn(holes(n, gaps), 2, "holes " + label)
        churn(holes(n, gaps).copy(), 2, "copy " + label)
        churn(dict(holes(n, gaps)), 2, "dict() " + label)
        d: dict[int, int] = {}
        d.update(holes(n, gaps))
        churn(d, 2, "update into empty " + label)
        e = build(3)
        e.update(holes(n, gaps))
        churn(e, 3, "update " + label)
    p = build(9)
    p.popitem()
    p.popitem()
    del p[6]
    p.popitem()
    churn(p, 1, "popitem")
    c = build(12)
    c.clear()
    for i in range(4):
        c[i * 10] = i
    churn(c, 1, "clear")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
