"""`%` formatting with a mapping: `%(key)s` looks the key up, a spec
without a key formats the whole mapping; a dict display may mix value
types; a missing key raises KeyError."""


class Point:
    def __init__(self, x: int, y: int) -> None:
        self.x = x
        self.y = y

    def __repr__(self) -> str:
        return "Point(%(x)d, %(y)d)" % {"x": self.x, "y": self.y}


def trace(s: str) -> str:
    print("evaluating", s)
    return s


def main(argv: list[str]) -> int:
    name = "Ada"
    age = 36
    print("%(name)s is %(age)d" % {"name": name, "age": age})
    print("%(age)05d|%(age)-6d|%(age)x|%(score).2f|%(score)r|%(name)r" % {"name": name, "age": age, "score": 9.5})
    ages: dict[str, int] = {"bob": 7, "eve": 12}
    print("bob=%(bob)d eve=%(eve)3d bob again=%(bob)s" % ages)
    labels: dict[str, str] = {"a": "alpha", "b": "beta"}
    print("%(a)s/%(b)s/%(a)10s|" % labels)
    print("all: %s" % labels)
    print("%s and %(a)s" % labels)
    try:
        print("%(a)s and %s" % labels)
    except TypeError as e:
        print("TypeError", e)
    print("no keys: %s" % {"k": 1}, "%d%%" % 50)
    try:
        print("%s %s" % {"k": 1})
    except TypeError as e:
        print("TypeError", e)
    print("%(x)s %(y)s" % {"x": trace("first"), "y": trace("second"), "z": trace("unused")})
    print("%(x)s" % {"x": 1, "x": "dup"})
    print("%(n)s %(n)r" % {"n": None})
    print(Point(3, -4), [Point(1, 2)])
    print("%(p)s|%(p)r" % {"p": Point(5, 6)})
    print("%(weird key)s %((nested))s" % {"weird key": 1, "(nested)": 2})
    try:
        print("%(missing)s" % {"present": 1})
    except KeyError as e:
        print("KeyError", e)
    try:
        print("%(missing)s" % ages)
    except KeyError as e:
        print("KeyError", e)
    try:
        print("%(age)d" % {"age": "old"})
    except TypeError as e:
        print("TypeError", e)
    try:
        print("%(a)s" % (1, 2))
    except TypeError as e:
        print("TypeError", e)
    try:
        print("%(a" % {"a": 1})
    except ValueError as e:
        print("ValueError", e)
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(main(sys.argv))
