# A lone surrogate written as an escape in a str literal keeps its code
# point, as a run-time one (chr(0xd800)) does.

GLOBAL = "g\udfff"


class K:
    TAG = "\ud83d!"


def main(argv: list[str]) -> int:
    s = "a\ud800b"
    print(repr(s), len(s), ord(s[1]), s == "a" + chr(0xD800) + "b")
    print(repr("\U0000dc80" "x\ud7ff\ue000" r"\ud800"), len("\\ud800"))
    print(repr("\ufffd\udbff\N{REPLACEMENT CHARACTER}\ud800"))
    print(repr(GLOBAL), repr(K.TAG))
    print("\ud800" in s, s.find("\ud800"), s.split("\ud800"))
    d = {"\udc00": 1}
    w = "\ud801"
    print(d.get(chr(0xDC00)), f"{s!r}-{w!r}")
    print(repr(f"<\ud802{len(s)}\udc03>" "\udc04"), repr(rf"\ud800{w}"))
    try:
        print(s.encode())
    except UnicodeEncodeError as e:
        print("UnicodeEncodeError", e)
    print(s.encode("utf-8", "replace"), repr(s.upper()))
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(main(sys.argv))
