def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


for a in [7.5, -7.5, 0.0, -0.0, 1e300, 3]:
    for b in [2, -2.0, 0.5, -0.1, 1e-300, 3.5]:
        t(lambda: (divmod(a, b), a // b, a % b))
t(lambda: divmod(1.0, 0))
t(lambda: divmod(1, 0.0))
t(lambda: 1.0 // 0.0)
t(lambda: 1.0 % 0.0)
t(lambda: 5 % float("inf"))
t(lambda: -5 % float("inf"))
print(divmod(2**70, 3.0), (2**70) % 7.5, 10 ** 20 // 3.0)
