def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


for v in [0, 5, 15, 25, 35, -25, 1234, 1250, 1350, -1350, 99999, 2**70, -(10**25) - 5 * 10**4]:
    print(v, round(v), round(v, 0), round(v, 2), round(v, -1), round(v, -2), round(v, -3), round(v, -30))
print(type(round(5, 2)).__name__, type(round(5)).__name__, round(True), type(round(True)).__name__)
print(round(150, -2), round(250, -2), round(-150, -2), round(-250, -2), round(5, -1), round(15, -1))
t(lambda: round(5, 1.5))
t(lambda: round("x"))
