"""A field inside an f-string's format spec has its own conversion, spec
and `=` text, as on CPython."""


class Width:
    def __init__(self, n: int) -> None:
        self.n = n

    def __str__(self) -> str:
        return str(self.n)

    def __repr__(self) -> str:
        return "1" + str(self.n)


def main(argv: list[str]) -> int:
    x = 3.14159
    y = 5
    w = Width(2)
    print(f"[{x:{y}}]", f"[{x:{y}.{2}}]", f"[{x:>{y * 2}.3f}]")
    print(f"[{x:{w}}]", f"[{x:{w!r}}]", f"[{x:{w!s}.2f}]")
    print(f"[{y:{'>'}{y}}]", f"[{y:{'x'!r:.0}{y}}]")
    print(f"[{y:{y:03}}]", f"[{y:{'<'!s:^1}7}]")
    print(f"[{'ab':{'*^'}{y:d}}]")
    for spec_width in (1, 4, 9):
        print(f"|{'mid':^{spec_width}}|{x:{spec_width}.{spec_width - 1}f}|")
    print(f"{x=}", f"{ x = }", f"{w=!s}", f"{x=:>8.2f}")
    try:
        print(f"[{x:{y=}}]")
    except ValueError as e:
        print("ValueError", e)
    try:
        print(f"[{x:{y:>3}}]")
    except ValueError as e:
        print("ValueError", e)
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(main(sys.argv))
