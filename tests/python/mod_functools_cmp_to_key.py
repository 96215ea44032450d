import functools
def cmp(a, b):
    return (a > b) - (a < b)
def rev(a, b):
    return cmp(b, a)
print(sorted([5, 2, 8, 1], key=functools.cmp_to_key(rev)))
words = ['banana', 'Apple', 'cherry', 'apple']
print(sorted(words, key=functools.cmp_to_key(lambda a, b: cmp(a.lower(), b.lower()))))
K = functools.cmp_to_key(cmp)
print(K(1) < K(2), K(2) > K(1), K(1) == K(1), K(1) <= K(1), K(3) >= K(4), K(5).obj)
print(max([3, 7, 2], key=functools.cmp_to_key(cmp)), min('zebra', key=functools.cmp_to_key(rev)))
try:
    hash(K(1))
except TypeError as e:
    print(type(e).__name__)
pairs = [(1, 'b'), (2, 'a'), (1, 'a')]
print(sorted(pairs, key=functools.cmp_to_key(lambda x, y: cmp(x[1], y[1]) or cmp(y[0], x[0]))))
