def search(xs: list[int], target: int) -> int:
    lo = 0
    hi = len(xs) - 1
    mid = -1
    while lo <= hi:
        mid = (lo + hi) // 2
        if xs[mid] == target:
            break
        elif xs[mid] < target:
            lo = mid + 1
        else:
            hi = mid - 1
    else:
        return -1
    return mid


def main(argv: list[str]) -> int:
    data = [1, 3, 5, 7, 9, 11, 13]
    for t in [1, 7, 13, 4, 0, 20]:
        print(t, search(data, t))
    n = 0
    while n < 3:
        n += 1
    else:
        print("while else ran, n =", n)
    k = 10
    while k > 0:
        k -= 3
        if k == 4:
            print("breaking at 4")
            break
    else:
        print("not printed")
    count = 0
    while True:
        count += 1
        if count % 2 == 1:
            continue
        if count > 8:
            break
    print("count", count)
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(main(sys.argv))
