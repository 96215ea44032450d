# Class constants read through an instance use the object's class
# (CPython looks the name up in type(obj)), also when a subclass redefines
# a constant or a value evaluated at start; reads through the class name
# stay static.


class A:
    NAME = "A"
    KINDS = ["a"]
    SIZE = 1
    ONLY = 7

    def name(self) -> str:
        return self.NAME

    def describe(self) -> str:
        return self.NAME + ":" + ",".join(self.KINDS) + ":" + str(self.SIZE * 10)


class B(A):
    NAME = "B"
    KINDS = ["b", "bb"]


class C(B):
    SIZE = 3


class D(C):
    pass


class E(A):
    KINDS = ["e"]
    NAME = "E"


def show(a: A) -> str:
    return a.NAME + "/" + str(a.SIZE) + "/" + str(a.ONLY)


def main(argv: list[str]) -> int:
    b = B()
    print(b.name(), b.NAME)
    x: A = B()
    print(x.NAME, A.NAME, B.NAME, C.NAME, C.SIZE)
    objs: list[A] = [A(), B(), C(), D(), E()]
    for o in objs:
        print(o.name(), o.describe(), show(o))
    c: B = D()
    print(c.NAME, c.SIZE, c.KINDS)
    D.KINDS.append("shared")
    print(b.KINDS, c.KINDS, A.KINDS)
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(main(sys.argv))
