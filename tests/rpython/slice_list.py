def main(argv: list[str]) -> int:
    xs = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9]
    print(xs[2:5], xs[:3], xs[7:], xs[:], xs[-3:], xs[:-3], xs[-5:-2])
    print(xs[::2], xs[1::2], xs[::-1], xs[::-3], xs[8:2:-2], xs[2:8:-1])
    print(xs[100:], xs[-100:2], xs[5:100], xs[3:3], xs[6:2], xs[-1:-11:-4])
    ys = xs[:]
    ys[0] = 99
    print(xs[0], ys[0])
    mid = xs[len(xs) // 2 - 1:len(xs) // 2 + 1]
    print(mid)
    chunks: list[list[int]] = []
    for i in range(0, len(xs), 3):
        chunks.append(xs[i:i + 3])
    print(chunks)
    words = ["a", "b", "c", "d"]
    print(words[1:3], words[::-1], words[-2:])
    rot = words[1:] + words[:1]
    print(rot)
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(main(sys.argv))
