from typing import Callable


def make_adder(n: int) -> Callable[[int], int]:
    def add(x: int) -> int:
        return x + n
    return add


def make_multiplier(k: float) -> Callable[[float], float]:
    return lambda x: x * k


def make_counter() -> Callable[[], int]:
    state = [0]

    def tick() -> int:
        state[0] += 1
        return state[0]
    return tick


def make_greeter(greeting: str, punct: str) -> Callable[[str], str]:
    def greet(name: str) -> str:
        return greeting + ", " + name + punct
    return greet


def main(argv: list[str]) -> int:
    add5 = make_adder(5)
    add10 = make_adder(10)
    print(add5(1), add10(1), add5(add10(100)))
    half = make_multiplier(0.5)
    print(half(9.0), make_multiplier(3.0)(1.5))
    c1 = make_counter()
    c2 = make_counter()
    print(c1(), c1(), c1(), c2(), c1())
    hi = make_greeter("Hello", "!")
    yo = make_greeter("Yo", "?")
    print(hi("Ada"), yo("Bob"))
    adders = [make_adder(i) for i in range(4)]
    print([a(100) for a in adders])
    base = 7

    def local(x: int) -> int:
        return x * base
    print(local(6))
    items: list[str] = []

    def log(msg: str) -> None:
        items.append(msg)
    log("one")
    log("two")
    print(items)
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(main(sys.argv))
