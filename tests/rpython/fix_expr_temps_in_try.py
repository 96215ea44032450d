# Temporaries of `or`, `and` and conditional expressions evaluated on one
# path only, inside and before `try` blocks (the handler must not see them).


class Box:
    def __init__(self, v: str) -> None:
        self.v = v


def lookup(d: dict[str, Box], k: str) -> Box | None:
    return d.get(k, None)


def pick(d: dict[str, Box], xs: list[Box]) -> str:
    if len(xs) >= 2 or lookup(d, "enc") is not None:
        enc = xs[1].v if len(xs) > 1 else (lookup(d, "enc") or Box("utf-8")).v
        try:
            return enc + "!" + str(int(enc))
        except ValueError as e:
            return "bad: " + str(e)
    return "none"


def both(d: dict[str, Box]) -> str:
    a = lookup(d, "a")
    if a is not None and (lookup(d, "b") or Box("dflt")).v == "dflt":
        try:
            return "a without b: " + a.v
        except KeyError:
            return "unreachable"
    return "other"


def main(argv: list[str]) -> int:
    d: dict[str, Box] = {}
    print(pick(d, [Box("a"), Box("12")]))
    print(pick(d, [Box("a"), Box("x")]))
    d["enc"] = Box("7")
    print(pick(d, [Box("a")]))
    print(pick({}, [Box("a")]))
    print(both({"a": Box("1")}))
    print(both({"a": Box("1"), "b": Box("2")}))
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(main(sys.argv))
