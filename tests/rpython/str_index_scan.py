def tokenize(src: str) -> list[str]:
    tokens: list[str] = []
    i = 0
    n = len(src)
    while i < n:
        c = src[i]
        if c == " ":
            i += 1
        elif c >= "0" and c <= "9":
            j = i
            while j < n and src[j] >= "0" and src[j] <= "9":
                j += 1
            tokens.append(src[i:j])
            i = j
        elif c.isalpha() or c == "_":
            j = i
            while j < n and (src[j].isalnum() or src[j] == "_"):
                j += 1
            tokens.append(src[i:j])
            i = j
        else:
            if i + 1 < n and src[i + 1] == "=" and c in "<>=!":
                tokens.append(c + "=")
                i += 2
            else:
                tokens.append(c)
                i += 1
    return tokens


def to_int(s: str) -> int:
    v = 0
    for c in s:
        v = v * 10 + (ord(c) - ord("0"))
    return v


def main(argv: list[str]) -> int:
    toks = tokenize("x1 = 42 + foo_bar*(7 - y) <= 100 != z")
    print(len(toks))
    for t in toks:
        print(repr(t))
    print(to_int("12345") + 1)
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(main(sys.argv))
