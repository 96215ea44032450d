def main(argv: list[str]) -> int:
    samples: list[bytes] = [
        b"abc",
        b"",
        b"it's",
        b'say "hi"',
        b"both ' and \"",
        b"tab\there",
        b"line\nbreak\r",
        b"back\\slash",
        b"\x00\x01\x7f\x80\xff",
        b" ~",
        bytes([9, 10, 13, 39, 92]),
    ]
    for s in samples:
        print(repr(s), len(s))
        print(s)
    print(samples[:3])
    print(repr(b"xyz"), f"{b'q'!r}")
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(main(sys.argv))
