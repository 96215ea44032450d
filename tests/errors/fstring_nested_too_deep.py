def main(argv: list[str]) -> int:
    x = 3
    print(f"{x:{x:{x}}}")
    print(f"{f'{x:{x}}':{x}}")
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(main(sys.argv))
