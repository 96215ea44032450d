def main(argv: list[str]) -> int:
    i = 0
    total = 0
    while i < 10:
        i += 1
        if i == 3:
            continue
        if i == 8:
            break
        total += i
    print(i, total)
    n = 0
    while True:
        n += 1
        if n * n > 50:
            break
    print(n)
    k = 0
    while k < 3:
        j = 0
        while j < 3:
            if j == k:
                j += 1
                continue
            print(k, j)
            j += 1
        k += 1
    return 0

if __name__ == "__main__":
    import sys
    sys.exit(main(sys.argv))
