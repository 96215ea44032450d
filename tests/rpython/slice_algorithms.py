def merge_sort(xs: list[int]) -> list[int]:
    if len(xs) <= 1:
        return xs
    mid = len(xs) // 2
    left = merge_sort(xs[:mid])
    right = merge_sort(xs[mid:])
    out: list[int] = []
    i = 0
    j = 0
    while i < len(left) and j < len(right):
        if left[i] <= right[j]:
            out.append(left[i])
            i += 1
        else:
            out.append(right[j])
            j += 1
    return out + left[i:] + right[j:]


def rotate(s: str, k: int) -> str:
    if s == "":
        return s
    k = k % len(s)
    return s[k:] + s[:k]


def main(argv: list[str]) -> int:
    data = [38, 27, 43, 3, 9, 82, 10, -5, 0, 27]
    print(merge_sort(data), data)
    for k in [0, 1, 3, -1, 13]:
        print(k, rotate("abcdefg", k))
    window = 3
    vals = [1, 3, 2, 6, -1, 4, 1, 8, 2]
    sums = [sum(vals[i:i + window]) for i in range(len(vals) - window + 1)]
    print(sums)
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(main(sys.argv))
