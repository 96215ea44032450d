class Config:
    def __init__(self) -> None:
        self.name: str | None = None
        self.size: int | None = None
        self.parent: Config | None = None

    def get_name(self) -> str:
        name = self.name
        if name is not None:
            return name
        parent = self.parent
        if parent is not None:
            return parent.get_name()
        return "<unnamed>"


def main(argv: list[str]) -> int:
    base = Config()
    print(base.get_name(), base.name, base.size)
    base.name = "base"
    base.size = 10
    child = Config()
    child.parent = base
    print(child.get_name(), child.size is None, base.size is not None)
    child.name = "child"
    print(child.get_name())
    child.name = None
    print(child.get_name())
    sz = base.size
    if sz is not None:
        print("size doubled", sz * 2)
    grand = Config()
    grand.parent = child
    print(grand.get_name())
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(main(sys.argv))
