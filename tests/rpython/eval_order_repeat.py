"""`n * seq` evaluates n before seq (operands left to right), for lists,
strs and bytes, as `seq * n` does."""


def f(tag: str, v: int) -> int:
    print("eval", tag)
    return v


def s(tag: str, v: str) -> str:
    print("eval", tag)
    return v


def b(tag: str, v: bytes) -> bytes:
    print("eval", tag)
    return v


def main(argv: list[str]) -> int:
    print(f("n1", 2) * [f("x1", 1)], [f("x2", 1)] * f("n2", 2))
    print(f("n3", 3) * s("s3", "ab"), s("s4", "cd") * f("n4", 2))
    print(f("n5", 2) * b("b5", b"z"), b("b6", b"y") * f("n6", 2))
    n = 2
    print(n * [f("x7", 7)], -1 * s("s8", "q"), 0 * [f("x9", 1)])
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(main(sys.argv))
