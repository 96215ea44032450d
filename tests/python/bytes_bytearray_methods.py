# bytearray's mutating methods, slice assignment, +=, *=, and bytes/
# bytearray hex(sep, bytes_per_sep) and fromhex


def t(label, f):
    try:
        r = f()
        print(label, repr(r))
    except Exception as e:
        print(label, type(e).__name__, e)


ba = bytearray(b"abc")
t("append", lambda: ba.append(100))
t("append-bool", lambda: ba.append(True))
t("append-300", lambda: ba.append(300))
t("append-neg", lambda: ba.append(-1))
t("append-big", lambda: ba.append(2 ** 70))
t("append-str", lambda: ba.append("e"))
t("append-bytes", lambda: ba.append(b"e"))
t("append-0", lambda: ba.append())
t("append-2", lambda: ba.append(1, 2))
t("append-kw", lambda: ba.append(item=1))
print(ba)
t("extend-bytes", lambda: ba.extend(b"XY"))
t("extend-list", lambda: ba.extend([49, 50]))
t("extend-range", lambda: ba.extend(range(51, 53)))
t("extend-gen", lambda: ba.extend(x for x in b"!?"))
t("extend-mv", lambda: ba.extend(memoryview(b"mv")))
t("extend-self", lambda: ba.extend(ba[:2]))
t("extend-str", lambda: ba.extend("abc"))
t("extend-int", lambda: ba.extend(5))
t("extend-none", lambda: ba.extend(None))
t("extend-bad-item", lambda: ba.extend([1, 256]))
t("extend-bad-item2", lambda: ba.extend([1, "x"]))
t("extend-0", lambda: ba.extend())
print(ba)
t("insert", lambda: ba.insert(0, 65))
t("insert-neg", lambda: ba.insert(-1, 66))
t("insert-far", lambda: ba.insert(1000, 67))
t("insert-farneg", lambda: ba.insert(-1000, 68))
t("insert-bad", lambda: ba.insert(0, 256))
t("insert-idx-str", lambda: ba.insert("0", 1))
t("insert-1", lambda: ba.insert(0))
t("insert-3", lambda: ba.insert(0, 1, 2))
print(ba)
t("pop", lambda: ba.pop())
t("pop-0", lambda: ba.pop(0))
t("pop-neg", lambda: ba.pop(-2))
t("pop-far", lambda: ba.pop(100))
t("pop-str", lambda: ba.pop("1"))
t("pop-2", lambda: ba.pop(1, 2))
t("pop-empty", lambda: bytearray().pop())
t("pop-empty-idx", lambda: bytearray().pop(0))
print(ba)
t("remove", lambda: ba.remove(ord("X")))
t("remove-miss", lambda: ba.remove(0))
t("remove-bad", lambda: ba.remove(256))
t("remove-bytes", lambda: ba.remove(b"a"))
t("remove-0", lambda: ba.remove())
print(ba)
t("reverse", lambda: ba.reverse())
print(ba)
t("reverse-1", lambda: ba.reverse(1))
c = ba.copy()
t("copy", lambda: (c, c == ba, c is ba, type(c).__name__))
t("copy-1", lambda: ba.copy(1))
t("clear", lambda: c.clear())
print(c, ba)
t("clear-1", lambda: c.clear(1))

# slice assignment
s = bytearray(b"0123456789")
s[2:4] = b"ab"
print(s)
s[2:4] = b"ABCD"
print(s)
s[:2] = []
print(s)
s[::2] = b"xxxxx"
print(s)
t("ext-slice-len", lambda: s.__setitem__(slice(None, None, 2), b"x"))
s[1:1] = bytearray(b"--")
print(s)
s[-1:] = memoryview(b"END")
print(s)
s[3:1] = b"!"
print(s)
s[::-3] = b"12345"
print(s)
t("slice-int", lambda: s.__setitem__(slice(0, 1), 5))
t("slice-str", lambda: s.__setitem__(slice(0, 1), "ab"))
t("slice-badlist", lambda: s.__setitem__(slice(0, 1), [300]))
s[0] = 90
t("item", lambda: s)
t("item-bad", lambda: s.__setitem__(0, 256))
t("item-far", lambda: s.__setitem__(100, 1))
t("item-bytes", lambda: s.__setitem__(0, b"a"))
del s[0]
del s[::2]
print(s)

# += and *=
a = bytearray(b"ab")
alias = a
a += b"cd"
a += bytearray(b"ef")
a += memoryview(b"gh")
print(a, alias is a)
t("iadd-str", lambda: a.__iadd__("x"))
t("iadd-list", lambda: a.__iadd__([1]))
a *= 2
print(a, alias is a)
a *= 0
print(a, alias is a)

# hex with separators
data = bytes(range(0xf9, 0x100)) + b"\x00\x01"
for args in [(), (":",), ("-", 1), (":", 2), (":", -2), (" ", 3), (" ", -3), ("_", 9), ("_", -9),
             (b".", 4), ("|", 0), ("é",), ("::",), ("",), (1,), (None,), ([1],), (bytearray(b":"),),
             (":", "2"), (":", 2 ** 40), (":", 1.0)]:
    t("hex %r" % (args,), lambda: data.hex(*args))
    t("ba.hex %r" % (args,), lambda: bytearray(data).hex(*args))
    t("mv.hex %r" % (args,), lambda: memoryview(data).hex(*args))
t("hex-kw", lambda: data.hex(sep=":", bytes_per_sep=-4))
t("hex-kw-only-per", lambda: data.hex(bytes_per_sep=2))
t("hex-3", lambda: data.hex(":", 1, 1))
t("hex-badkw", lambda: data.hex(separator=":"))
t("hex-empty", lambda: b"".hex(":", 2))
t("hex-one", lambda: b"\xab".hex(":", 2))

# fromhex
for s in ["", " ", "00", "0a0B ff", " 01 02\t03\n04\r05\x0b06\x0c07 ", "abc", "0", "0 1", "zz", "1g",
          "é1", "01é", "01 \u3000 02", "F" * 8]:
    t("fromhex %r" % s, lambda: bytes.fromhex(s))
    t("ba.fromhex %r" % s, lambda: bytearray.fromhex(s))
t("fromhex-bytes", lambda: bytes.fromhex(b"00"))
t("fromhex-int", lambda: bytearray.fromhex(1))
t("fromhex-0", lambda: bytes.fromhex())
t("fromhex-2", lambda: bytes.fromhex("00", "11"))
t("fromhex-kw", lambda: bytes.fromhex(string="00"))
t("fromhex-inst", lambda: b"zz".fromhex("41"))
t("fromhex-ba-inst", lambda: bytearray(b"zz").fromhex("41"))
t("fromhex-roundtrip", lambda: bytes.fromhex(data.hex(" ")) == data)
