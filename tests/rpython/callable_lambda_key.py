class Person:
    def __init__(self, name: str, age: int) -> None:
        self.name = name
        self.age = age


def main(argv: list[str]) -> int:
    words = ["banana", "Apple", "cherry", "fig", "date"]
    print(sorted(words, key=lambda w: len(w)))
    print(sorted(words, key=lambda w: w.lower()))
    print(sorted(words, key=lambda w: w[-1], reverse=True))
    print(max(words, key=lambda w: len(w)), min(words, key=lambda w: w[1]))
    people = [Person("ann", 31), Person("bob", 25), Person("cid", 40)]
    youngest = min(people, key=lambda p: p.age)
    oldest = max(people, key=lambda p: p.age)
    print(youngest.name, oldest.name)
    by_age = sorted(people, key=lambda p: -p.age)
    print([p.name for p in by_age])
    nums = [5, -7, 3, -1, 0]
    nums.sort(key=lambda n: abs(n))
    print(nums)
    nums.sort(key=lambda n: n, reverse=True)
    print(nums)
    pairs = [("b", 2), ("a", 2), ("c", 1)]
    print(sorted(pairs, key=lambda p: p[1]))
    print(sorted(pairs, key=lambda p: (p[1], p[0])))
    offset = 10
    print(sorted([3, 15, 8], key=lambda n: abs(n - offset)))
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(main(sys.argv))
