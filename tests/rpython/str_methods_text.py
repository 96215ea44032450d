def word_freq(text: str) -> dict[str, int]:
    counts: dict[str, int] = {}
    for raw in text.split():
        w = raw.strip(".,;!?").lower()
        if w == "":
            continue
        counts[w] = counts.get(w, 0) + 1
    return counts


def title(s: str) -> str:
    return " ".join([w.capitalize() for w in s.split(" ")])


def main(argv: list[str]) -> int:
    text = "The cat sat. The cat ran! A dog sat, and the dog ran; the END."
    counts = word_freq(text)
    for w in sorted(counts):
        print(w.ljust(5), counts[w])
    print(title("hello big wide world"))
    csv = "name,age\nann,31\nbob,27\n"
    for line in csv.strip().split("\n")[1:]:
        fields = line.split(",")
        print(fields[0].upper(), int(fields[1]) + 1)
    print(text.count("the"), text.lower().count("the"), text.replace("cat", "cow", 1))
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(main(sys.argv))
