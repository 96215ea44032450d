def main(argv: list[str]) -> int:
    for i in range(1, 16):
        if i % 15 == 0:
            print("FizzBuzz")
        elif i % 3 == 0:
            print("Fizz")
        elif i % 5 == 0:
            print("Buzz")
        else:
            print(i)
    return 0

if __name__ == "__main__":
    import sys
    sys.exit(main(sys.argv))
