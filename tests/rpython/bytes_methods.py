def main(argv: list[str]) -> int:
    data = b"key=value;other=thing"
    eq = -1
    for i in range(len(data)):
        if data[i] == ord("="):
            eq = i
            break
    print(eq, data[:eq], data[eq + 1:])
    print(data.decode().split(";"))
    chunks: list[bytes] = []
    start = 0
    for i in range(len(data) + 1):
        if i == len(data) or data[i] == 59:
            chunks.append(data[start:i])
            start = i + 1
    print(chunks)
    print(len(chunks[0]) + len(chunks[1]))
    same = b"abc" == bytes([97, 98, 99])
    print(same, b"abc"[1] == ord("b"))
    seq = list(b"xyz")
    print(seq)
    total = 0
    for v in reversed(b"\x01\x02\x03"):
        total = total * 10 + v
    print(total)
    for i, v in enumerate(b"hi"):
        print(i, v, chr(v))
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(main(sys.argv))
