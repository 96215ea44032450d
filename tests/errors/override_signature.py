class Base:
    def size(self) -> int:
        return 1


class Derived(Base):
    def size(self, scale: int) -> int:
        return scale


def main(argv: list[str]) -> int:
    return Derived().size(2)

if __name__ == "__main__":
    import sys
    sys.exit(main(sys.argv))
