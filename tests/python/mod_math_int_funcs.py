# The integer functions of math on arbitrary-size ints: isqrt, gcd, lcm,
# factorial, perm, comb, and their errors.
import math


def show(label, f, *args):
    try:
        print(label, f(*args))
    except (ValueError, OverflowError, TypeError) as e:
        print(label, type(e).__name__, e)


for n in [0, 1, 2, 3, 4, 15, 16, 17, 99, 10 ** 20, 10 ** 40 + 5, 2 ** 200 - 1, (10 ** 30 + 7) ** 2, True]:
    show('isqrt %d' % n, math.isqrt, n)
show('isqrt neg', math.isqrt, -1)
show('isqrt float', math.isqrt, 2.0)
show('gcd', math.gcd, 12, 18)
show('gcd many', math.gcd, 12, -18, 27)
show('gcd none', math.gcd)
show('gcd one', math.gcd, -4)
show('gcd big', math.gcd, 10 ** 30, 10 ** 25 * 6)
show('gcd big small', math.gcd, 2 ** 100, 48)
show('gcd float', math.gcd, 2.0)
show('lcm', math.lcm, 4, 6, 10)
show('lcm none', math.lcm)
show('lcm zero', math.lcm, 0, 5)
show('lcm neg', math.lcm, -4)
show('lcm big', math.lcm, 10 ** 20, 3 ** 30)
show('lcm float', math.lcm, 2.0)
for n in [0, 1, 5, 20, 21, 25, 30, 52]:
    show('factorial %d' % n, math.factorial, n)
show('factorial 100 digits', lambda: len(str(math.factorial(100))))
show('factorial neg', math.factorial, -1)
show('factorial float', math.factorial, 5.0)
show('factorial bool', math.factorial, True)
show('factorial huge', math.factorial, 10 ** 20)
show('perm', math.perm, 10, 3)
show('perm n', math.perm, 6)
show('perm big', math.perm, 30, 20)
show('perm k>n', math.perm, 5, 6)
show('perm neg k', math.perm, 5, -1)
show('perm neg n', math.perm, -5, 1)
show('perm huge k', math.perm, 10 ** 20, 10 ** 19)
show('perm args', math.perm)
show('comb', math.comb, 10, 3)
show('comb big n', math.comb, 10 ** 20, 3)
show('comb 100 50', math.comb, 100, 50)
show('comb k>n', math.comb, 3, 5)
show('comb neg', math.comb, -1, 2)
show('comb neg k', math.comb, 5, -1)
show('comb huge', math.comb, 10 ** 20, 10 ** 19)
show('comb one arg', math.comb, 1)


class Idx:
    def __index__(self):
        return 7


show('isqrt index', math.isqrt, Idx())
show('gcd index', math.gcd, Idx(), 21)
show('factorial index', math.factorial, Idx())
