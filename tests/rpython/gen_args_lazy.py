# Generator expressions are evaluated lazily, one element at a time,
# interleaved with their consumer (observable when the element prints).


class Box:
    def __init__(self, v: int) -> None:
        self.v = v


def f(x: int) -> int:
    print("f", x)
    return x


def pos(x: int) -> bool:
    print("pos", x)
    return x > 0


def lst(name: str, xs: list[int]) -> list[int]:
    print("iter", name)
    return xs


def start(v: int) -> int:
    print("start", v)
    return v


def key_of(tag: str) -> int:
    print("key made", tag)
    return 0


def neg(x: int) -> int:
    print("key", x)
    return -x


def main(argv: list[str]) -> int:
    xs = [3, -1, 4, -1, 5]
    print(any(pos(x) for x in xs))
    print(all(pos(x) for x in xs))
    empty: list[int] = []
    print(any(pos(x) for x in empty))
    print(all(pos(x) for x in [1, 2]))
    # Several clauses: the consumer's early exit leaves the whole nest.
    print(any(f(a * 10 + b) > 21 for a in lst("outer", [1, 2, 3]) for b in lst("inner", [1, 2, 3])))
    print(all(f(a + b) < 4 for a in range(3) if a != 1 for b in range(3) if b != a))
    # min/max: the key is called on each item as it is produced.
    print(min((f(x) for x in xs), key=neg))
    print(max(f(x) for x in xs if x > 0))
    print(max((f(x) for x in empty), default=-7))
    # sum: the first iterable, then the start, then the items.
    print(sum((f(x) for x in lst("sum", xs)), start(100)))
    print(sum(f(x) for x in xs))
    print(sum((x * 0.5 for x in xs if x > 0), 0.25))
    # sorted: the first iterable, then the keywords, then the items.
    print(sorted((f(x) for x in lst("sorted", xs)), key=neg, reverse=key_of("rev") > 0))
    print(sorted(f(x) for x in xs))
    print(list(f(x) * 2 for x in xs if x < 4))
    print(tuple(f(x) for x in xs[:2]))
    print(sorted(set(f(x) for x in xs)))
    d = dict((str(f(x)), x * x) for x in xs)
    print(sorted(d.items()))
    print("-".join(str(f(x)) for x in lst("join", xs)))
    b: list[float] = list(x * 1.5 for x in [1, 2])
    print(b)
    # for over a generator expression: element, body, element, body...
    for y in (f(x) for x in xs):
        print("body", y)
        if y == 4:
            break
    else:
        print("not reached")
    for y in (f(x) for x in xs if x < 0):
        print("body", y)
    else:
        print("else ran")
    n = 0
    for p, q in ((a, f(b)) for a in range(3) for b in range(a)):
        n += 1
        print("pair", p, q)
        if p == 2:
            break
    else:
        print("not reached")
    print(n)
    for p in (a + b for a in range(2) for b in range(2)):
        if p == 1:
            continue
        print("p", p)
    else:
        print("nested else ran")
    # A break in an inner loop of the body stays there.
    for y in (f(x) for x in [1, 2] for _ in range(1)):
        for z in range(5):
            if z == 1:
                break
        else:
            break
        print("after inner", y)
    # An else of an inner loop that breaks leaves the generator.
    for y in (x for x in [7, 8] for _ in range(2)):
        for z in range(1):
            pass
        else:
            print("inner else", y)
            break
    # Late binding: the element reads the variables when it is computed.
    k = 1
    for y in (x * k for x in [1, 2, 3]):
        print("late", y)
        k = 10
    # A comprehension over a generator expression.
    print([y + 1 for y in (f(x) for x in xs) if y > 0])
    boxes = [Box(i) for i in range(4)]
    print(any(bx.v == 2 for bx in boxes), all(bx.v < 3 for bx in boxes))
    # Inside a function that returns from the loop.
    print(first_big(xs))
    return 0


def first_big(xs: list[int]) -> int:
    for y in (f(x) * 2 for x in xs for _ in range(2)):
        if y > 5:
            return y
    return -1


if __name__ == "__main__":
    import sys
    sys.exit(main(sys.argv))
