# `in` on lists and tuples of optional items: a value, or None.


class P:
    pass


def main(argv: list[str]) -> int:
    ls: list[int | None] = [None, 1, None]
    print(1 in ls, None in ls, 2 in ls, 2 not in ls, None not in ls)
    names: list[str | None] = [None, "a"]
    print("a" in names, "b" in names, None in names)
    fs: list[float | None] = [1.5, None]
    print(1.5 in fs, 2.5 in fs)
    empty: list[int | None] = [3]
    print(None in empty, 3 in empty)
    a = P()
    ps: list[P | None] = [None, a]
    print(a in ps, P() in ps, None in ps)
    t: tuple[int | None, ...] = (None, 4)
    print(4 in t, None in t, 5 in t)
    return 0


if __name__ == "__main__":
    main([])
