# Generators: lazy pipelines, an incremental prime sieve, recursive tree
# walks with `yield from`, and a coroutine driven by `send`.
# bench: size=120 quick-size=12 quick-subset=yes
import sys


def count_from(n):
    while True:
        yield n
        n += 1


def take(n, items):
    for item in items:
        if n <= 0:
            return
        n -= 1
        yield item


def primes():
    """An incremental sieve: each composite is crossed out as it is reached."""
    yield 2
    composites = {}
    for n in count_from(3):
        if n % 2 == 0:
            continue
        factor = composites.pop(n, None)
        if factor is None:
            composites[n * n] = n
            yield n
        else:
            step = 2 * factor
            nxt = n + step
            while nxt in composites:
                nxt += step
            composites[nxt] = factor


def squares_of_odds(items):
    for x in items:
        if x & 1:
            yield x * x


def running_sums(items):
    total = 0
    for x in items:
        total += x
        yield total


class Node:
    def __init__(self, value, left, right):
        self.value = value
        self.left = left
        self.right = right


def build_tree(lo, hi):
    if lo > hi:
        return None
    mid = (lo + hi) // 2
    return Node(mid, build_tree(lo, mid - 1), build_tree(mid + 1, hi))


def in_order(node):
    if node is not None:
        yield from in_order(node.left)
        yield node.value
        yield from in_order(node.right)


def averager():
    total = 0.0
    count = 0
    average = None
    while True:
        value = yield average
        total += value
        count += 1
        average = total / count


def main(rounds):
    check = 0
    tree = build_tree(0, 2047)
    for r in range(rounds):
        last = 0
        for p in take(1500 + r, primes()):
            last = p
        pipeline = running_sums(squares_of_odds(range(20000)))
        final = 0
        for final in pipeline:
            pass
        walked = sum(in_order(tree))
        zipped = sum(a * b for a, b in zip(in_order(tree), count_from(r)))
        avg = averager()
        next(avg)
        mean = 0.0
        for i in range(3000):
            mean = avg.send(float(i % 17))
        avg.close()
        evens = list(x for x in take(5000, count_from(r)) if x % 2 == 0)
        check = (check * 31 + last + final + walked + zipped + int(mean * 1000) + len(evens)) % 1000000007
    print("generators", rounds, check)


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 120)
