def check_positive(n: int) -> int:
    assert n > 0, "n must be positive, got " + str(n)
    return n


def check_bare(n: int) -> int:
    assert n != 0
    return 100 // n


def main(argv: list[str]) -> int:
    print(check_positive(5))
    try:
        check_positive(-2)
    except AssertionError as e:
        print("AssertionError:", e)
    print(check_bare(4))
    try:
        check_bare(0)
    except AssertionError as e:
        print("bare AssertionError:", repr(str(e)))
    xs = [1, 2, 3]
    assert len(xs) == 3
    assert xs, "non-empty"
    try:
        assert xs[0] == 2, f"first is {xs[0]}"
    except AssertionError as e:
        print("f-string message:", e)
    assert False, "fatal assertion"
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(main(sys.argv))
