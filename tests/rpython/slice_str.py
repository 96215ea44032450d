def main(argv: list[str]) -> int:
    s = "Hello, World!"
    print(s[0:5], s[7:], s[:-1], s[-6:], s[::2], s[::-1], s[1:10:3], s[10:1:-2])
    print(repr(s[5:5]), repr(s[50:]), repr(s[-50:3]), repr(s[8:3]))
    u = "a\u00e9\U0001F40Db\u4e2d"
    print(u[1:3], u[::-1], len(u[2:]), u[-2:], u[::2])
    path = "dir/sub/file.txt"
    slash = path.rfind("/")
    dot = path.rfind(".")
    print(path[:slash], path[slash + 1:], path[slash + 1:dot], path[dot + 1:])
    word = "racecar"
    print(word == word[::-1], "python"[::-1])
    digits = "1234567890"
    groups: list[str] = []
    i = len(digits)
    while i > 0:
        groups.insert(0, digits[max(0, i - 3):i])
        i -= 3
    print(",".join(groups))
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(main(sys.argv))
