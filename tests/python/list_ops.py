nums = [5, 3, 8, 1, 9, 2]
print(max(nums), min(nums), sum(nums), len(nums), sorted(nums), nums)
print(list(reversed(nums)), nums[::-1] == list(reversed(nums)))
stack = []
for i in range(5):
    stack.append(i)
while stack:
    print(stack.pop(), end=" ")
print()
queue = [1, 2, 3]
queue.append(4)
print(queue.pop(0), queue)
nested = [[1, 2], [3], [], [4, 5, 6]]
flat = [x for sub in nested for x in sub]
print(flat, sum(len(s) for s in nested))
a = [1, 2, 3]
b = a
b += [4]
print(a is b, a)
t = (1, 2, 3)
print(t + (4,), t * 2, t[1:], t.index(2), t.count(3), len(t), (1,) == (1,), () == ())
print(list(enumerate(["a", "b"])), list(zip(range(3), "abc")))
l = [3, 1, 2]
print(sorted(l, reverse=True), l, min([[2], [1, 5]]), max([(1, 'b'), (1, 'c')]))
print([1, 2, 3] == [1, 2, 3], [1, 2] < [1, 2, 3], [[1]] == [[1]], [1, [2]] > [1, [1]])
