class Sym:
    def __init__(self, name: str) -> None:
        self.name = name


def main(argv: list[str]) -> int:
    a = Sym("a")
    b = Sym("b")
    a2 = Sym("a")
    values: dict[Sym, int] = {}
    values[a] = 1
    values[b] = 2
    values[a2] = 3
    print(len(values), values[a], values[b], values[a2])
    print(a in values, Sym("a") in values)
    values[a] += 10
    for s, v in values.items():
        print(s.name, v)
    del values[b]
    print(len(values), b in values)
    seen: set[Sym] = set()
    seen.add(a)
    seen.add(a)
    seen.add(a2)
    print(len(seen), a in seen, b in seen)
    syms: list[Sym] = []
    for i in range(50):
        syms.append(Sym("s" + str(i)))
    index: dict[Sym, int] = {}
    for i in range(50):
        index[syms[i]] = i
    ok = True
    for i in range(50):
        if index[syms[i]] != i:
            ok = False
    print(ok, len(index))
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(main(sys.argv))
