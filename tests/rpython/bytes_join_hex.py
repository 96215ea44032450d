import sys


def main(argv: list[str]) -> int:
    parts = [b"ab", b"", b"\x00\xff", b"xyz"]
    print(b"".join(parts), b", ".join(parts), b"-".join([]), b"-".join([b"one"]))
    print(b"".join(parts).hex(), b"".hex(), bytes([0, 15, 16, 255]).hex())
    chunks: list[bytes] = []
    for i in range(5):
        chunks.append(bytes([65 + i]) * i)
    print(b"|".join(chunks), len(b"|".join(chunks)))
    # stdin is empty in the test run: readline gives "" at end of file
    line = sys.stdin.readline()
    print(repr(line))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
