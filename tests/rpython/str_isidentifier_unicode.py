# str.isidentifier over every code point: XID_Start / XID_Continue as CPython
# (one-char strings, 'a' + c, c + 'a'); prints where the answers change.


def transitions(kind: int) -> list[int]:
    out: list[int] = []
    prev = False
    for cp in range(0x110000):
        if 0xD800 <= cp < 0xE000:
            continue
        c = chr(cp)
        if kind == 0:
            cur = c.isidentifier()
        elif kind == 1:
            cur = ("a" + c).isidentifier()
        else:
            cur = (c + "_1").isidentifier()
        if cur != prev:
            out.append(cp)
            prev = cur
    return out


def main(argv: list[str]) -> int:
    print("Ⅻ".isidentifier(), "x\u0327".isidentifier(), "℘".isidentifier(), "x\u00b7".isidentifier())
    print("".isidentifier(), "_".isidentifier(), "1a".isidentifier(), "a1".isidentifier(), "é_ü".isidentifier())
    for kind in range(3):
        t = transitions(kind)
        print(kind, len(t))
        line = ""
        for cp in t:
            line += " " + hex(cp)
            if len(line) > 70:
                print(line)
                line = ""
        if line != "":
            print(line)
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(main(sys.argv))
