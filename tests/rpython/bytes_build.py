def encode_rle(data: bytes) -> bytes:
    out: list[int] = []
    i = 0
    while i < len(data):
        j = i
        while j < len(data) and data[j] == data[i] and j - i < 255:
            j += 1
        out.append(j - i)
        out.append(data[i])
        i = j
    return bytes(out)


def decode_rle(data: bytes) -> bytes:
    out = b""
    for k in range(0, len(data), 2):
        out = out + bytes([data[k + 1]]) * data[k]
    return out


def hexdump(data: bytes) -> str:
    digits = "0123456789abcdef"
    s = ""
    for b in data:
        s += digits[b >> 4] + digits[b & 15]
    return s


def main(argv: list[str]) -> int:
    src = b"aaaabbbcccd" + b"\x00" * 5
    enc = encode_rle(src)
    print(enc, len(src), len(enc))
    dec = decode_rle(enc)
    print(dec, dec == src)
    print(hexdump(b"Hi\x00\xff\x10"))
    acc = b""
    for i in range(5):
        acc += bytes([65 + i])
    print(acc)
    text = "r\u00e9sum\u00e9"
    print(hexdump(text.encode()))
    upper: list[int] = []
    for c in b"shout":
        upper.append(c - 32)
    print(bytes(upper))
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(main(sys.argv))
