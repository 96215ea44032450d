# A set display of three or more constants iterates in CPython's order:
# CPython compiles it to a frozenset constant (rebuilt once by the
# compiler's constant merging) that updates a new empty set.


def first() -> set[int]:
    return {-5, -1, -2, 7}


def loop_first() -> None:
    for x in {-9, -1, 15, 3}:
        print(x, end=" ")
    print()


def main(argv: list[str]) -> int:
    # CPython merges equal constants of a module: these displays get the
    # frozenset of the first display with the same items (source order)
    print(first(), {7, -2, -1, -5}, {-5, -1, -2, 7, 7, -1})
    print({3, -1, 15, -9})
    for y in {-1, -2, -5, 7}:
        print(y, end=" ")
    print()
    loop_first()
    print({1.0, 2.0, -1.0}, {-1.0, 2.0, 1.0}, {(1, -1), (2, 2), (-3, 0)}, {(-3, 0), (2, 2), (1, -1)})
    print({-5, -1, -2, 7})
    a = -5
    print({a, -1, -2, 7})
    print({-1, -2})
    print({-1, -2, -3})
    print({8, 16, 0, 24, 1, 9, 17, 33, -8, -1, 2**40, 7 * 8, 100 - 201})
    print({(1, -1), (-2, 3), (-1, -1), (0, 0)})
    print({1.5, -2.0, 3.25, -1.0, 0.0, 1e100})
    print({True, False, True})
    print({-1, 1, -2, 2, 5, 13, 21, -3, 1 << 33, ~5, +4, 7 // 2, 9 % 4, 3 ** 3})
    s = {-5, -1, -2, 7}
    s.add(-9)
    print(s, sorted(s))
    for x in {31, 15, -1, -2, 63, 7}:
        print(x, end=" ")
    print()
    # a `for` or comprehension iterates the frozenset constant itself
    for x in {-1, -2}:
        print(x, end=" ")
    print()
    print([x for x in {31, 15, -1, -2, 63, 7}], list({31, 15, -1, -2, 63, 7}))
    print({x: 0 for x in {1, 2, 1 << 40, -1, -2, -3, 4}})
    print([(x, y) for x in [1, 2] for y in {-2, -1, 9, 17}])
    t = sum(x for x in {-8, 8, 16, -1})
    print(t, {x * 2 for x in {17, 1, -1}})
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(main(sys.argv))
