# +, *, +=, *=, comparisons, iteration
from array import array

a = array("i", [1, 2])
b = array("i", [3])
print(a + b, a * 3, 2 * b, a * 0)
a += b
print(a)
a *= 2
print(a)
print(array("i", [1, 2]) == array("i", [1, 2]), array("i", [1, 2]) == array("d", [1.0, 2.0]))
print(array("i", [1, 2]) < array("i", [1, 3]), array("i", [2]) > array("i", [1, 9]), array("b") != array("b"))
print([x * 10 for x in a], sum(a), max(a), sorted(a, reverse=True))
print(list(reversed(array("u", "abc"))), list(enumerate(array("d", [0.5]))))
