"""`d1 | d2` and `d1 |= d2` on dicts (3.9), and the keyword forms of
`int(s, base=...)` and `round(number=..., ndigits=...)`."""
import sys


def trace(log: list[str], s: str) -> str:
    log.append(s)
    return s


def main(argv: list[str]) -> int:
    d1 = {"a": 1, "b": 2}
    d2 = {"b": 3, "c": 4}
    empty: dict[str, int] = {}
    print(d1 | d2, d2 | d1, d1 | empty, empty | d1, d1 | d1)
    alias = d1
    d1 |= d2
    print(d1, alias, alias is d1)
    e: dict[int, str] = {}
    e |= {3: "c", 1: "a"}
    e |= e
    print(e, len(e))
    del d1["a"]
    d1["a"] = 9
    print(d1 | {"b": 0}, {"z": 0} | d1)
    n = {(1, 2): [1], (0, 0): [2]}
    m = n | {(1, 2): [3]}
    m[(1, 2)].append(4)
    print(n, m)
    print(int("ff", base=16), int("0o17", base=0), int("z", base=36), int(" 1_0 ", base=2))
    for s in ["12", "0x1g", "9"]:
        try:
            print(int(s, base=8))
        except ValueError as err:
            print("ValueError", err)
    log: list[str] = []
    print(int(trace(log, "7"), base=len(trace(log, "0123456789"))), log)
    print(round(2.567, ndigits=2), round(number=2.5), round(number=1234, ndigits=-2), round(ndigits=1, number=2.25))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
