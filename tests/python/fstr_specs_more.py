x = 3.14159; n = 42; s = "hi"; w = 10; p = 3
print(f"{x:.2f}|{n:5d}|{s:>5}|{s!r:>6}|{n:#x}|{n:08b}")
print(f"{x:{w}.{p}}|{n:{'<'}{w}}|{s:^{w}}|")
print(f"{x=}", f"{n = }", f"{s=!s}", f"{x=:.1f}", f"{n+1=}")
print(f"{s!a}", f"{'é'!a}", f"{'é'!r}", f"{s!s:*^7}")
print(f"{{literal}}", f"{n}{{", f"}}{n}")
print(f"{'nested ' + f'{n:03}'}")
print(f"{[1, 2]!r:>10}", f"{None}", f"{True:>6}", f"{3:+}", f"{-3: }")
print(f"{1e10:g}", f"{0.000012345:.3e}", f"{1234567:,}", f"{1234567.891:_.2f}", f"{0.5:%}")
d = {"k": "v"}
print(f"{d['k']}", f"{d!r}", f"{(lambda q: q * 2)(3)}")
class P:
    def __format__(self, spec):
        return "P<" + spec + ">"
    def __repr__(self):
        return "P()"
print(f"{P()}", f"{P():abc}", f"{P()!r}", f"{P()!r:>5}")
try:
    f"{n:q}"
except ValueError as e:
    print(type(e).__name__, e)
try:
    f"{s:d}"
except ValueError as e:
    print(type(e).__name__, e)
print(f"{'a' 'b'}", f"{n!r}" f"{n}")
