# Set displays of constants folded from operators are merged with equal
# displays elsewhere in the module, as CPython's compiler merges constants.


def first() -> None:
    print({1 + 1, 3, 4, 17, 33})
    print({2 * 3, -1, 5, 40})
    print({-1 - 8, 7, 5 * 5})


def second() -> None:
    print({33, 17, 4, 3, 2})
    print({40, 5, -1, 6})
    for x in {25, 7, -9}:
        print(x)
    print({"a" + "b", "ab" * 1, "c"} == {"c", "ab"})


def main(argv: list[str]) -> int:
    first()
    second()
    print({17, 2, 33, 3, 4})
    return 0


if __name__ == "__main__":
    main([])
