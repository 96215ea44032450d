def find_factor(n: int) -> int:
    for d in range(2, n):
        if d * d > n:
            break
        if n % d == 0:
            return d
    else:
        return -2
    return -1


def first_negative(xs: list[int]) -> str:
    for i, x in enumerate(xs):
        if x < 0:
            print("found at", i)
            break
    else:
        print("no negatives")
        return "none"
    return "some"


def main(argv: list[str]) -> int:
    for n in [2, 9, 13, 25, 97, 91]:
        print(n, find_factor(n))
    print(first_negative([1, 2, -3, 4]))
    print(first_negative([1, 2]))
    print(first_negative([]))
    for i in range(3):
        pass
    else:
        print("loop done")
    for w in ["a", "b"]:
        if w == "z":
            break
    else:
        print("no z")
    for outer in range(3):
        for inner in range(3):
            if inner == outer:
                continue
            if inner > 1:
                break
        else:
            print("inner completed for", outer)
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(main(sys.argv))
