# Argument counts, keywords and types for every named bytes and bytearray
# method: CPython's messages for each calling convention


def row(inst, name):
    m = getattr(inst, name)
    out = []
    for args in ((), (1,), (1, 1), (1, 1, 1), (1, 1, 1, 1), (b"a",), (b"a", b"b"), ("a",), (None,)):
        try:
            r = m(*args)
            out.append("ok " + repr(r)[:40])
        except Exception as e:
            out.append(type(e).__name__ + ": " + str(e))
    # keywords: through the bound method object (CPython's message for the
    # varargs methods count/find/... differs from a direct call there)
    if name not in ("count", "find", "index", "rfind", "rindex", "startswith", "endswith"):
        try:
            m(zz=1)
        except Exception as e:
            out.append("KW " + type(e).__name__ + ": " + str(e))
    return out


for T, inst in ((bytes, b"abc"), (bytearray, bytearray(b"abc"))):
    for name in sorted(dir(T)):
        if name.startswith("__"):
            continue
        print(T.__name__ + "." + name)
        for line in row(inst, name):
            print("   ", line)
    print(inst)


def t(label, f):
    try:
        r = f()
        print(label, repr(r))
    except Exception as e:
        print(label, type(e).__name__, e)


t("count-kw", lambda: b"abc".count(sub=b"a"))
t("ba-find-kw", lambda: bytearray(b"abc").find(b"a", start=1))
t("endswith-kw", lambda: b"abc".endswith(suffix=b"a"))
t("center-kw", lambda: b"abc".center(width=5))
t("pop-kw", lambda: bytearray(b"abc").pop(index=0))
t("unbound-none", lambda: bytes.upper())
t("unbound-int", lambda: bytearray.upper(1))
t("unbound-cross", lambda: bytes.split(bytearray(b"a b")))
t("unbound-cross2", lambda: bytearray.append(b"x", 1))
t("unbound-ok", lambda: bytes.split(b"a b"))
t("find-int", lambda: b"abc".find(98))
t("find-int-big", lambda: b"abc".find(256))
t("find-int-huge", lambda: b"abc".find(2 ** 70))
t("find-neg", lambda: b"abc".find(-1))
t("find-str", lambda: b"abc".find("b"))
t("find-float", lambda: b"abc".find(1.0))
t("find-start-float", lambda: b"abc".find(b"b", 1.0))
t("find-start-big", lambda: b"abc".find(b"b", 2 ** 80))
t("find-start-negbig", lambda: b"abc".find(b"b", -2 ** 80, 2 ** 80))
t("count-empty", lambda: b"abc".count(b""))
t("count-int", lambda: bytearray(b"abcb").count(98, 2))
t("index-miss", lambda: b"abc".index(b"x"))
t("rindex-miss", lambda: bytearray(b"abc").rindex(120))
t("startswith-tuple-lazy", lambda: b"abc".startswith((b"a", 1)))
t("startswith-tuple-bad", lambda: b"abc".startswith((b"x", "a")))
t("startswith-str", lambda: b"abc".startswith("a"))
t("endswith-range", lambda: b"abcdef".endswith(bytearray(b"cd"), 0, 4))
t("replace-str", lambda: b"abc".replace("a", b"b"))
t("replace-count", lambda: b"aaa".replace(b"a", b"b", 2))
t("replace-count-float", lambda: b"aaa".replace(b"a", b"b", 2.0))
t("replace-empty", lambda: bytearray(b"ab").replace(b"", b"-"))
