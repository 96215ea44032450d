from collections import Counter
text = 'It was the best of times it was the worst of times'
words = Counter(w.lower() for w in text.split())
print(words.most_common(3), words['times'], words['nothing'])
def is_anagram(a, b):
    return Counter(a) == Counter(b)
print(is_anagram('listen', 'silent'), is_anagram('abc', 'abd'))
inventory = Counter(apple=3, pear=1)
order = Counter(apple=2, pear=2)
print(inventory - order, order - inventory, (inventory & order).total())
print(sorted(Counter([3, 1, 3, 2, 3, 1]).items()))
print(Counter('mississippi').most_common()[-1])
