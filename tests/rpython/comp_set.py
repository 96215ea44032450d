def main(argv: list[str]) -> int:
    mods = {x % 7 for x in range(100)}
    print(len(mods), sorted(mods))
    words = ["apple", "avocado", "banana", "blueberry", "cherry"]
    initials = {w[0] for w in words}
    print(sorted(initials))
    lens = {len(w) for w in words if "a" in w}
    print(sorted(lens))
    pairs = {(a, b) for a in range(3) for b in range(3) if a + b == 2}
    print(sorted(pairs))
    vowels = {c for c in "programming language" if c in "aeiou"}
    print(sorted(vowels))
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(main(sys.argv))
