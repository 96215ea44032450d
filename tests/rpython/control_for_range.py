def main(argv: list[str]) -> int:
    for i in range(3):
        print("a", i)
    for i in range(2, 5):
        print("b", i)
    for i in range(10, 0, -3):
        print("c", i)
    for i in range(0, 10, 4):
        print("d", i)
    for i in range(5, 5):
        print("never")
    step = -2
    for i in range(6, -1, step):
        print("e", i)
    last = -1
    for last in range(4):
        pass
    print("last", last)
    total = 0
    for i in range(100):
        if i % 7 == 0:
            continue
        if i > 20:
            break
        total += i
    print(total, i)
    return 0

if __name__ == "__main__":
    import sys
    sys.exit(main(sys.argv))
