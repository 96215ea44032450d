class FatalError(Exception):
    pass


def fail(depth: int) -> int:
    if depth == 0:
        raise FatalError("something went wrong")
    return fail(depth - 1) + 1


def main(argv: list[str]) -> int:
    print("before")
    fail(3)
    print("after")
    return 0

if __name__ == "__main__":
    import sys
    sys.exit(main(sys.argv))
