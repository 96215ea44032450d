class A:
    def f(self, x: int = 1) -> int:
        return x


class B(A):
    def f(self, x: int) -> int:
        return x * 10


def main(argv: list[str]) -> int:
    a: A = B()
    print(a.f())
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(main(sys.argv))
