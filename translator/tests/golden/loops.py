def main(argv: list[str]) -> int:
    total = 0
    for i in range(1, 10, 2):
        if i == 7:
            break
        total += i
    xs = [1, 2]
    for x in xs:
        total += x
    while total > 0 and total % 2 == 0:
        total -= 3
    return total

if __name__ == "__main__":
    import sys
    sys.exit(main(sys.argv))
