def find_pair(xs: list[int], target: int) -> tuple[int, int]:
    for i in range(len(xs)):
        for j in range(i + 1, len(xs)):
            if xs[i] + xs[j] == target:
                return i, j
    return -1, -1


def main(argv: list[str]) -> int:
    xs = [2, 7, 11, 15, -3, 4]
    for t in [9, 26, 1, 100, 8]:
        print(t, find_pair(xs, t))
    found = False
    for a in range(1, 20):
        for b in range(a, 20):
            c2 = a * a + b * b
            c = 1
            while c * c < c2:
                c += 1
            if c * c == c2 and a + b + c == 24:
                print("triple", a, b, c)
                found = True
                break
        if found:
            break
    grid = ["#..#", ".##.", "...."]
    for r, row in enumerate(grid):
        for c, ch in enumerate(row):
            if ch == "#":
                print("wall", r, c)
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(main(sys.argv))
