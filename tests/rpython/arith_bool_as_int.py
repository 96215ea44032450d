"""A bool is an int in arithmetic (CPython's bool subclasses int): with
another bool, as an exponent, as a repeat count; `&`, `|`, `^` of two
bools stay bools."""
import sys


def flags(argv: list[str]) -> list[bool]:
    return [len(argv) > 0, len(argv) > 100]


def main(argv: list[str]) -> int:
    fs = flags(argv)
    t = fs[0]
    f = fs[1]
    print(t + t, t - t, f - t, t * t, t * f, t / t, t // t, t % t, t ** f, f ** t)
    print(t << t, t >> t, -t, +t, ~t, ~f, abs(-t))
    print(t & t, t | f, t ^ t, f ^ f, t & f)
    print(2 ** t, 2 ** f, 10 ** (t + t), 3 ** (f * t))
    n = 3
    print(n ** (n > 2), 2 ** (1 if t else 0))
    s = "xy"
    s *= t
    print(repr(s), repr("ab" * f), repr(f * "ab"), b"ab" * t, t * b"c", [1, 2] * (t + t), t * [0])
    tv: tuple[int, ...] = (1, 2)
    print(tv * t, tv * f, t * tv, (t + t) * tv)
    count = 0
    for b in [True, False, True, True]:
        count += b
    print(count, sum([t + 0, t + 0, f + 0], 0), max(t + t, 1), divmod(t + t + t, t + t))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
