def top() -> None:
    nonlocal a
    a = 1


def main(argv: list[str]) -> int:
    y = 0

    def g() -> None:
        nonlocal zz
        zz = 1

    def h() -> None:
        def inner() -> None:
            nonlocal y
            nonlocal w
            y = 2
            w = 3

        inner()

    def k() -> None:
        nonlocal later
        later = 1

    later = 0
    g()
    h()
    k()
    top()
    return y


if __name__ == "__main__":
    import sys
    sys.exit(main(sys.argv))
