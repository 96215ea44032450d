# integer range checks of every integer typecode
from array import array

for tc in "bBhHiIlLqQ":
    a = array(tc)
    for v in [2**64, -2**64, 2**63, -2**63 - 1, 2**32, -2**31 - 1, 2**31, 2**16, -2**15 - 1, 2**15,
              256, -129, 128, -1, 0, 127]:
        try:
            a.append(v)
        except OverflowError as e:
            print(tc, v, e)
    print(tc, a)
