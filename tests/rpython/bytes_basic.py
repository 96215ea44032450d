def checksum(data: bytes) -> int:
    total = 0
    for b in data:
        total = (total * 31 + b) % 65521
    return total


def main(argv: list[str]) -> int:
    b = b"hello"
    print(b, len(b), b[0], b[1], b[-1])
    c = b + b", world"
    print(c, len(c))
    print(c == b"hello, world", c != b"hello", b == b"hell")
    print(b[1:3], b[:2], b[3:], b[-3:], b[::-1], b[::2])
    print(checksum(b), checksum(c), checksum(b""))
    print(b"" == b"", len(b""), b"x" * 3, 2 * b"ab")
    total = 0
    for x in b"\x00\x01\xff":
        total += x
    print(total)
    print(b"ell" in b, b"xyz" in b, b"" in b)
    data = bytes([72, 105, 33])
    print(data, data.decode())
    items: list[bytes] = [b"one", b"two"]
    items.append(b"three")
    print(items, len(items[2]))
    if b:
        print("non-empty is true")
    if not b"":
        print("empty is false")
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(main(sys.argv))
