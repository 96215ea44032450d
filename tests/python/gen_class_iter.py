class Tree:
    def __init__(self, v, left=None, right=None):
        self.v, self.left, self.right = v, left, right
    def inorder(self):
        if self.left:
            yield from self.left.inorder()
        yield self.v
        if self.right:
            yield from self.right.inorder()
t = Tree(4, Tree(2, Tree(1), Tree(3)), Tree(6, Tree(5), Tree(7)))
print(list(t.inorder()))
def chunks(xs, n):
    for i in range(0, len(xs), n):
        yield xs[i:i + n]
print(list(chunks(list(range(10)), 3)))
def running_avg():
    total, count, avg = 0.0, 0, None
    while True:
        x = yield avg
        total += x
        count += 1
        avg = total / count
ra = running_avg()
next(ra)
print([ra.send(x) for x in [10, 20, 30, 40]])
def primes():
    found = []
    n = 2
    while True:
        if all(n % p for p in found):
            found.append(n)
            yield n
        n += 1
g = primes()
print([next(g) for _ in range(15)])
def gen_with_finally():
    try:
        for i in range(10):
            yield i
    finally:
        print("cleanup")
gwf = gen_with_finally()
for v in gwf:
    if v == 2:
        break
gwf.close()  # CPython would also finalize it on refcount drop; the VM has no refcounting
print("after break")
