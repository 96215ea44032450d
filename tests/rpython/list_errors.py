def main(argv: list[str]) -> int:
    xs = [1, 2, 3]
    try:
        print(xs[3])
    except IndexError as e:
        print("IndexError:", e)
    try:
        xs[-4] = 0
    except IndexError as e:
        print("IndexError:", e)
    empty: list[int] = []
    try:
        empty.pop()
    except IndexError as e:
        print("IndexError:", e)
    try:
        xs.pop(7)
    except IndexError as e:
        print("IndexError:", e)
    try:
        empty.pop(0)
    except LookupError as e:
        print("LookupError:", e)
    return 0

if __name__ == "__main__":
    import sys
    sys.exit(main(sys.argv))
