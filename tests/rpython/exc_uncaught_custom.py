class BudgetExceeded(Exception):
    def __init__(self, spent: int, limit: int) -> None:
        super().__init__(f"spent {spent} over limit {limit}")
        self.spent = spent
        self.limit = limit


def spend(amounts: list[int], limit: int) -> int:
    total = 0
    for a in amounts:
        total += a
        print("spent", total)
        if total > limit:
            raise BudgetExceeded(total, limit)
    return total


def main(argv: list[str]) -> int:
    print(spend([1, 2, 3], 10))
    try:
        spend([5, 5, 5], 12)
    except BudgetExceeded as e:
        print("caught:", e, e.spent - e.limit)
    spend([4, 4, 4, 4], 10)
    print("not reached")
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(main(sys.argv))
