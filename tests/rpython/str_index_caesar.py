def shift(c: str, k: int) -> str:
    o = ord(c)
    if ord("a") <= o <= ord("z"):
        return chr((o - ord("a") + k) % 26 + ord("a"))
    if ord("A") <= o <= ord("Z"):
        return chr((o - ord("A") + k) % 26 + ord("A"))
    return c


def caesar(s: str, k: int) -> str:
    out: list[str] = []
    for i in range(len(s)):
        out.append(shift(s[i], k))
    return "".join(out)


def is_palindrome(s: str) -> bool:
    i = 0
    j = len(s) - 1
    while i < j:
        if s[i] != s[j]:
            return False
        i += 1
        j -= 1
    return True


def main(argv: list[str]) -> int:
    msg = "The Quick Brown Fox, jumps over the lazy dog!"
    for k in [1, 3, 13, 25, -1]:
        enc = caesar(msg, k)
        print(k, enc, caesar(enc, -k) == msg)
    for w in ["racecar", "abba", "abc", "", "x", "\U0001F40Da\U0001F40D"]:
        print(repr(w), is_palindrome(w))
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(main(sys.argv))
