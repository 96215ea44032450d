"""A `for` loop that runs zero times leaves its variable unassigned: CPython
raises UnboundLocalError when it is read after the loop. The translator
rejects reads after a loop that may run zero times, unless the variable was
assigned before the loop (or the loop surely runs: a literal `range(3)` or a
non-empty literal list)."""


def last(xs: list[int]) -> int:
    for x in xs:
        pass
    return x


def last_index(n: int) -> int:
    for i in range(n):
        if i > 5:
            break
    else:
        print("no break", i)
    return i


def counted(words: list[str]) -> int:
    for k, w in enumerate(words):
        print(w)
    return k


def fine(n: int) -> int:
    j = -1
    for j in range(n):
        pass
    for c in [1, 2, 3]:
        pass
    for m in range(3):
        pass
    return j + c + m


def main(argv: list[str]) -> int:
    print(last([1]), last_index(3), counted(["a"]), fine(2))
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(main(sys.argv))
