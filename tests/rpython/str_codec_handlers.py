"""Codec names as CPython's lookup normalizes them (aliases, case,
punctuation) and the error handlers of str.encode / bytes.decode."""


def enc(s: str, name: str, errors: str) -> str:
    try:
        return repr(s.encode(name, errors))
    except UnicodeEncodeError as e:
        return "UnicodeEncodeError " + str(e)
    except LookupError as e:
        return "LookupError " + str(e)


def dec(b: bytes, name: str, errors: str) -> str:
    try:
        return ascii(b.decode(name, errors))
    except UnicodeDecodeError as e:
        return "UnicodeDecodeError " + str(e)
    except LookupError as e:
        return "LookupError " + str(e)


def main(argv: list[str]) -> int:
    names = ["U8", "utf", "UTF_8", "Utf 8", "utf--8", "utf8_ucs4", "cp65001", "646", "us",
             "cp367", "ANSI_X3.4-1968", "iso646-us", "latin", "L1", "cp819", "8859",
             "ISO-8859-1", "Latin-1 ", "iso_ir_100", "ebcdic", "", "-"]
    for n in names:
        print(repr(n), enc("a\xe9", n, "strict"), dec(b"a\xe9", n, "replace"))
    handlers = ["strict", "ignore", "replace", "backslashreplace", "xmlcharrefreplace",
                "surrogateescape", "bogus"]
    texts = ["a\xe9\u20ac\U0001f600\udc80b", "plain", "x\udc80\udcff\ud800y", "\udcc3\udca9",
             "x\udc80\ud800\ud801y", "x\ud800\udc80y"]
    for h in handlers:
        for codec in ["ascii", "latin-1", "utf-8"]:
            for t in texts:
                print(h, codec, enc(t, codec, h))
    data = [b"a\xe9\x80\xf0\x9f\x98b\xff", b"ok", b"\xc3\xa9\xed\xa0\x80", b"\xe2\x82"]
    for h in ["strict", "ignore", "replace", "backslashreplace", "surrogateescape", "bogus"]:
        for codec in ["ascii", "utf-8", "latin-1"]:
            for d in data:
                print(h, codec, dec(d, codec, h))
    raw = b"caf\xc3\xa9 \xff\xfe"
    back = raw.decode("utf-8", "surrogateescape").encode("utf-8", "surrogateescape")
    print(back == raw, repr(back))
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(main(sys.argv))
