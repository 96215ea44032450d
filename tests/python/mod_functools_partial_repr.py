from functools import partial
print(repr(partial(max, 1, 2)))
print(repr(partial(pow, 2, exp=3)))
print(repr(partial(sorted, key=len, reverse=True)))
print(repr(partial(partial(max, 1), 2)))
print(repr(partial(min)))
print(repr(partial(print, 'a', sep='-')))
class MyPartial(partial):
    pass
print(repr(MyPartial(max, 3)), MyPartial(max, 3)(5), isinstance(MyPartial(max), partial))
