from modhelper_text import shout, words, join_all, SEPARATOR
from modhelper_geometry import Point, add


def main(argv: list[str]) -> int:
    ws = words("the quick brown fox")
    print(ws, len(ws))
    print(join_all([shout(w) for w in ws]))
    print(repr(SEPARATOR))
    p = add(Point(1, 2), Point(10, 20))
    print(p, p.x + p.y)
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(main(sys.argv))
