data = [1, 5, 12, 7, 20]
if (n := len(data)) > 3:
    print("long", n)
print([y for x in data if (y := x * 2) > 10])
vals = []
while (v := len(vals)) < 3:
    vals.append(v)
print(vals)
print(type(1), type("s"), type([]), type(None), type(1.0), type(True))
print(isinstance(True, int), isinstance(1, (str, int)), issubclass(bool, int))
s = slice(1, 5, 2)
print(list(range(10))[s], "abcdef"[::-1], [1, 2, 3][::-2], "abcdef"[1:-1])
print(f"{'nested'!r:>12}|{3:03d}|{255:#x}|{1234567:,}|{0.5:.1%}|{-3:+d}")
w = 8
print(f"{'x':^{w}}|{3.14159:{w}.3f}|")
