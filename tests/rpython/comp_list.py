def main(argv: list[str]) -> int:
    squares = [x * x for x in range(10)]
    print(squares)
    evens = [x for x in range(20) if x % 2 == 0]
    print(evens)
    words = ["apple", "Bob", "cat", "Dog", "egg"]
    caps = [w.upper() for w in words if w[0].islower()]
    print(caps)
    lens = [len(w) for w in words]
    print(lens, sum(lens))
    pairs = [(x, y) for x in range(3) for y in range(3) if x != y]
    print(pairs)
    flat = [c for w in ["ab", "cd"] for c in w]
    print(flat)
    matrix = [[i * 3 + j for j in range(3)] for i in range(3)]
    print(matrix)
    transposed = [[row[i] for row in matrix] for i in range(3)]
    print(transposed)
    threshold = 4
    big = [x for x in squares if x > threshold]
    print(big)
    labels = ["even" if n % 2 == 0 else "odd" for n in range(5)]
    print(labels)
    floats = [x / 2 for x in range(5)]
    print(floats)
    empty = [x for x in range(0)]
    print(empty, len(empty))
    nested_filter = [x for x in range(50) if x % 3 == 0 if x % 5 == 0]
    print(nested_filter)
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(main(sys.argv))
