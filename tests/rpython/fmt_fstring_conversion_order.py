# An f-string field with a conversion and a nested spec: the spec is
# evaluated first, then the conversion runs (CPython builds the spec first).
class P:
    def __init__(self, v: int) -> None:
        self.v = v

    def __repr__(self) -> str:
        return "P(" + str(self.v) + ")"


def width(p: P) -> int:
    p.v += 100
    return 12


def main(argv: list[str]) -> int:
    p = P(1)
    print(f"[{p!r:>{width(p)}}]")
    print(f"[{p!s:<{width(p)}}|{p!a:^{width(p)}}]")
    print(f"[{p!r:{'>'}{width(p)}}]")
    w = 9
    print(f"[{p!r:>{w}}]", f"{3.5!r:{w}}")
    return 0


if __name__ == "__main__":
    main([])
