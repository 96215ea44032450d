# `int` takes only `base` by keyword (its value is positional-only);
# `round`'s keywords out of their order only with plain values (they
# are evaluated in the order written).
def two() -> int:
    print("two")
    return 2


def main(argv: list[str]) -> int:
    print(int(x="12"))
    print(round(ndigits=two(), number=1.5))
    print(round(ndigits=2))
    print(abs(x=-1))
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(main(sys.argv))
