def main(argv: list[str]) -> int:
    print("a b  c".split())
    print("  leading and trailing  ".split())
    print("".split(), " ".split(), "one".split())
    print("a,b,,c".split(","), ",".split(","), "".split(","))
    print("a::b::c".split("::"), "abc".split("abc"))
    print("a b c d".split(" ", 1), "a b c d".split(" ", 2), "a b c d".split(" ", 0))
    print("  a  b  c  ".split(None, 1), "a,b,c".split(",", -1))
    print("a b c d".rsplit(" ", 1), "a,b,c".rsplit(","), "  x  y  z ".rsplit(None, 1))
    print("a.b.c".rsplit(".", 5), "no sep".rsplit("/", 1))
    print("line1\nline2\r\nline3".split("\n"))
    print("\ttab\nnew  line\r\x0bvt".split())
    words = "the quick brown fox jumps over the lazy dog".split()
    print(len(words), words[2], words[-1])
    path = "/usr/local/lib/python3"
    parts = path.split("/")
    print(parts, len(parts))
    print("/".join(parts[:-1]))
    print(", ".join(["x", "y", "z"]), "".join(["a", "b"]), "-".join([]), "+".join(["solo"]))
    print(" ".join(words[:3]))
    print("\U0001F40D".join(["a", "b", "c"]))
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(main(sys.argv))
