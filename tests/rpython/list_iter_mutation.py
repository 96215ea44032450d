def main(argv: list[str]) -> int:
    xs = [1, 2, 3]
    for x in xs:
        print("item", x)
        if x < 3:
            xs.append(x * 10)
    print(len(xs))
    ys = [1, 2, 3, 4, 5, 6]
    for y in ys:
        print("y", y)
        ys.pop()
    print(len(ys))
    return 0

if __name__ == "__main__":
    import sys
    sys.exit(main(sys.argv))
