def main(argv: list[str]) -> int:
    grid: dict[tuple[int, int], str] = {}
    for x in range(3):
        for y in range(3):
            if (x + y) % 2 == 0:
                grid[(x, y)] = "#"
    print(len(grid), (0, 0) in grid, (0, 1) in grid)
    for y in range(3):
        row = ""
        for x in range(3):
            row += grid.get((x, y), ".")
        print(row)
    names = {("ann", 1): 10, ("bob", 2): 20}
    names[("ann", 1)] += 5
    print(names, names[("bob", 2)])
    seen: set[tuple[int, str]] = set()
    seen.add((1, "a"))
    seen.add((1, "a"))
    seen.add((2, "a"))
    print(len(seen), (1, "a") in seen, (3, "a") in seen)
    print(sorted(seen))
    memo: dict[tuple[int, int], int] = {}
    print(paths(10, 10, memo), len(memo))
    return 0


def paths(r: int, c: int, memo: dict[tuple[int, int], int]) -> int:
    if r == 0 or c == 0:
        return 1
    key = (r, c)
    if key in memo:
        return memo[key]
    v = paths(r - 1, c, memo) + paths(r, c - 1, memo)
    memo[key] = v
    return v


if __name__ == "__main__":
    import sys
    sys.exit(main(sys.argv))
