# collections.UserDict, UserList, UserString: wrappers around .data that
# subclasses extend.
from collections import UserDict, UserList, UserString

ud = UserDict({'a': 1}, b=2)
ud['c'] = 3
print(ud, len(ud), ud['a'], 'b' in ud, ud.get('zz'), ud.get('a'), list(ud), list(ud.keys()),
      list(ud.values()), list(ud.items()))
print(ud.keys(), ud.values(), ud.items())
print(ud.pop('a'), ud.setdefault('d', 4), ud, ud == {'b': 2, 'c': 3, 'd': 4}, ud == UserDict(ud.data))
print(ud.copy(), type(ud.copy()).__name__, ud.copy() is not ud, ud.data is not ud.copy().data)
try:
    ud['missing']
except KeyError as e:
    print('KeyError', e)


class Doubling(UserDict):
    def __missing__(self, key):
        return key * 2

    def __setitem__(self, key, value):
        super().__setitem__(key, value * 10)


d = Doubling(x=1)
print(d['ab'], d['x'], isinstance(d, UserDict), Doubling.fromkeys([1, 2], 3), type(d.copy()).__name__, d.copy())
ud.update([('e', 5)], f=6)
print(ud | {'g': 7}, {'h': 8} | ud, type(ud | {}).__name__)
ud |= {'z': 26}
print(ud, ud.popitem(), len(ud))
ud.clear()
print(ud, bool(ud), bool(UserDict(a=1)))
print('a' in UserDict(a=1).keys(), ('a', 1) in UserDict(a=1).items(), 1 in UserDict(a=1).values())

ul = UserList([3, 1, 2])
ul.append(5)
ul.sort()
print(ul, ul[1], ul[-1], ul[1:3], type(ul[1:3]).__name__, len(ul), 5 in ul, ul + [9], [0] + ul, ul * 2, 2 * ul)
ul.extend(UserList([7]))
ul.insert(0, 0)
print(ul, ul.pop(), ul.pop(0), ul.index(2), ul.count(1), ul == [1, 2, 3, 5], ul < [1, 3], ul > UserList([1]))
ul[0] = -1
del ul[1]
ul.reverse()
print(ul, ul.copy(), type(ul.copy()).__name__, list(reversed(ul)), sorted(ul))
ul += [4]
ul *= 2
print(ul, len(ul))
ul.remove(4)
ul.sort(key=lambda v: -v)
print(ul, UserList(), UserList('abc'), UserList(UserList([1])))
ul.clear()
print(ul)

us = UserString('Hello World')
print(us, repr(us), us.upper(), type(us.upper()).__name__, us.split(), us[0:5], type(us[0]).__name__)
print(us.find('o'), us.rfind('o'), us.replace('l', 'L'), us + '!', '>' + us, us * 2, len(us), 'World' in us)
print(us == 'Hello World', us < 'Z', us.center(15, '*'), us.zfill(13), us.startswith('He'), us.endswith('x'))
print(us.count('l'), int(UserString('42')) + 1, float(UserString('1.5')), hash(us) == hash('Hello World'))
print(us.strip('Hd'), us.lstrip('H'), us.rstrip('d'), us.title(), us.casefold(), us.swapcase(), us.partition(' '))
print(us.isalpha(), UserString('abc').isalpha(), us.lower().islower(), us.ljust(13, '.'), us.rjust(13, '.'))
print(us.join(['1', '2']), us.index('W'), us.removeprefix('Hello '), us.removesuffix(' World'))
print(UserString('%s-%d') % ('a', 3), UserString('a\tb').expandtabs(4), UserString('x,y').rsplit(','),
      UserString('a\nb').splitlines(), us.encode())
print(UserString(42), UserString(UserString('q')), sorted([UserString('b'), UserString('a')]))
