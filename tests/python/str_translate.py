# str.translate and str.maketrans: tables, results and errors


def t(label, f):
    try:
        r = f()
        print(label, repr(r))
    except Exception as e:
        print(label, type(e).__name__, e)


# maketrans: one dict argument
t("mk1", lambda: str.maketrans({"a": "x", 98: None, "c": 100, 0x263a: "smile"}))
t("mk1-empty", lambda: str.maketrans({}))
t("mk1-obj", lambda: str.maketrans({"a": [1]}))
t("mk1-longkey", lambda: str.maketrans({"ab": 1}))
t("mk1-emptykey", lambda: str.maketrans({"": 1}))
t("mk1-badkey", lambda: str.maketrans({1.5: 1}))
t("mk1-notdict", lambda: str.maketrans("ab"))
t("mk1-list", lambda: str.maketrans([("a", "b")]))
# two and three arguments
t("mk2", lambda: str.maketrans("abc", "xyz"))
t("mk2-empty", lambda: str.maketrans("", ""))
t("mk2-dup", lambda: str.maketrans("aa", "xy"))
t("mk2-len", lambda: str.maketrans("ab", "c"))
t("mk3", lambda: str.maketrans("ab", "cd", "ef"))
t("mk3-only-delete", lambda: str.maketrans("", "", "xyz"))
t("mk2-nonstr1", lambda: str.maketrans(1, "cd"))
t("mk2-nonstr2", lambda: str.maketrans("ab", 2))
t("mk2-none2", lambda: str.maketrans("ab", None))
t("mk3-nonstr3", lambda: str.maketrans("ab", "cd", 3))
t("mk3-none3", lambda: str.maketrans("ab", "cd", None))
t("mk2-dict", lambda: str.maketrans({"a": 1}, "b"))
t("mk-0", lambda: str.maketrans())
t("mk-4", lambda: str.maketrans("a", "b", "c", "d"))
t("mk-kw", lambda: str.maketrans(x={}))
t("mk-inst", lambda: "zzz".maketrans("a", "b"))
t("mk-unicode", lambda: str.maketrans("äß€", "a\U0001F600e"))

# translate
t("tr-dict", lambda: "abcdef".translate({97: "A", 98: None, 99: 0x43, 100: "dd"}))
t("tr-maketrans", lambda: "hello world".translate(str.maketrans("lo", "01", " ")))
t("tr-empty", lambda: "".translate({97: "b"}))
t("tr-nomatch", lambda: "xyz".translate({97: "b"}))
t("tr-strkeys", lambda: "abc".translate({"a": "z"}))
t("tr-list", lambda: "abc".translate(["<%d>" % i for i in range(98)]))
t("tr-str-table", lambda: "abc".translate("0123456789" * 10))
t("tr-astral", lambda: "a\U0001F600b".translate({0x1F600: "smile", 98: 0x1F601}))
t("tr-to-astral", lambda: "abc".translate({97: 0x10FFFF}))
t("tr-neg", lambda: "abc".translate({97: -1}))
t("tr-big", lambda: "abc".translate({97: 0x110000}))
t("tr-huge", lambda: "abc".translate({97: 2 ** 80}))
t("tr-float", lambda: "abc".translate({97: 1.5}))
t("tr-bytes", lambda: "abc".translate({97: b"x"}))
t("tr-none-table", lambda: "abc".translate(None))
t("tr-int-table", lambda: "abc".translate(5))
t("tr-unused-bad", lambda: "xyz".translate({97: 1.5}))
t("tr-noargs", lambda: "abc".translate())
t("tr-2args", lambda: "abc".translate({}, {}))
t("tr-kw", lambda: "abc".translate(table={}))
t("tr-bool", lambda: "abc".translate({97: True, 98: False}))


class Table:
    def __init__(self):
        self.calls = []

    def __getitem__(self, k):
        self.calls.append(k)
        if k == ord("b"):
            raise LookupError("no b")
        if k == ord("c"):
            raise KeyError(k)
        if k == ord("d"):
            raise IndexError(k)
        if k == ord("e"):
            raise ValueError("bad e")
        return chr(k).upper()


tb = Table()
t("tr-class", lambda: "abcd".translate(tb))
print(tb.calls)
t("tr-class-err", lambda: "ae".translate(Table()))


def upper_table():
    d = {}
    for i in range(26):
        d[97 + i] = 65 + i
    return d


t("tr-upper", lambda: "the quick brown fox".translate(upper_table()))
t("tr-rot13", lambda: "Hello".translate(str.maketrans("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ",
                                                      "nopqrstuvwxyzabcdefghijklmNOPQRSTUVWXYZABCDEFGHIJKLM")))
t("tr-unbound", lambda: str.translate("abc", {97: "q"}))
t("tr-unbound-bad", lambda: str.translate(b"abc", {97: "q"}))
t("tr-unbound-none", lambda: str.translate())
