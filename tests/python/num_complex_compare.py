def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


print(1 + 0j == 1, 1 == 1 + 0j, 1.5 + 0j == 1.5, 1j == 1, 0j == 0, 0j == False, 1 + 0j == True, 2**70 + 0j == 2**70)
print(1j != 1j, 1j != 2j, (1 + 2j) == (1 + 2j), complex(1, 2) == 1 + 2j, 1j == "1j", 1j == None, [1j] == [1j])
for op in [lambda a, b: a < b, lambda a, b: a <= b, lambda a, b: a > b, lambda a, b: a >= b]:
    for a, b in [(1j, 2j), (1j, 1), (1, 1j), (1.5, 2j)]:
        try:
            print(op(a, b))
        except TypeError as e:
            print("TypeError", e)
t(lambda: sorted([1j, 2j]))
t(lambda: max(1j, 2j))
