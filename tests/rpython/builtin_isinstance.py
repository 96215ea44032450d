class A:
    pass


class B(A):
    pass


class C(B):
    pass


class MyError(ValueError):
    pass


def main(argv: list[str]) -> int:
    objs: list[A] = [A(), B(), C()]
    for o in objs:
        print(isinstance(o, A), isinstance(o, B), isinstance(o, C))
    e: Exception = MyError("m")
    print(isinstance(e, MyError), isinstance(e, ValueError), isinstance(e, Exception), isinstance(e, KeyError))
    k: Exception = KeyError("k")
    print(isinstance(k, LookupError), isinstance(k, IndexError), isinstance(k, BaseException))
    x: A | None = None
    print(isinstance(x, A))
    x = C()
    print(isinstance(x, B))
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(main(sys.argv))
