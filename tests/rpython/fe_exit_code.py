import sys


def check(n: int) -> None:
    if n > 2:
        print("too big")
        sys.exit(n * 2)


def main(argv: list[str]) -> int:
    try:
        check(1)
        check(5)
    except Exception:
        print("not caught here")
    finally:
        print("finally runs")
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(main(sys.argv))
