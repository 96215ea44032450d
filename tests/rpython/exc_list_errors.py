def main(argv: list[str]) -> int:
    xs = [3, 1, 2]
    try:
        xs.remove(9)
    except ValueError as e:
        print("remove:", e)
    try:
        print(xs.index(7))
    except ValueError as e:
        print("index:", e)
    words = ["a"]
    try:
        words.index("zz")
    except ValueError as e:
        print("index str:", e)
    try:
        print(max(xs[:0]))
    except ValueError as e:
        print("max:", e)
    try:
        print(min(xs[3:]))
    except ValueError as e:
        print("min:", e)
    try:
        print("abc".index("d"))
    except ValueError as e:
        print("str.index:", e)
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(main(sys.argv))
