def flatten(x):
    out = []
    for item in x:
        if isinstance(item, list):
            out.extend(flatten(item))
        else:
            out.append(item)
    return out
print(flatten([1, [2, [3, [4, [5]]]], 6]))
def permutations(xs):
    if len(xs) <= 1:
        return [xs[:]]
    res = []
    for i in range(len(xs)):
        for p in permutations(xs[:i] + xs[i + 1:]):
            res.append([xs[i]] + p)
    return res
print(permutations([1, 2, 3]))
def quicksort(xs):
    if len(xs) <= 1:
        return xs
    p = xs[0]
    return quicksort([x for x in xs[1:] if x < p]) + [p] + quicksort([x for x in xs[1:] if x >= p])
print(quicksort([5, 2, 8, 1, 9, 3, 5, 0]))
def merge_sort(xs):
    if len(xs) < 2:
        return xs
    mid = len(xs) // 2
    l, r = merge_sort(xs[:mid]), merge_sort(xs[mid:])
    out = []
    while l and r:
        out.append(l.pop(0) if l[0] <= r[0] else r.pop(0))
    return out + l + r
print(merge_sort([38, 27, 43, 3, 9, 82, 10]))
a = [1, 2]
a.append(a)
print(a)
