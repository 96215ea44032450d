# Homogeneous tuples (`tuple[T, ...]`) are hashable as CPython's tuples:
# set members, dict keys and hash() give CPython's values.


def main(argv: list[str]) -> int:
    seen: set[tuple[int, ...]] = set()
    seen.add((1, 2, 3))
    seen.add(tuple([1, 2, 3]))
    seen.add(())
    yes: tuple[int, ...] = (1, 2, 3)
    no: tuple[int, ...] = (3, 2, 1)
    print(len(seen), yes in seen, no in seen)
    counts: dict[tuple[str, ...], int] = {}
    for words in [["a", "b"], ["b"], ["a", "b"]]:
        key = tuple(words)
        counts[key] = counts.get(key, 0) + 1
    for k, v in counts.items():
        print(k, v)
    t: tuple[int, ...] = (1, 2, 3)
    print(hash(t) == hash((1, 2, 3)), hash(t))
    e: tuple[int, ...] = ()
    print(hash(e))
    f: tuple[float, ...] = (1.5, -0.0, 2.0)
    print(hash(f))
    nested: set[tuple[tuple[int, ...], ...]] = {((1,), (2, 3))}
    probe: tuple[tuple[int, ...], ...] = ((1,), (2, 3))
    print(probe in nested, hash(probe) == hash(((1,), (2, 3))))
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(main(sys.argv))
