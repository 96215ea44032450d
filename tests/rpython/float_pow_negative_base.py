"""float ** with a negative base: integer-valued exponents give floats as
on CPython (sign by parity, overflow, underflow, infinities); only a
non-integer exponent differs by design (CPython's complex result; see
docs/rpython.md), so it is not printed here, except through math.pow,
whose ValueError is CPython's."""

import math


def main(argv: list[str]) -> int:
    bases = [-8.0, -2.0, -1.0, -0.5, -0.0, -1e-300, -1e300, -math.inf]
    exps = [0.0, 1.0, 2.0, 3.0, -1.0, -2.0, -3.0, 10.0, 53.0, 1e18, 1e18 + 1.0, 9007199254740993.0, 1025.0, -1075.0, math.inf, -math.inf]
    for b in bases:
        for e in exps:
            try:
                print(b, "**", e, "=", b ** e)
            except OverflowError as ex:
                print(b, "**", e, "->", repr(ex))
            except ZeroDivisionError as ex:
                print(b, "**", e, "->", repr(ex))
    n = -3
    print(n ** 3, float(n) ** 3, (-2) ** 10, (-2.0) ** -2)
    try:
        print(math.pow(-8.0, 0.5))
    except ValueError as ex:
        print("math.pow", repr(ex))
    print(math.pow(-8.0, 3.0), math.pow(-2.0, -1.0))
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(main(sys.argv))
