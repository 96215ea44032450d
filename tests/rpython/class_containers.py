class Inventory:
    def __init__(self) -> None:
        self.items: dict[str, int] = {}
        self.history: list[tuple[str, int]] = []
        self.tags: set[str] = set()

    def add(self, name: str, n: int) -> None:
        self.items[name] = self.items.get(name, 0) + n
        self.history.append((name, n))
        if n > 5:
            self.tags.add("bulk")

    def remove(self, name: str, n: int) -> bool:
        have = self.items.get(name, 0)
        if have < n:
            return False
        if have == n:
            del self.items[name]
        else:
            self.items[name] = have - n
        self.history.append((name, -n))
        return True

    def total(self) -> int:
        return sum(self.items.values())


def main(argv: list[str]) -> int:
    inv = Inventory()
    inv.add("apple", 3)
    inv.add("pear", 10)
    inv.add("apple", 2)
    print(inv.items, inv.total(), sorted(inv.tags))
    print(inv.remove("apple", 5), inv.remove("pear", 20), inv.remove("kiwi", 1))
    print(inv.items, inv.total())
    print(inv.history)
    inv.items["fig"] = 1
    print(len(inv.items), inv.history[-1][0])
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(main(sys.argv))
