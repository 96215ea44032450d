# Constant int expressions inside functions are folded with wide
# intermediates, as at module level, so `-(1 << 63)` and `2**63 - 1` are
# the 64-bit values CPython computes (names that are variables of the
# function are not constants, even if a module constant has that name).
import sys
from typing import Callable

SHIFT = 63
N = 7
INT_MAX = (1 << SHIFT) - 1


class Limits:
    BITS = 62


def shadow_param(N: int) -> int:
    return (N << 2) - 1


def shadow_local() -> int:
    N = 3
    return -(N << 4)


def shadow_loop() -> list[int]:
    out: list[int] = []
    for N in range(3):
        out.append((N << 61) - 1)
    return out


def shadow_comprehension() -> list[int]:
    return [(N << 1) - 1 for N in range(3)]


def shadow_lambda() -> int:
    N = 2
    f: Callable[[], int] = lambda: (N << 3) + 1
    return f()


def main(argv: list[str]) -> int:
    print(-(1 << 63))
    print((1 << 63) - 1)
    print(2**63 - 1)
    print(-(2**63))
    print(-(1 << SHIFT))
    print((1 << SHIFT) - 1 == INT_MAX)
    print(~(1 << 62) + (1 << 62) * 2 - (1 << 62))
    print((1 << (Limits.BITS + 1)) - 1)
    print(-(-(1 << 63) + 1))
    print((2**64 - 1) // 2)
    print((2**64) % 1000)
    print(-N * (1 << 60))
    print(shadow_param(5), shadow_local(), shadow_loop(), shadow_comprehension(), shadow_lambda())
    x: float = 2.0**63 - 1
    print(x)
    try:
        print(N // (N - 7))
    except ZeroDivisionError:
        print("ZeroDivisionError")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
