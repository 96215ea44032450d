def main(argv: list[str]) -> int:
    s = {"x", "y"}
    try:
        s.remove("z")
    except KeyError as e:
        print("KeyError:", e)
    n = {1, 2}
    try:
        n.remove(3)
    except KeyError as e:
        print("KeyError:", e)
    n.remove(1)
    print(sorted(n))
    s.remove("x")
    s.remove("x")
    print("not reached")
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(main(sys.argv))
