class Tag:
    def __init__(self, name: str) -> None:
        self.name = name

    def __enter__(self) -> "Tag":
        print("<" + self.name + ">")
        return self

    def __exit__(self, exc_type: object, exc: BaseException | None, tb: object) -> bool:
        print("</" + self.name + ">")
        return exc is not None and isinstance(exc, KeyError)


def main(argv: list[str]) -> int:
    with Tag("a") as t:
        print("inside", t.name)
    with Tag("b"):
        raise KeyError("swallowed")
    try:
        with Tag("c"):
            raise ValueError("passes")
    except ValueError as e:
        print("caught", e)
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(main(sys.argv))
