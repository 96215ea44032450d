# invalid placeholders, is_valid and get_identifiers
import string

for s in ["abc $", "abc $1", "line1\nline2 ${x", "${ x}", "$$ ok", "$ab $cd ${ab}", "trailing $$"]:
    t = string.Template(s)
    try:
        print(repr(s), repr(t.substitute(x="X", ab="AB", cd="CD")))
    except ValueError as e:
        print(repr(s), "ValueError", e)
    print(repr(s), repr(t.safe_substitute()), t.is_valid(), t.get_identifiers())
