def noisy(name: str, value: bool) -> bool:
    print("eval", name)
    return value


def main(argv: list[str]) -> int:
    print(noisy("a", False) and noisy("b", True))
    print(noisy("c", True) or noisy("d", True))
    print(noisy("e", True) and noisy("f", False))
    print(not noisy("g", False))
    if noisy("h", True) and (noisy("i", False) or noisy("j", True)):
        print("yes")
    t = True
    f = False
    print(t == f, t != f, t == True)
    return 0

if __name__ == "__main__":
    import sys
    sys.exit(main(sys.argv))
