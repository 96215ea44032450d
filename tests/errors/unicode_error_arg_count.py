"""`UnicodeDecodeError("bad")`: CPython's constructor takes exactly five
arguments (TypeError "function takes exactly 5 arguments (1 given)")."""


def main(argv: list[str]) -> int:
    try:
        raise UnicodeDecodeError("bad")
    except ValueError as e:
        print(e)
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(main(sys.argv))
