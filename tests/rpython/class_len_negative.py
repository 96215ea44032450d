# A negative __len__ makes len(), bool() and truth tests raise
# ValueError('__len__() should return >= 0'), also when the __len__ is
# found on the dynamic class of an object typed as its base.


class A:
    def __init__(self, n: int) -> None:
        self.n = n

    def __len__(self) -> int:
        return self.n


class Base:
    pass


class Sized(Base):
    def __len__(self) -> int:
        return -5


def probe(a: A) -> None:
    try:
        print(len(a))
    except ValueError as e:
        print("len:", e)
    try:
        print(bool(a))
    except ValueError as e:
        print("bool:", e)
    try:
        if a:
            print("true")
        else:
            print("false")
    except ValueError as e:
        print("if:", e)
    try:
        print(not a, "y" if a else "n")
    except ValueError as e:
        print("not:", e)


def main(argv: list[str]) -> int:
    for n in [2, 0, -1]:
        probe(A(n))
    b: Base = Sized()
    try:
        print(bool(b))
    except ValueError as e:
        print("base:", e)
    print(bool(Base()))
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(main(sys.argv))
