def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


x = 3.14159
n = 255
s = "hi"
for w in [1, 6, 10]:
    for p in [0, 2, 4]:
        print(f"[{x:{w}.{p}f}] [{n:{w}x}] [{s:>{w}}] [{x:{'<' if p else '>'}{w}.{p}e}]")
print(f"{s!r:>8}|{s!s:<5}|{'é'!a}|{n=}|{x = :.2f}|{2**70=:,}")
print(f"{{}}{n:#x}{{{n}}}")
fill = "*"
print(f"{n:{fill}^{9}}", f"{-n:{fill}={9}}")
