# Lambdas and nested functions made in comprehensions read the comprehension's variables
# through one cell per run (late binding: all see the last value), plus function locals.
from typing import Callable


FS: list[Callable[[], int]] = [lambda: q * 2 for q in range(3)]


def make() -> list[Callable[[], int]]:
    return [lambda: i for i in range(3)]


def make_runs() -> list[Callable[[], str]]:
    out: list[Callable[[], str]] = []
    for w in ["ab", "cd"]:
        # A new cell per run: the first run's lambdas keep "b".
        out.extend([lambda: c + "!" for c in w])
    return out


def mixed(base: int) -> list[int]:
    scale = 10
    fs: list[Callable[[], int]] = [lambda: i * scale + base for i in range(4) if i != 2]
    scale = 100
    return [f() for f in fs]


def nested_levels() -> list[tuple[int, int]]:
    fs: list[Callable[[], tuple[int, int]]] = [lambda: (x, y) for x in range(2) for y in range(x, 3)]
    return [f() for f in fs]


def with_args() -> list[int]:
    adders: list[Callable[[int], int]] = [lambda n: n + k for k in [5, 6, 7]]
    return [a(1) for a in adders]


def call_int(f: Callable[[], int]) -> int:
    return f()


def immediate() -> list[int]:
    # Called while the comprehension runs: sees the current value.
    return [call_int(lambda: j * j) for j in range(4)]


def dict_and_set() -> list[str]:
    d: dict[str, Callable[[], str]] = {k: (lambda: k.upper()) for k in ["x", "y"]}
    out = [k + "=" + f() for k, f in d.items()]
    ms: list[Callable[[], int]] = [lambda: m for m in range(3)]
    g = sum(f() for f in ms)
    out.append(str(g))
    return out


def shadow() -> list[int]:
    i = 100
    fs: list[Callable[[], int]] = [lambda: i for i in range(2)]
    g: Callable[[], int] = lambda: i
    i = 200
    return [f() for f in fs] + [g()]


def outer(n: int) -> list[int]:
    def inner(step: int) -> list[int]:
        fs: list[Callable[[], int]] = [lambda: v + step + n for v in range(3)]
        return [f() for f in fs]

    return inner(10)


def main(argv: list[str]) -> int:
    print([f() for f in make()])
    print([f() for f in make_runs()])
    print(mixed(1))
    print(nested_levels())
    print(with_args())
    print(immediate())
    print(dict_and_set())
    print(shadow(), outer(1000))
    mk: Callable[[int], list[Callable[[], int]]] = lambda n: [lambda: i + n for i in range(2)]
    print([f() for f in mk(5)], [f() for f in FS])
    pairs: list[tuple[int, Callable[[], int]]] = [(i, lambda: i) for i in range(3)]
    print([(a, f()) for a, f in pairs])
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(main(sys.argv))
