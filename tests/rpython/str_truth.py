def describe(s: str) -> str:
    if s:
        return "nonempty"
    return "empty"


def main(argv: list[str]) -> int:
    print(describe(""), describe("a"))
    n = 3
    while n:
        print(n)
        n -= 1
    xs: list[int] = []
    if not xs:
        print("no items")
    xs.append(1)
    if xs and n == 0:
        print("items")
    return 0

if __name__ == "__main__":
    import sys
    sys.exit(main(sys.argv))
