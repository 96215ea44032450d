# functools: cached_property, singledispatch, singledispatchmethod,
# recursive_repr.
import functools


class Circle:
    def __init__(self, r):
        self.r = r
        self.computed = 0

    @functools.cached_property
    def area(self):
        'the area, computed once'
        self.computed += 1
        return 3 * self.r * self.r


c = Circle(2)
print(c.area, c.area, c.computed, 'area' in c.__dict__, Circle.area.__doc__)
c.area = 100
print(c.area, c.computed)
del c.area
print(c.area, c.computed)
print(type(Circle.area).__name__, Circle.area.attrname, Circle.__dict__['area'] is Circle.area)
shared = functools.cached_property(lambda self: 1)
shared.__set_name__(Circle, 'first')
try:
    shared.__set_name__(Circle, 'second')
except TypeError as e:
    print('TypeError', e)


class Slotted:
    __slots__ = ('x',)

    @functools.cached_property
    def val(self):
        return 1


try:
    Slotted().val
except TypeError as e:
    print('TypeError', e)


@functools.singledispatch
def describe(arg, verbose=False):
    return 'something: %r' % (arg,)


@describe.register(int)
def _(arg, verbose=False):
    return 'an int: %d' % arg


@describe.register(list)
def _(arg, verbose=False):
    return 'a list of %d' % len(arg)


def describe_float(arg, verbose=False):
    return 'a float: %r%s' % (arg, ' (verbose)' if verbose else '')


describe.register(float, describe_float)


class Base:
    pass


class Derived(Base):
    pass


describe.register(Base)(lambda arg, verbose=False: 'a Base')
print(describe(1), describe(True), describe([1, 2]), describe(2.5, verbose=True), describe('s'), describe(None))
print(describe(Derived()), describe(Base()))
print(describe.dispatch(bool) is describe.dispatch(int), describe.dispatch(str) is describe.registry[object])
print(sorted(k.__name__ for k in describe.registry), describe.__name__)
try:
    describe()
except TypeError as e:
    print('TypeError', e)
try:
    describe.register(3, describe_float)
except TypeError as e:
    print('TypeError', e)


class Negator:
    @functools.singledispatchmethod
    def neg(self, arg):
        raise NotImplementedError('cannot negate %r' % (arg,))

    @neg.register(int)
    def _(self, arg):
        return -arg

    @neg.register(bool)
    def _(self, arg):
        return not arg

    @functools.singledispatchmethod
    @classmethod
    def kind(cls, arg):
        return cls.__name__ + ' default'

    @kind.register(str)
    @classmethod
    def _(cls, arg):
        return cls.__name__ + ' str'


n = Negator()
print(n.neg(3), n.neg(True), Negator.kind(1), Negator.kind('a'), n.kind(2.0))
try:
    n.neg('x')
except NotImplementedError as e:
    print('NotImplementedError', e)


class Node:
    def __init__(self, name):
        self.name = name
        self.children = []

    @functools.recursive_repr()
    def __repr__(self):
        return 'Node(%s, %r)' % (self.name, self.children)


a = Node('a')
b = Node('b')
a.children.append(b)
b.children.append(a)
a.children.append(a)
print(repr(a), Node.__repr__.__name__)


class Other:
    @functools.recursive_repr('<loop>')
    def __repr__(self):
        return 'Other(%r)' % (self.me,)


o = Other()
o.me = [o]
print(repr(o))
