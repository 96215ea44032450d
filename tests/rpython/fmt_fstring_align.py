def main(argv: list[str]) -> int:
    items = [("widget", 3, 2.5), ("gadget with long name", 12, 19.99), ("x", 100, 0.5)]
    print(f"{'item':<24}|{'qty':>8}|{'price':^10}|")
    print(f"{'-' * 24}+{'-' * 8}+{'-' * 10}+")
    for name, qty, price in items:
        print(f"{name:<24}|{qty:>8}|{price:^10}|")
    for w in ["a", "ab", "abc"]:
        print(f"[{w:<5}] [{w:>5}] [{w:^5}] [{w:*<5}] [{w:->5}] [{w:.^6}]")
    print(f"[{'toolongvalue':<5}] [{'x':5}] [{42:5}] [{42:<5}] [{42:^5}]")
    e = "\u00e9"
    snake = "\U0001F40D"
    print(f"[{str(True):>6}] [{e:^5}] [{snake:>3}]")
    n = 7
    print(f"[{n:0>4}] [{n:x<4}] [{-n:>5}] [{-n:<5}]")
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(main(sys.argv))
