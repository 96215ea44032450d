# __annotations__ of modules, classes and functions (evaluated at
# definition time, CPython 3.11 without `from __future__ import annotations`).
import sys

order = []


def note(x):
    order.append(x)
    return x


x: int = 5
y: note("str")
print(__annotations__)
print('y' in globals(), order)


class C:
    """doc"""
    a: int = 1
    b: "list[int]"
    __private: float = 2.0
    if True:
        c: note(bool)
    print(sorted(locals().keys()))


print(C.__annotations__, C.a, hasattr(C, 'b'))


class NoAnn:
    pass


print('__annotations__' in NoAnn.__dict__)


def f(a: int, b: "str" = "x", *args: note(tuple), k: float = 1.0, **kw: dict) -> bool:
    z: int = 3     # a local annotation is not evaluated or stored
    return z


print(f.__annotations__, f(1))
print(order)


def g(a, b=2):
    return a


print(g.__annotations__)


def outer():
    T = list

    def inner(v: T) -> T:
        return v
    return inner


print(outer().__annotations__)


class Node:
    def link(self, other: "Node") -> "Node | None":
        return None


print(Node.link.__annotations__)

import functools


@functools.singledispatch
def show(v):
    return "object"


@show.register
def _(v: int):
    return "int " + str(v)


@show.register
def _(v: list):
    return "list of " + str(len(v))


print(show(3), show([1, 2]), show("s"))


class Obj:
    pass


o = Obj()
o.attr: int = 4    # attribute target: the annotation is evaluated, not stored
print(o.attr, __annotations__.get('o'))
d = {}
d['k']: note("sub") = 1
print(d, order[-1])
sys.stdout.flush()
