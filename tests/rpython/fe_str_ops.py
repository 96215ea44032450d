def main(argv: list[str]) -> int:
    s = "Hello, World"
    print(s[0], s[-1], s[7:], s[:5], s[::2], s[::-1], s[-5:-1], s[100:], s[3:1])
    print("lo" in s, "xyz" not in s, s < "Help", "b" > "a", "abc" <= "abd", "" < "a")
    print("ab" * 3, 2 * "-", ord("A"), chr(0x263A), ord(chr(128512)))
    out: list[str] = []
    for c in "abc":
        out.append(c.upper())
    print(out, "".join(out), "-".join(["a", "b"]))
    t = "\u00e9t\u00e9 \U0001F600!"
    print(len(t), t[4], t[::-1])
    try:
        print(s[50])
    except IndexError as e:
        print("IndexError:", e)
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(main(sys.argv))
