# str methods on ASCII and non-ASCII input: isascii, splitlines (every
# line boundary), expandtabs, rsplit, partition, case mappings, predicates


def t(label, f):
    try:
        r = f()
        print(label, repr(r))
    except Exception as e:
        print(label, type(e).__name__, e)


# isascii
for s in ["", "abc", "\x7f", "\x80", "é", "a\U0001F600", "\x00"]:
    t("isascii " + repr(s), lambda: s.isascii())

# splitlines: \n \r \r\n \v \f \x1c \x1d \x1e \x85 \u2028 \u2029
lines = "a\nb\rc\r\nd\ve\ff\x1cg\x1dh\x1ei\x85j\u2028k\u2029l"
t("splitlines", lambda: lines.splitlines())
t("splitlines-keep", lambda: lines.splitlines(True))
t("splitlines-kw", lambda: lines.splitlines(keepends=True))
t("splitlines-int", lambda: "a\nb\n".splitlines(2))
t("splitlines-0", lambda: "a\nb\n".splitlines(0))
t("splitlines-empty", lambda: "".splitlines())
t("splitlines-nl", lambda: "\n".splitlines())
t("splitlines-crlf-cr", lambda: "\r\r\n\n\r".splitlines(True))
t("splitlines-trail", lambda: "x\n\ny".splitlines())
t("splitlines-not-nl", lambda: "a\x1fb\x0bc\u0085d\u200be".splitlines())
t("splitlines-str", lambda: "a".splitlines("x"))
t("splitlines-float", lambda: "a".splitlines(1.5))
t("splitlines-none", lambda: "a".splitlines(None))
t("splitlines-2", lambda: "a".splitlines(True, True))
t("splitlines-badkw", lambda: "a".splitlines(keep=True))

# expandtabs
t("expandtabs", lambda: "a\tbc\tdef\tg".expandtabs())
t("expandtabs-4", lambda: "a\tbc\tdef\tg".expandtabs(4))
t("expandtabs-kw", lambda: "a\tb".expandtabs(tabsize=3))
t("expandtabs-lines", lambda: "ab\tc\nd\te\rfgh\ti".expandtabs(4))
t("expandtabs-0", lambda: "a\tb".expandtabs(0))
t("expandtabs-neg", lambda: "a\tb".expandtabs(-2))
t("expandtabs-1", lambda: "a\t\tb".expandtabs(1))
t("expandtabs-unicode", lambda: "é\t€\t\U0001F600\tx".expandtabs(3))
t("expandtabs-str", lambda: "a".expandtabs("4"))
t("expandtabs-big", lambda: "a".expandtabs(2 ** 40))
t("expandtabs-none", lambda: "a".expandtabs(None))

# split / rsplit
t("rsplit", lambda: "  a b  c  ".rsplit())
t("rsplit-1", lambda: "  a b  c  ".rsplit(None, 1))
t("split-1", lambda: "  a b  c  ".split(None, 1))
t("rsplit-0", lambda: "  a b  c  ".rsplit(None, 0))
t("split-0", lambda: "  a b  c  ".split(None, 0))
t("rsplit-sep", lambda: "a,b,,c,".rsplit(","))
t("rsplit-sep-2", lambda: "a,b,,c,".rsplit(",", 2))
t("rsplit-kw", lambda: "a::b::c".rsplit(sep="::", maxsplit=1))
t("rsplit-multi", lambda: "aaaa".rsplit("aa"))
t("split-multi", lambda: "aaaaa".split("aa"))
t("rsplit-multi-odd", lambda: "aaaaa".rsplit("aa"))
t("rsplit-unicode-ws", lambda: "a\u3000b\x85c\u2028d".rsplit())
t("split-unicode-ws", lambda: "a\u3000b\x1cc\xa0d".split())
t("rsplit-empty", lambda: "".rsplit())
t("rsplit-empty-sep", lambda: "".rsplit(","))
t("rsplit-emptysep", lambda: "abc".rsplit(""))
t("split-int", lambda: "abc".split(1))
t("rsplit-maxsplit-str", lambda: "abc".rsplit(None, "1"))
t("split-both", lambda: "a b".split(" ", sep=" "))
t("split-3", lambda: "a b".split(" ", 1, 2))
t("split-kw3", lambda: "a b".split(x=1, y=2, z=3))
t("split-badkw", lambda: "a b".split(separator=" "))

# partition / rpartition
t("partition", lambda: "a=b=c".partition("="))
t("rpartition", lambda: "a=b=c".rpartition("="))
t("partition-miss", lambda: "abc".partition("x"))
t("rpartition-miss", lambda: "abc".rpartition("x"))
t("partition-multi", lambda: "a::b".partition("::"))
t("partition-start", lambda: "=ab".partition("="))
t("rpartition-end", lambda: "ab=".rpartition("="))
t("partition-unicode", lambda: "日本語テキスト".partition("語"))
t("partition-empty", lambda: "abc".partition(""))
t("rpartition-empty", lambda: "abc".rpartition(""))
t("partition-int", lambda: "abc".partition(1))
t("partition-none", lambda: "abc".partition(None))
t("partition-0", lambda: "abc".partition())

# case mappings
for s in ["hello world", "HELLO wORLD", "o'neil 3rd-place", "ǆungla ǅx Ǆ", "ß straße", "ΣΑΣ ΟΔΟΣ σς",
          "ﬁx ﬂow", "İstanbul ı", "ŉ", "1a2b 3C", "", "  ", "a\u0345b"]:
    print(repr(s), repr(s.title()), repr(s.capitalize()), repr(s.swapcase()), repr(s.casefold()),
          repr(s.upper()), repr(s.lower()))
    print("   ", s.istitle(), s.isupper(), s.islower(), s.title().istitle())
for s in ["Hello World", "Hello world", "HELLO", "Hello 3World", "A1b", "A b", "ǅa", "Ǆa", "ǈb Ǉb",
          "", "1", "Σσ", "Ab'C"]:
    print("istitle", repr(s), s.istitle())

# predicates
for s in ["abc", "a1", "_", "_1", "1a", "", "ä", "aé", "a b", "Ω", "x\u0301", "\u2118x", "℘", "ℹ",
          "a-b", "for", "None", "\U0001D400", "\u00b7a", "a\u00b7"]:
    print("isidentifier", repr(s), s.isidentifier())
for s in ["abc", "", " ", "\n", "\t", "\x7f", "é", "\xa0", "\xad", "\u2028", "\u200b", "\ufeff", "\U0001F600",
          "\U000E0001", "\ud800", "\u0378", "\u0300", "a\x00"]:
    print("isprintable", repr(s), s.isprintable())
for s in ["123", "", "½", "²", "٣", "Ⅻ", "一", "𝟙", "①", "1.5", "-1", "¹²³", "௰", "᠐", "٠١٢"]:
    print("numeric", repr(s), s.isdecimal(), s.isdigit(), s.isnumeric(), s.isalnum())
for s in ["abc", "ABC", "aBc", "é", "É", "ß", "ǅ", "1", "", "ⓐ", "Ⓐ", "ʰ", "ª", "ᵃ"]:
    print("cased", repr(s), s.isupper(), s.islower(), s.isalpha(), s.istitle())
for s in [" ", "\t\n", "\x1c\x1d\x1e\x1f", "\x85", "\xa0", "\u2000\u3000", "\u200b", "", "a "]:
    print("isspace", repr(s), s.isspace())

# padding
t("center", lambda: "abc".center(8, "*"))
t("center-odd", lambda: "ab".center(7, "-"))
t("center-odd2", lambda: "abc".center(6, "-"))
t("ljust-unicode", lambda: "é".ljust(4, "€"))
t("rjust-astral", lambda: "x".rjust(3, "\U0001F600"))
t("zfill", lambda: "-12".zfill(6))
t("zfill-plus", lambda: "+x".zfill(4))
t("zfill-short", lambda: "12345".zfill(3))
t("center-fill2", lambda: "a".center(5, "ab"))
t("center-fill-int", lambda: "a".center(5, 1))
t("center-fill-none", lambda: "a".center(5, None))
t("center-width-str", lambda: "a".center("5"))
t("center-noargs", lambda: "a".center())
t("ljust-3", lambda: "a".ljust(1, " ", 2))
t("zfill-float", lambda: "a".zfill(2.0))
t("zfill-0", lambda: "a".zfill())

# strip / removeprefix / replace
t("strip", lambda: "  \t ab c \n".strip())
t("strip-unicode-ws", lambda: "\u3000\x85ab\u2029".strip())
t("strip-chars", lambda: "xxabyx".strip("xy"))
t("lstrip-none", lambda: "  a ".lstrip(None))
t("rstrip-int", lambda: "a".rstrip(1))
t("strip-2", lambda: "a".strip("a", "b"))
t("removeprefix", lambda: "prefix-body".removeprefix("prefix-"))
t("removesuffix", lambda: "body.txt".removesuffix(".txt"))
t("removeprefix-miss", lambda: "abc".removeprefix("x"))
t("removeprefix-int", lambda: "abc".removeprefix(1))
t("removesuffix-none", lambda: "abc".removesuffix(None))
t("replace", lambda: "aaaa".replace("a", "b", 2))
t("replace-empty", lambda: "abc".replace("", "-"))
t("replace-empty-count", lambda: "abc".replace("", "-", 2))
t("replace-neg", lambda: "aaa".replace("a", "b", -5))
t("replace-int", lambda: "aaa".replace(1, "b"))
t("replace-int2", lambda: "aaa".replace("a", None))
t("replace-count-str", lambda: "aaa".replace("a", "b", "1"))
t("replace-1", lambda: "aaa".replace("a"))

# find family
t("find", lambda: "abcabc".find("c", 3))
t("find-neg", lambda: "abcabc".find("c", -2))
t("find-big", lambda: "abcabc".find("c", 2 ** 80))
t("find-negbig", lambda: "abcabc".find("a", -2 ** 80))
t("find-none", lambda: "abcabc".find("b", None, None))
t("find-float", lambda: "abc".find("b", 1.0))
t("find-int", lambda: "abc".find(98))
t("rfind", lambda: "abcabc".rfind("b", 0, 4))
t("index-miss", lambda: "abc".index("x"))
t("rindex-miss", lambda: "abc".rindex("x"))
t("count", lambda: "aaaa".count("aa"))
t("count-empty", lambda: "abc".count(""))
t("count-empty-range", lambda: "abc".count("", 1, 2))
t("find-0", lambda: "abc".find())
t("count-4", lambda: "abc".count("a", 0, 1, 2))
t("find-kw", lambda: "abc".find(sub="a"))
t("startswith-tuple", lambda: "abc".startswith(("x", "ab")))
t("startswith-tuple-lazy", lambda: "abc".startswith(("a", 1)))
t("startswith-tuple-bad", lambda: "abc".startswith(("x", 1)))
t("startswith-list", lambda: "abc".startswith(["a"]))
t("endswith-range", lambda: "abcdef".endswith("cd", 0, 4))
t("endswith-empty", lambda: "abc".endswith("", 3))
t("startswith-past", lambda: "abc".startswith("", 4))
t("startswith-float", lambda: "abc".startswith("a", 0.0))

# join
t("join", lambda: "-".join(["a", "b", "c"]))
t("join-gen", lambda: ", ".join(str(i) for i in range(4)))
t("join-dict", lambda: "".join({"x": 1, "y": 2}))
t("join-str", lambda: ".".join("abc"))
t("join-int-item", lambda: "-".join(["a", 1]))
t("join-bytes-item", lambda: "-".join([b"a"]))
t("join-nonit", lambda: "-".join(5))
t("join-0", lambda: "-".join())
