def find(xs: list[str], target: str) -> str | None:
    for i in range(len(xs)):
        if xs[i] == target:
            return xs[i] + "!"
    return None


def main(argv: list[str]) -> int:
    xs = ["a", "b"]
    print(find(xs, "b"), find(xs, "z"))
    r = find(xs, "q")
    print(f"{r}", str(r), repr(r), "%s" % r)
    print(None)
    print(True, False, str(True), repr(False), f"{True}", "%s" % False)
    print(f"{str(True):>6}|{False!r:<6}|")
    print(int(True) + 1, int(False))
    name: str | None = None
    print(f"name={name}")
    name = "set"
    print(f"name={name}")
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(main(sys.argv))
