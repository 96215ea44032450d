s = "abcdefgh"
print(s[0], s[-1], s[2:5], s[:3], s[5:], s[::2], s[::-1], s[-3:], s[10:], s[1:100])
print(len(s), s * 2, "-" * 10, 3 * "ab", s + "!", "cd" in s, "xy" not in s)
print(ord("A"), chr(97), chr(0x263A), ord("€"), "a" < "b", "abc" < "abd", "Z" < "a")
print(sorted("hello"), list("abc"), tuple("xy"), set("aa") == {"a"})
try:
    s[20]
except IndexError as e:
    print(e)
try:
    s[0] = "x"
except TypeError as e:
    print(e)
words = "the quick brown fox".split()
print(max(words, key=len), min(words), sorted(words, key=lambda w: w[-1]))
print("".join(c.upper() if i % 2 else c for i, c in enumerate("alternate")))
u = "naïve café ☃"
print(len(u), u.upper(), u.encode("utf-8"), u.encode("utf-8").decode("utf-8") == u)
print(b"abc", b"a\x00\xff", len(b"abc"), b"abc"[1], b"abc"[1:], list(b"hi"), b"x" + b"y", bytes([65, 66]))
print(str(b"q", "ascii"), "é".encode(), b"caf\xc3\xa9".decode())
