class Account:
    def __init__(self, owner: str, balance: int) -> None:
        self.owner = owner
        self.balance = balance
        self.history: list[int] = []

    def deposit(self, amount: int) -> None:
        if amount <= 0:
            raise ValueError("deposit must be positive")
        self.balance += amount
        self.history.append(amount)

    def withdraw(self, amount: int) -> None:
        if amount > self.balance:
            raise InsufficientFunds(self, amount)
        self.balance -= amount
        self.history.append(-amount)


class InsufficientFunds(Exception):
    def __init__(self, account: Account, amount: int) -> None:
        super().__init__("cannot withdraw " + str(amount) + " from " + account.owner)
        self.account = account
        self.amount = amount


def main(argv: list[str]) -> int:
    acc = Account("ann", 100)
    acc.deposit(50)
    try:
        acc.withdraw(500)
    except InsufficientFunds as e:
        print("error:", e, e.amount, e.account.balance)
    try:
        acc.deposit(-1)
    except ValueError as e:
        print("error:", e)
    acc.withdraw(30)
    print(acc.balance, len(acc.history), acc.history[0], acc.history[-1])
    return 0

if __name__ == "__main__":
    import sys
    sys.exit(main(sys.argv))
