a = [3, 1, 2]
a.append(5); a.extend([9, 0]); a.insert(1, 7); a.insert(-1, 8); a.insert(100, 11)
print(a, len(a))
print(a.pop(), a.pop(0), a.pop(-2), a)
a.remove(2)
print(a, a.index(5), a.count(1), 1 in a)
a.sort(); print(a)
a.sort(reverse=True); print(a)
a.reverse(); print(a)
b = a.copy(); b.append(100)
print(a, b, a == b[:len(a)])
a.clear(); print(a)
try:
    [].pop()
except IndexError as e:
    print(e)
try:
    [1].remove(5)
except ValueError as e:
    print(e)
try:
    [1, 2].index(3)
except ValueError as e:
    print(e)
words = ["banana", "Apple", "cherry", "apple"]
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=len, reverse=True))
pairs = [(2, "b"), (1, "z"), (2, "a"), (1, "a")]
pairs.sort(key=lambda p: p[0])
print(pairs)
