from typing import Callable


class Account:
    def __init__(self, owner: str) -> None:
        self.owner = owner
        self.balance = 0

    def deposit(self, amount: int) -> int:
        self.balance += amount
        return self.balance

    def describe(self) -> str:
        return self.owner + ": " + str(self.balance)


class Savings(Account):
    def deposit(self, amount: int) -> int:
        self.balance += amount + 1
        return self.balance


def run_twice(f: Callable[[int], int], x: int) -> int:
    f(x)
    return f(x)


def main(argv: list[str]) -> int:
    a = Account("ann")
    dep = a.deposit
    dep(10)
    dep(5)
    print(a.balance, run_twice(a.deposit, 100))
    s = Savings("sam")
    sd = s.deposit
    print(sd(10), run_twice(sd, 1))
    describers: list[Callable[[], str]] = [a.describe, s.describe]
    for d in describers:
        print(d())
    accounts: list[Account] = [a, s]
    ops = [acc.deposit for acc in accounts]
    print([op(1) for op in ops])
    getter = s.describe
    s.deposit(1000)
    print(getter())
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(main(sys.argv))
