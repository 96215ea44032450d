def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


big = 2**53
print(big + 1 > float(big), big + 1 == float(big), float(big) < big + 1, big + 1 != float(big + 1), big == float(big))
print(2**63 == 9223372036854775808.0, 2**63 - 1 < 9223372036854775808.0, 2**63 - 1 == float(2**63 - 1))
print(9007199254740993 > 9007199254740992.0, 9007199254740993 >= 9007199254740994.0, -9007199254740993 < -9007199254740992.0)
print(1 == 1.0, 1 < 1.5, 2 > 1.5, -1 > -1.5, 0 == -0.0, 3 <= 3.0, 3 >= 3.0000001)
nan = float("nan")
inf = float("inf")
for v in [0, 1, -1, 2**53 + 1, 2**100]:
    print(v < nan, v > nan, v == nan, v != nan, v < inf, v > -inf, v == inf, nan == v, inf > v, -inf < v)
print(True == 1.0, False < 0.5, sorted([3, 1.5, 2, 0.5, True]))
