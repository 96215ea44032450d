# `__exit__`'s exc_type and tb carry no class / traceback: only `is None` tests are allowed.
def show(x: BaseException | None) -> None:
    print("x")


class Sw:
    def __enter__(self) -> "Sw":
        return self

    def __exit__(self, exc_type: object, exc: BaseException | None, tb: object) -> bool:
        if exc_type is not None and tb is not None:
            print(exc_type)
        if exc_type == ValueError:
            return False
        show(tb)
        return exc_type is None


def main(argv: list[str]) -> int:
    with Sw():
        raise ValueError("x")
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(main(sys.argv))
