def make_grid(n: int) -> list[list[int]]:
    grid: list[list[int]] = []
    for i in range(n):
        row: list[int] = []
        for j in range(n):
            row.append(i * n + j)
        grid.append(row)
    return grid


def main(argv: list[str]) -> int:
    g = make_grid(3)
    g[1][1] = -1
    for row in g:
        line = ""
        for v in row:
            line += str(v) + " "
        print(line)
    print(len(g), len(g[0]), g[2][2])
    return 0

if __name__ == "__main__":
    import sys
    sys.exit(main(sys.argv))
