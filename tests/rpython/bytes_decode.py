def roundtrip(s: str) -> None:
    data = s.encode()
    back = data.decode()
    print(len(s), len(data), back == s, data)


def main(argv: list[str]) -> int:
    roundtrip("plain ascii")
    roundtrip("h\u00e9llo")
    roundtrip("\u20ac5")
    roundtrip("snake \U0001F40D")
    roundtrip("")
    e = "caf\u00e9".encode("utf-8")
    print(e, e[3], e[4], len(e))
    print(e.decode("utf-8"), len(e.decode("utf-8")))
    raw = bytes([0xe2, 0x82, 0xac])
    print(raw.decode(), ord(raw.decode()))
    try:
        b"\xff\xfe".decode()
    except UnicodeDecodeError as err:
        print("UnicodeDecodeError:", err)
    try:
        b"ab\xc3".decode("utf-8")
    except ValueError as err:
        print("ValueError:", err)
    try:
        b"\xe2\x28\xa1".decode()
    except UnicodeDecodeError as err:
        print("UnicodeDecodeError:", err)
    parts = [b"\xf0\x9f", b"\x90\x8d"]
    joined = parts[0] + parts[1]
    print(joined.decode(), len(joined.decode()))
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(main(sys.argv))
