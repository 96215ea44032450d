def repeat(s: str, n: int) -> str:
    out = ""
    for i in range(n):
        out += s
    return out


def join(words: list[str], sep: str) -> str:
    out = ""
    first = True
    for w in words:
        if not first:
            out += sep
        out += w
        first = False
    return out


def main(argv: list[str]) -> int:
    print(repeat("ab", 3))
    print(join(["x", "y", "z"], ", "))
    print(f"value={len(repeat('q', 4))} ok={True}")
    words: list[str] = []
    words.append("\U0001F40D")
    words.append("snake")
    print(join(words, "-"), len(join(words, "")))
    return 0

if __name__ == "__main__":
    import sys
    sys.exit(main(sys.argv))
