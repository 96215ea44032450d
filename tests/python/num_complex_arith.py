def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


a = 1 + 2j
b = 3 - 4j
print(a + b, a - b, a * b, a / b, b / a, a + 1, 1 + a, a * 2, 2.5 * a, a / 2, 2 / a, a - 0.5, 0.5 - a)
print(a + True, a * 2**40, (1 + 1j) * (1 - 1j), 1j * 1j * 1j, (2 + 3j) / (2 + 3j), (1e300 + 1e300j) * 1)
t(lambda: a / 0)
t(lambda: a / 0j)
t(lambda: a // 2)
t(lambda: a % 2)
t(lambda: divmod(a, 2))
t(lambda: a + "x")
t(lambda: a < b)
t(lambda: 1j > 0)
t(lambda: a + 10**400)
x = 1j
x += 1
x *= 2
print(x, sum([1j, 2, 3.5]))
