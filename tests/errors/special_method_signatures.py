# Special methods whose types the translator cannot give CPython's meaning.
class A:
    def __bool__(self) -> int:
        return 2

    def __len__(self) -> bool:
        return True

    def __repr__(self) -> int:
        return 5

    def __str__(self) -> None:
        pass

    def __hash__(self) -> float:
        return 1.5

    def __eq__(self, o: int) -> bool:
        return True

    def __ne__(self, o: "A") -> int:
        return 1

    def __lt__(self) -> bool:
        return True

    def __contains__(self, x: int, y: int) -> int:
        return 5

    def __enter__(self) -> "A":
        return self

    def __exit__(self, a: object, b: BaseException | None, c: object) -> str:
        return "yes"


def main(argv: list[str]) -> int:
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(main(sys.argv))
