b = b"  Hello, World  "
print(b.strip(), b.lstrip(), b.rstrip(), b.strip(b" H"), b.upper(), b.lower(), b.swapcase())
print(b"a,b,,c".split(b","), b"a b  c".split(), b"a b c".split(None, 1), b"abc".split(b"b"), b"".split())
print(b"-".join([b"x", b"y"]), b"".join([]), b"ab".replace(b"a", b"zz"), b"aaa".replace(b"a", b"b", 2))
print(b"hello".find(b"l"), b"hello".rfind(b"l"), b"hello".find(b"z"), b"hello".find(108), b"hello".index(b"e"), b"hello".count(b"l"))
print(b"hello".startswith(b"he"), b"hello".endswith((b"x", b"lo")), b"hello".startswith(b"l", 2), b"abc".isalpha(), b"12".isdigit(), b" ".isspace())
print(b"AB".isupper(), b"ab".islower(), b"a1".isalnum(), b"".isalpha(), b"Ab".isupper())
print(b"key=val".partition(b"="), b"a.b.c".rpartition(b"."), b"none".partition(b"="))
print(b"\x00\xff".hex(), bytes.fromhex("de ad be ef"), b"abc".decode("ascii"), b"caf\xc3\xa9".decode())
try:
    b"abc".index(b"z")
except ValueError as e:
    print(type(e).__name__, e)
try:
    bytes.fromhex("zz")
except ValueError as e:
    print(type(e).__name__, e)
try:
    b"a".split(b"")
except ValueError as e:
    print(type(e).__name__, e)
try:
    b"a".join(["s"])
except TypeError as e:
    print(type(e).__name__, e)
print(b"x" * 3, 2 * b"ab", b"a" + b"b", b"ab" < b"b", b"b" in b"abc", 98 in b"abc", len(b"\x00"))
print(bytes(b"x"), bytes(bytearray(b"yz")), bytes(memoryview(b"m")), bytes("é", "utf-8"))
try:
    bytes("x")
except TypeError as e:
    print(type(e).__name__, e)
