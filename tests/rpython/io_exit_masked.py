def main(argv: list[str]) -> int:
    total = 0
    for i in range(25):
        total += i
    print("total", total)
    return total


if __name__ == "__main__":
    import sys
    sys.exit(main(sys.argv))
