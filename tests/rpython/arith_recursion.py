def fib(n: int) -> int:
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


def is_even(n: int) -> bool:
    if n == 0:
        return True
    return is_odd(n - 1)


def is_odd(n: int) -> bool:
    if n == 0:
        return False
    return is_even(n - 1)


def gcd(a: int, b: int) -> int:
    while b != 0:
        a, b = b, a % b
    return a


def main(argv: list[str]) -> int:
    print(fib(20))
    print(is_even(10), is_odd(7), is_even(3))
    print(gcd(1071, 462))
    return fib(4)

if __name__ == "__main__":
    import sys
    sys.exit(main(sys.argv))
