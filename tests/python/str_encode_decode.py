# str.encode / bytes.decode: utf-8, ascii, latin-1 (and their aliases),
# error handlers, argument errors


def t(label, f):
    try:
        r = f()
        print(label, repr(r))
    except Exception as e:
        print(label, type(e).__name__, e)


texts = ["", "abc", "é", "aé€", "\U0001F600x", "a\ud800b", "\udc80\udcff", "ab\x80\xff", "€€x€"]
for enc in ["utf-8", "ascii", "latin-1"]:
    for errors in ["strict", "ignore", "replace", "backslashreplace", "xmlcharrefreplace",
                   "surrogateescape", "surrogatepass", "bogus"]:
        for s in texts:
            t("encode %s %s %r" % (enc, errors, s), lambda: s.encode(enc, errors))

datas = [b"", b"abc", b"\xc3\xa9", b"a\xffb", b"\xe2\x82", b"\xe2\x82\xacx\xe2", b"\xf0\x9f\x98\x80",
         b"\xf0\x9f\x98", b"\xed\xa0\x80", b"\xc0\xaf", b"\x80\x80", b"\xf5\x80", b"\xe0\x80\x80",
         b"\xf4\x90\x80\x80", b"abc\xc3"]
for enc in ["utf-8", "ascii", "latin-1"]:
    for errors in ["strict", "ignore", "replace", "backslashreplace", "surrogateescape",
                   "surrogatepass", "xmlcharrefreplace", "bogus"]:
        for b in datas:
            t("decode %s %s %r" % (enc, errors, b), lambda: b.decode(enc, errors))

# round trip through surrogateescape
raw = b"ok\xff\xfe\x80end"
s = raw.decode("utf-8", "surrogateescape")
t("roundtrip", lambda: s.encode("utf-8", "surrogateescape") == raw)

# encoding names
for name in ["UTF-8", "utf8", "UTF_8", "u8", "utf", "Utf 8", "latin1", "Latin-1", "iso-8859-1", "ISO8859_1",
             "l1", "latin", "cp819", "8859", "ASCII", "us-ascii", "646", "us", "nope", ""]:
    t("name %r" % name, lambda: "aé".encode(name, "replace"))
    t("dname %r" % name, lambda: b"a\xe9".decode(name, "replace"))

# defaults and keywords
t("enc-default", lambda: "é".encode())
t("enc-kw", lambda: "é".encode(encoding="latin-1"))
t("enc-kw2", lambda: "é".encode(errors="ignore", encoding="ascii"))
t("enc-errors-only", lambda: "é".encode(errors="replace"))
t("dec-default", lambda: b"\xc3\xa9".decode())
t("dec-kw", lambda: b"\xe9".decode(encoding="latin-1"))
t("dec-kw2", lambda: b"a\xe9".decode(errors="ignore", encoding="ascii"))
t("bytearray-dec", lambda: bytearray(b"\xc3\xa9").decode())
t("bytearray-dec-err", lambda: bytearray(b"\xff").decode())
t("str-bytes", lambda: str(b"\xc3\xa9", "utf-8"))
t("str-bytes-err", lambda: str(b"a\xff", "ascii", "replace"))

# argument errors
t("enc-int", lambda: "a".encode(1))
t("enc-none", lambda: "a".encode(None))
t("enc-err-int", lambda: "a".encode("utf-8", 1))
t("enc-3", lambda: "a".encode("utf-8", "strict", 1))
t("enc-badkw", lambda: "a".encode(encodng="utf-8"))
t("enc-dupkw", lambda: "a".encode("utf-8", encoding="utf-8"))
t("enc-unknown-empty", lambda: "".encode("nope"))
t("dec-int", lambda: b"a".decode(1))
t("dec-none", lambda: b"a".decode(None))
t("dec-err-none", lambda: b"a".decode("utf-8", None))
t("dec-3", lambda: b"a".decode("utf-8", "strict", 1))
t("dec-badkw", lambda: b"a".decode(encodng="utf-8"))
t("dec-unknown-empty", lambda: b"".decode("nope"))
t("unknown-handler-ok", lambda: "abc".encode("ascii", "nope"))
t("unknown-handler-ok2", lambda: b"abc".decode("ascii", "nope"))
