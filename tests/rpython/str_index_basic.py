def main(argv: list[str]) -> int:
    s = "Hello, World"
    print(s[0], s[4], s[-1], s[-5], len(s))
    for i in range(len(s)):
        if s[i] == "o":
            print("o at", i)
    count = 0
    for ch in s:
        if ch >= "A" and ch <= "Z":
            count += 1
    print("capitals:", count)
    rev = ""
    i = len(s) - 1
    while i >= 0:
        rev += s[i]
        i -= 1
    print(rev)
    print(s[0] == "H", s[1] != "e", s[2] < s[3], "a" < "b", "abc" < "abd", "Z" < "a")
    print("ab" < "abc", "" < "a", "b" > "abc", "abc" <= "abc", "abd" >= "abc")
    print("lo" in s, "xyz" in s, "" in s, "W" not in s)
    print(ord(s[0]), chr(ord(s[0]) + 1))
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(main(sys.argv))
