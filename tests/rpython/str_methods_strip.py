def main(argv: list[str]) -> int:
    samples = ["  both  ", "\t\ntabs\n\t", "none", "", "   ", "xxhixx", "  inner  space  "]
    for s in samples:
        print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()))
    print(repr("xxhixx".strip("x")), repr("xyhiyx".strip("xy")), repr("abcba".lstrip("ab")))
    print(repr("abcba".rstrip("ab")), repr("hello".strip("")), repr("aaa".strip("a")))
    print(repr("www.example.com".strip("cmowz.")))
    print(repr("  \u00a0nbsp\u3000 ".strip()))
    line = "   key  =  value   "
    eq = line.find("=")
    print(repr(line[:eq].strip()), repr(line[eq + 1:].strip()))
    print(repr("0042".lstrip("0")), repr("3.1400".rstrip("0")), repr("0000".lstrip("0")))
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(main(sys.argv))
