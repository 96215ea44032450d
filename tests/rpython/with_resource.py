class Registry:
    def __init__(self) -> None:
        self.open_count = 0


class Resource:
    def __init__(self, name: str, reg: Registry) -> None:
        self.name = name
        self.reg = reg
        self.lines: list[str] = []
        self.closed = False

    def __enter__(self) -> "Resource":
        self.reg.open_count += 1
        return self

    def __exit__(self, exc_type: object, exc: BaseException | None, tb: object) -> bool:
        self.reg.open_count -= 1
        self.closed = True
        return False

    def write(self, s: str) -> None:
        if self.closed:
            raise ValueError("I/O operation on closed resource")
        self.lines.append(s)


def main(argv: list[str]) -> int:
    reg = Registry()
    r = Resource("log", reg)
    with r as f:
        f.write("one")
        f.write("two")
        print("open inside:", reg.open_count)
    print("open after:", reg.open_count, r.closed, r.lines)
    try:
        r.write("three")
    except ValueError as e:
        print("ValueError:", e)
    with Resource("a", reg) as a, Resource("b", reg) as b:
        a.write("x")
        b.write("y")
        print("two open:", reg.open_count)
    print(a.closed, b.closed, reg.open_count, a.lines, b.lines)
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(main(sys.argv))
