class Expr:
    def eval(self) -> int:
        return 0


class Num(Expr):
    def __init__(self, v: int) -> None:
        self.v = v

    def eval(self) -> int:
        return self.v


class Add(Expr):
    def __init__(self, a: Expr, b: Expr) -> None:
        self.a = a
        self.b = b

    def eval(self) -> int:
        return self.a.eval() + self.b.eval()


def show(e: Expr) -> str:
    if isinstance(e, Num):
        return str(e.v)
    elif isinstance(e, Add):
        return "(" + show(e.a) + " + " + show(e.b) + ")"
    return "?"


def main(argv: list[str]) -> int:
    e = Add(Num(1), Add(Num(2), Num(3)))
    print(show(e), "=", e.eval())
    print(isinstance(e, Expr), isinstance(e, Num))
    return 0

if __name__ == "__main__":
    import sys
    sys.exit(main(sys.argv))
