# A call through a base-typed variable uses the defaults of the method
# actually called (the override's), as CPython does.


def trace(s: str) -> int:
    print("arg", s)
    return len(s)


class A:
    def f(self, x: int = 1, tag: str = "a") -> str:
        return "A" + str(x) + tag

    def g(self, y: float = 0.5) -> float:
        return y

    def h(self, z: str | None = None) -> str:
        return "A" + str(z)


class B(A):
    def f(self, x: int = 2, tag: str = "a") -> str:
        return "B" + str(x * 10) + tag

    def h(self, z: str | None = "bz") -> str:
        return "B" + str(z)


class C(B):
    def f(self, x: int = 3, tag: str = "c") -> str:
        return "C" + str(x) + tag


class D(A):
    def g(self, y: float = 1.5) -> float:
        return y * 2


def make(i: int) -> A:
    print("make", i)
    if i == 0:
        return A()
    if i == 1:
        return B()
    if i == 2:
        return C()
    return D()


def main(argv: list[str]) -> int:
    a: A = B()
    print(a.f())
    for i in range(4):
        o = make(i)
        print(o.f(), o.f(5), o.f(tag="t"), o.f(x=7), o.g(), o.h())
        print(make(i).f(trace("xyz")))
    b: B = C()
    print(b.f(), b.h(), B().f(), C().f(1))
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(main(sys.argv))
