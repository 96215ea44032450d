# append, extend, insert, pop, remove, index, count, reverse
from array import array

a = array("h")
a.append(5)
a.extend([1, 2, 3])
a.extend(array("h", [9, 9]))
a.insert(0, -1)
a.insert(100, 7)
a.insert(-2, 4)
print(a)
print(a.pop(), a.pop(0), a.pop(-2), a)
a.remove(9)
print(a, a.index(2), a.count(9), a.count(42))
a.reverse()
print(a)
a.fromlist([10, 11])
print(a, 10 in a, 99 in a)
print(a.index(10, 2), a.index(3, 0, 7))
