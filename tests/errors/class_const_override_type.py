class A:
    LIMIT = 10

    def limit(self) -> int:
        return self.LIMIT


class B(A):
    LIMIT = "none"


def main(argv: list[str]) -> int:
    print(B().limit())
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(main(sys.argv))
