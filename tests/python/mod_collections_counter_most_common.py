from collections import Counter
c = Counter('abracadabra')
print(c.most_common(), c.most_common(1), c.most_common(3), c.most_common(0), c.most_common(-1))
words = 'the cat and the hat and the bat'.split()
print(Counter(words).most_common(2))
tie = Counter('dcbaabcd')
print(tie.most_common(), tie.most_common(2))
print(Counter({'x': -1, 'y': 0, 'z': 3}).most_common())
