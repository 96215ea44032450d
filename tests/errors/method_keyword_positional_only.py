# Methods of builtin types that CPython gives positional parameters only.
def main(argv: list[str]) -> int:
    print("xax".strip(chars="x"))
    d = {"a": 1}
    print(d.get(key="a"))
    xs = [3, 1, 2]
    print(xs.index(value=1))
    print(xs.pop(index=0))
    xs.insert(index=0, object=3)
    t: tuple[int, ...] = (1, 2)
    print(t.count(value=1))
    s = {1}
    s.add(elem=2)
    print(b"abc".find(sub=b"b"))
    print((5).bit_length(x=1))
    print("a b".split(" ", limit=1))
    print(",".join(iterable=["a"]))
    d.update(b=2)
    xs.insert(1)
    print(t.index(1, 0, 2, 3))
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(main(sys.argv))
