s = "  Hello, World  "
print(s.strip(), s.lstrip(), s.rstrip(), s.upper(), s.lower(), s.strip().swapcase())
t = "a,b,,c"
print(t.split(","), t.split(",", 1), "a b  c".split(), t.rsplit(",", 1), "x".split(","))
print("-".join(["a", "b", "c"]), "".join(reversed("abc")), ", ".join(map(str, range(3))))
print("hello".replace("l", "L"), "hello".replace("l", "L", 1), "hello".find("l"), "hello".rfind("l"), "hello".find("z"))
print("hello".index("e"), "hello".count("l"), "hello".startswith("he"), "hello".endswith(("lo", "x")))
print("abc".isalpha(), "123".isdigit(), "a1".isalnum(), "  ".isspace(), "ABC".isupper(), "abc".islower())
print("hello world".title(), "hello".capitalize(), "ab".center(6, "*"), "ab".ljust(4) + "|", "ab".rjust(4, "."))
print("42".zfill(5), "-42".zfill(5), "a=b=c".partition("="), "a=b=c".rpartition("="), "no".partition("="))
print("line1\nline2\r\nline3".splitlines(), "tab\there".expandtabs(4), "prefix_x".removeprefix("prefix_"))
try:
    "abc".index("z")
except ValueError as e:
    print(e)
print("%s is %d years and %.2f%%" % ("Bob", 30, 99.5), "%5s|%-5s|%05d|%x" % ("a", "b", 42, 255))
print("%(name)s=%(val)r" % {"name": "k", "val": "v"}, "%c%c" % (72, "i"))
