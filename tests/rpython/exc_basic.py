class MyError(Exception):
    pass


def check(n: int) -> int:
    if n < 0:
        raise ValueError("negative: " + str(n))
    if n == 0:
        raise MyError("zero")
    if n > 100:
        raise MyError()
    return n * 2


def main(argv: list[str]) -> int:
    for n in [5, -1, 0, 1000]:
        try:
            print("ok", check(n))
        except ValueError as e:
            print("ValueError", e)
        except MyError as e:
            print("MyError", "[" + str(e) + "]")
    return 0

if __name__ == "__main__":
    import sys
    sys.exit(main(sys.argv))
