def row(label: str, value: float, width: int) -> str:
    bar = "#" * int(value * width)
    return f"{label:>6} |" + bar.ljust(width) + f"| {value * 100:5.1f}%"


def main(argv: list[str]) -> int:
    data = [("mon", 0.25), ("tue", 0.5), ("wed", 0.875), ("thu", 1.0), ("fri", 0.0)]
    for label, v in data:
        print(row(label, v, 16))
    header = "{:^30}".format("REPORT")
    print(header + "|")
    print("%s has %d items worth %.2f" % ("cart", 3, 12.5))
    print(f"{'cart'} has {3} items worth {12.5:.2f}")
    print("{} has {} items worth {:.2f}".format("cart", 3, 12.5))
    hexes = " ".join([f"{b:02x}" for b in b"\x00\x0f\xf0\xff"])
    print(hexes)
    print(hex(255), oct(8), bin(5), f"{255:x}", "%x" % 255)
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(main(sys.argv))
