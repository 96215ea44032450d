def f(n: int) -> int:
    try:
        if n == 0:
            return 10
        if n == 1:
            raise ValueError("one")
        print("body", n)
    except ValueError:
        print("handler", n)
        return 20
    finally:
        print("finally", n)
    return 30


def loop() -> int:
    total = 0
    for i in range(5):
        try:
            if i == 1:
                continue
            if i == 3:
                break
            total += i
        finally:
            print("fin", i)
    return total


def override() -> int:
    try:
        return 1
    finally:
        print("cleanup")


def main(argv: list[str]) -> int:
    print(f(0))
    print(f(1))
    print(f(2))
    print(loop())
    print(override())
    return 0

if __name__ == "__main__":
    import sys
    sys.exit(main(sys.argv))
