def main(argv: list[str]) -> int:
    xs = [3, 1, 4, 1, 5]
    print(len(xs), xs[0], xs[-1], xs[2])
    xs[1] = 10
    xs[-2] += 100
    print(xs[1], xs[3])
    xs.append(9)
    print(xs.pop(), xs.pop(0), len(xs))
    ys: list[int] = []
    ys += xs
    ys += [7, 8]
    ys.extend([0])
    zs = xs + ys
    print(len(ys), len(zs), zs[-1])
    total = 0
    for v in zs:
        total += v
    print(total)
    names = ["a", "b"]
    names[0] = names[1] + names[0]
    print(names[0], len(names))
    return 0

if __name__ == "__main__":
    import sys
    sys.exit(main(sys.argv))
