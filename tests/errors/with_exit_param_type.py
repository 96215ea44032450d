# `__exit__`'s exc_type and tb must be typed `object` (they only say whether an exception is passed).
class Sw:
    def __enter__(self) -> "Sw":
        return self

    def __exit__(self, exc_type: int, exc: BaseException | None, tb: object) -> bool:
        return True


def main(argv: list[str]) -> int:
    with Sw():
        raise ValueError("x")
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(main(sys.argv))
