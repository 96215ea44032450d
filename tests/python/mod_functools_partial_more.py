from functools import partial
import operator
double = partial(operator.mul, 2)
print(list(map(double, range(5))))
inc = partial(operator.add, 1)
print([inc(x) for x in [10, 20]])
def kw(**k):
    return sorted(k.items())
p = partial(kw, a=1, b=2)
print(p(b=3, c=4), p.keywords)
print(partial(lambda *a: a, 1, 2)(3, 4))
class C:
    f = partial(operator.add, 100)
print(C.f(1), C().f(2))
p = partial(divmod)
print(p(17, 5), p.args, p.keywords)
