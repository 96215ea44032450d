# string.Formatter basics
import string

f = string.Formatter()
print(f.format("{0} and {1}", "spam", "eggs"))
print(f.format("{name:>8}|{n:04d}", name="x", n=42))
print(f.vformat("{a}-{0}", (1,), {"a": 2}))
print(f.convert_field("x", "r"), f.convert_field(3, "s"), f.format_field(3.14159, ".2f"))
