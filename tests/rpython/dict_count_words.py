TEXT = """it was the best of times it was the worst of times
it was the age of wisdom it was the age of foolishness
it was the epoch of belief it was the epoch of incredulity"""


def main(argv: list[str]) -> int:
    counts: dict[str, int] = {}
    for word in TEXT.split():
        if word in counts:
            counts[word] += 1
        else:
            counts[word] = 1
    print(len(counts))
    ranked = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
    for word, c in ranked[:8]:
        print(f"{word:<12}{c:>3}")
    by_len: dict[int, list[str]] = {}
    for word in counts:
        by_len.setdefault(len(word), []).append(word)
    for length in sorted(by_len):
        print(length, sorted(by_len[length]))
    first_letter: dict[str, int] = {}
    for word, c in counts.items():
        first_letter[word[0]] = first_letter.get(word[0], 0) + c
    print(sorted(first_letter.items()))
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(main(sys.argv))
