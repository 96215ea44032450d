# Argument counts, keywords and types for every named str method: CPython's
# messages for each calling convention


def row(inst, name):
    m = getattr(inst, name)
    out = []
    for args in ((), (1,), (1, 1), (1, 1, 1), (1, 1, 1, 1), ("a",), ("a", "b"), (None,)):
        try:
            r = m(*args)
            out.append("ok " + repr(r)[:30])
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


for name in sorted(dir(str)):
    if name.startswith("__") or name in ("format", "format_map"):
        continue
    print("str." + name)
    for line in row("abc", name):
        print("   ", line)


def t(label, f):
    try:
        r = f()
        print(label, repr(r))
    except Exception as e:
        print(label, type(e).__name__, e)


# direct calls with keywords
t("count-kw", lambda: "abc".count(sub="a"))
t("find-kw", lambda: "abc".find("a", start=1))
t("startswith-kw", lambda: "abc".startswith(prefix="a"))
t("center-kw", lambda: "abc".center(width=5))
t("upper-kw", lambda: "abc".upper(x=1))
t("join-kw", lambda: "abc".join(iterable=[]))
# unbound descriptors
t("unbound-none", lambda: str.upper())
t("unbound-int", lambda: str.upper(1))
t("unbound-bytes", lambda: str.split(b"a b"))
t("unbound-ok", lambda: str.split("a b"))
t("unbound-find", lambda: str.find("abc", "c"))
t("unbound-join", lambda: str.join(", ", ["a", "b"]))
t("unbound-maketrans", lambda: str.maketrans("a", "b"))
# index arguments
class Idx:
    def __index__(self):
        return 4
t("index-obj", lambda: "ab".center(Idx(), "*"))
t("index-obj-find", lambda: "abcdefg".find("e", Idx()))
t("index-bool", lambda: "ab".ljust(True, "*"))
t("index-float", lambda: "ab".rjust(4.0))
t("index-big", lambda: "ab".zfill(2 ** 70))
