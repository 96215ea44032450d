inventory = {"apples": 3, "pears": 0, "plums": 7}
for k in inventory:
    print(k, inventory[k])
for k, v in sorted(inventory.items(), key=lambda kv: kv[1]):
    print(k, v)
try:
    for k in inventory:
        inventory["new" + k] = 1
except RuntimeError as e:
    print(e)
counts = {}
for word in "a b a c b a".split():
    counts[word] = counts.get(word, 0) + 1
print(counts, max(counts, key=counts.get))
inverted = {v: k for k, v in counts.items()}
print(inverted)
nested = {"x": {"y": {"z": 1}}}
print(nested["x"]["y"]["z"], nested)
d = dict(a=1)
d2 = {**d, "b": 2}
print(d2, list(reversed(list(d2))))
grouped = {}
for n in range(10):
    grouped.setdefault(n % 3, []).append(n)
print(grouped)
