def count(start: int, stop: int, step: int) -> int:
    n = 0
    for i in range(start, stop, step):
        n += 1
    return n


def main(argv: list[str]) -> int:
    print(count(0, 10, 3))
    print(count(10, 0, -1))
    try:
        print(count(0, 10, 0))
    except ValueError as e:
        print("ValueError:", e)
    return 0

if __name__ == "__main__":
    import sys
    sys.exit(main(sys.argv))
