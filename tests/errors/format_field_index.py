def main(argv: list[str]) -> int:
    xs = [1, 2, 3]
    print("{0} and {0[1]:>4}".format(xs))
    return 0


if __name__ == "__main__":
    main([])
