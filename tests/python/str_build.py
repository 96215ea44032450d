parts = []
for i in range(5):
    parts.append(str(i) * i)
print("|".join(parts))
acc = ""
for w in ["a", "bb", "ccc"]:
    acc += w.upper()
print(acc)
def caesar(text, k):
    out = []
    for ch in text:
        if ch.isalpha():
            base = ord("a") if ch.islower() else ord("A")
            out.append(chr((ord(ch) - base + k) % 26 + base))
        else:
            out.append(ch)
    return "".join(out)
enc = caesar("Hello, World!", 3)
print(enc, caesar(enc, -3))
def is_pal(s):
    t = [c.lower() for c in s if c.isalnum()]
    return t == t[::-1]
print(is_pal("A man, a plan, a canal: Panama"), is_pal("nope"))
from_counts = {}
for ch in "mississippi":
    from_counts[ch] = from_counts.get(ch, 0) + 1
print(sorted(from_counts.items()))
table = [("apple", 1.5, 3), ("kiwi", 0.25, 12)]
for name, price, qty in table:
    print(f"{name:<8}{price:>6.2f}{qty:>4}")
