def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


for a in [7, -7, 0, 1, -1, 100, 2**63 - 1, -2**63]:
    for b in [2, -2, 3, -3, 7, 2**64, -2**64]:
        print(a, b, divmod(a, b), a // b, a % b)
t(lambda: divmod(1, 0))
t(lambda: 1 // 0)
t(lambda: 1 % 0)
t(lambda: (-2**63) // -1)
