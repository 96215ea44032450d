class A:
    def g(self, a: int) -> str:
        return "A" + str(a)


class B(A):
    def g(self, z: int) -> str:
        return "B" + str(z)


def main(argv: list[str]) -> int:
    x: A = B()
    print(x.g(a=1))
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(main(sys.argv))
