def main(argv: list[str]) -> int:
    graph: dict[str, list[str]] = {
        "a": ["b", "c"],
        "b": ["d"],
        "c": ["d", "e"],
        "d": ["f"],
        "e": ["f"],
        "f": [],
    }
    dist: dict[str, int] = {"a": 0}
    queue = ["a"]
    while queue:
        cur = queue.pop(0)
        for nxt in graph[cur]:
            if nxt not in dist:
                dist[nxt] = dist[cur] + 1
                queue.append(nxt)
    print(dist)
    table: dict[str, dict[str, int]] = {}
    for row in ["x", "y"]:
        table[row] = {}
        for col in ["p", "q", "r"]:
            table[row][col] = len(row + col) * ord(col)
    print(table)
    print(table["y"]["q"])
    inverted: dict[int, list[str]] = {}
    for k, v in dist.items():
        inverted.setdefault(v, []).append(k)
    print(inverted)
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(main(sys.argv))
