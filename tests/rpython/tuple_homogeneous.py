def total(xs: tuple[int, ...]) -> int:
    s = 0
    for x in xs:
        s += x
    return s


def main(argv: list[str]) -> int:
    primes: tuple[int, ...] = (2, 3, 5, 7, 11, 13)
    print(primes, len(primes), total(primes))
    print(primes[0], primes[-1], primes[1:3], primes[::2], primes[::-1])
    print(7 in primes, 8 in primes, 9 not in primes)
    names: tuple[str, ...] = ("x", "y")
    print(names + ("z",), names * 2)
    lst = list(primes)
    lst.append(17)
    back = tuple(lst)
    print(back, len(back))
    empty: tuple[int, ...] = ()
    print(empty, len(empty), total(empty))
    for i, p in enumerate(primes):
        if i % 2 == 0:
            print(i, p)
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(main(sys.argv))
