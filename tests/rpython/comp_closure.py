class Item:
    def __init__(self, name: str, price: float, qty: int) -> None:
        self.name = name
        self.price = price
        self.qty = qty


def cheap(items: list[Item], limit: float) -> list[str]:
    return [it.name for it in items if it.price < limit]


def main(argv: list[str]) -> int:
    items = [Item("pen", 1.5, 10), Item("book", 12.0, 2), Item("bag", 30.0, 1), Item("clip", 0.1, 100)]
    print(cheap(items, 2.0), cheap(items, 100.0), cheap(items, 0.0))
    totals = [it.price * it.qty for it in items]
    print(totals, sum(totals, 0.0))
    by_name = {it.name: it for it in items}
    print(by_name["book"].qty)
    factor = 3
    scaled = [factor * n for n in [1, 2, 3]]
    print(scaled)
    rows = [[factor * r + c for c in range(factor)] for r in range(factor)]
    print(rows)
    strs = [str(x) for x in range(5)]
    print(",".join(strs))
    print(sum([len(s) for s in strs]), max([it.qty for it in items]))
    x = 100
    result = [x + 1 for x in range(3)]
    print(result, x)
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(main(sys.argv))
