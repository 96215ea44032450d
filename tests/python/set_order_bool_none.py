# bools are 0/1 ints; None is alone (its hash is address-based in 3.11)
print({True, False}, {False, True}, {True, 2, False, 3})
print({None}, {True}, set([None]))
print({1, True, 1.0}, {True, 1}, {0, False, 0.0})
print({x for x in [True, False, 5, 0, 1]})
s = {None}
s.discard(None)
print(s, None in {None})
