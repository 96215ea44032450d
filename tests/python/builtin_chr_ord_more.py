print(chr(0) == "\x00", chr(97), chr(0x10FFFF) == "\U0010ffff", chr(233), ord("é"), ord("\U0001f600"), ord(b"a"), ord(bytearray(b"z")))
for bad in [-1, 0x110000]:
    try:
        chr(bad)
    except ValueError as e:
        print(type(e).__name__, e)
try:
    chr("a")
except TypeError as e:
    print(type(e).__name__, e)
for bad in ["", "ab", b"ab"]:
    try:
        ord(bad)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    ord(5)
except TypeError as e:
    print(type(e).__name__, e)
print("".join(chr(ord(c) + 1) for c in "HAL"))
