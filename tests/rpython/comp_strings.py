def main(argv: list[str]) -> int:
    s = "Hello World 123"
    print([c for c in s if c.isalpha()])
    print("".join([c.lower() for c in s if not c.isspace()]))
    print([ord(c) for c in "abc"])
    print("".join([chr(n) for n in [80, 121, 116, 104, 111, 110]]))
    words = "the quick brown fox".split()
    print([w[::-1] for w in words])
    print(" ".join([w.capitalize() for w in words]))
    print([(w, len(w)) for w in words if len(w) > 3])
    digits = [int(c) for c in "90210"]
    print(digits, sum(digits))
    print({c: s.count(c) for c in "lo"})
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(main(sys.argv))
