# `==` on a base class may call a subclass's `__eq__` with any instance of
# the base: its parameter must accept the base. `!=` would call a
# subclass's `__ne__` the base lacks (not modelled).
class A:
    pass


class B(A):
    def __eq__(self, o: "B") -> bool:
        return True


class C:
    pass


class D(C):
    def __ne__(self, o: C) -> bool:
        return True


def eq(x: A) -> bool:
    return x == A()


def ne(x: C) -> bool:
    return x != C()


def main(argv: list[str]) -> int:
    print(eq(B()), ne(D()))
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(main(sys.argv))
