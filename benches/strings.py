# String processing: build a text from a pseudo-random word generator, then
# split, join, search, replace, change case, slice, reverse and encode it.
# bench: size=400 quick-size=40 quick-subset=yes
import sys

SYLLABLES = ["ka", "lo", "mi", "nu", "pe", "ra", "si", "to", "ve", "zu", "qua", "xen", "bro", "ith"]


class Random:
    """A small linear congruential generator (the same on every interpreter)."""

    def __init__(self, seed):
        self.state = seed

    def next(self, bound):
        self.state = (self.state * 1103515245 + 12345) % 2147483648
        return (self.state >> 8) % bound


def make_word(rng):
    parts = []
    for _ in range(1 + rng.next(3)):
        parts.append(SYLLABLES[rng.next(len(SYLLABLES))])
    return "".join(parts)


def make_text(rng, words):
    out = []
    for i in range(words):
        w = make_word(rng)
        if rng.next(9) == 0:
            w = w.capitalize()
        out.append(w)
        if i % 13 == 12:
            out.append(".\n")
    return " ".join(out)


def digest(s):
    h = 0
    for ch in s:
        h = (h * 131 + ord(ch)) & 0xFFFFFFFF
    return h


def caesar(s, shift):
    out = []
    for ch in s:
        if "a" <= ch <= "z":
            out.append(chr((ord(ch) - 97 + shift) % 26 + 97))
        else:
            out.append(ch)
    return "".join(out)


def process(text):
    lines = text.split("\n")
    words = text.split()
    longest = ""
    reversible = 0
    vocabulary = set(words)
    vowels = 0
    for w in words:
        if len(w) > len(longest):
            longest = w
        if w[::-1] in vocabulary:
            reversible += 1
        for ch in w:
            if ch in "aeiou":
                vowels += 1
    upper = text.upper()
    replaced = text.replace("ka", "KA-").replace("zu", "")
    position = 0
    hits = 0
    while True:
        position = text.find("mi", position)
        if position < 0:
            break
        hits += 1
        position += 2
    stripped = [line.strip() for line in lines if line.strip()]
    titled = " | ".join([line[:20].title() for line in stripped[:50]])
    shifted = caesar(text[: len(text) // 4], 7)
    back = caesar(shifted, 19)
    assert back == text[: len(text) // 4]
    joined = "-".join(sorted(set(words)))
    return [
        len(words), len(longest), reversible, vowels, hits,
        text.count("qua"), upper.count("XEN"), len(replaced),
        digest(titled), digest(shifted), digest(joined),
        len(text.encode("utf-8")), text.startswith("ka"), text.endswith("."),
    ]


def main(rounds):
    rng = Random(42)
    totals = None
    for _ in range(rounds):
        text = make_text(rng, 700)
        result = process(text)
        if totals is None:
            totals = [0] * len(result)
        for i in range(len(result)):
            totals[i] = (totals[i] + int(result[i])) % 1000000007
    print("strings", rounds, " ".join([str(t) for t in totals]))


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 400)
