def main(argv: list[str]) -> int:
    for c in ["a", "A", "0", " ", "\n", "~", "\u00e9", "\u20ac", "\U0001F40D", "\x00"]:
        print(repr(c), ord(c), repr(chr(ord(c))))
    print(chr(97) + chr(98) + chr(99), chr(0x263A), chr(127), repr(chr(127)))
    alphabet = "".join([chr(ord("a") + i) for i in range(26)])
    print(alphabet, len(alphabet))
    print(sum([ord(c) for c in "hello"]))
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(main(sys.argv))
