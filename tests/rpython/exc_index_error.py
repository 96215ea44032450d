def get(xs: list[int], i: int) -> str:
    try:
        return str(xs[i])
    except IndexError as e:
        return "IndexError: " + str(e)


def put(xs: list[int], i: int) -> str:
    try:
        xs[i] = 0
        return "ok"
    except IndexError as e:
        return "IndexError: " + str(e)


def main(argv: list[str]) -> int:
    xs = [1, 2, 3]
    print(get(xs, 2), get(xs, -3), get(xs, 3), get(xs, -4))
    print(put(xs, 1), put(xs, 5), put(xs, -9))
    empty: list[int] = []
    try:
        empty.pop()
    except IndexError as e:
        print("pop:", e)
    try:
        xs.pop(10)
    except IndexError as e:
        print("pop(10):", e)
    t: tuple[int, ...] = (1, 2)
    try:
        print(t[2])
    except IndexError as e:
        print("tuple:", e)
    try:
        print("abc"[3])
    except IndexError as e:
        print("str:", e)
    try:
        del xs[7]
    except IndexError as e:
        print("del:", e)
    try:
        xs.insert(100, 9)
        print("insert past end is fine:", xs)
    except IndexError:
        print("not reached")
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(main(sys.argv))
