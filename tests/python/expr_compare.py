a, b, c = 1, 2, 3
print(a < b < c, a < b > c, a == 1 == a, 1 < 2.5 < 3, "a" < "b" <= "b")
print([1, 2] < [1, 3], (1, 2) == (1, 2), (1, 2) < (1, 2, 0), [1] != [1])
print(1 == 1.0, 1 is 1, None is None, "x" in "xyz", 3 not in [1, 2], 2 in {2: 'a'})
print(not 0, not [], not [0], bool(""), bool("a"), bool(0.0), bool(None))
print(0 or "default", 5 and 6, [] and 1, None or [] or 0)
def side(v, log):
    log.append(v)
    return v
log = []
print(side(1, log) < side(2, log) < side(0, log) < side(5, log), log)
print({1, 2} <= {1, 2, 3}, {1, 2} < {1, 2}, {1: 2} == {1: 2}, {1: 2} == {1: 3})
print(max(3, 7, 2), min("b", "a", "c"), 1 if 2 > 1 else 0, 1 if 0 else 2)
