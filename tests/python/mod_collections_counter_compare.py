from collections import Counter
print(Counter(a=1) == Counter(a=1, b=0), Counter(a=1) == Counter(a=2), Counter() == Counter(x=0))
print(Counter(a=1) != Counter(a=1, b=0), Counter('ab') == {'a': 1, 'b': 1}, {'a': 1} == Counter('a'))
print(Counter('a') <= Counter('aa'), Counter('aa') <= Counter('a'), Counter('a') < Counter('ab'), Counter('ab') < Counter('ab'))
print(Counter('ab') >= Counter('a'), Counter('abc') > Counter('ab'), Counter('a') > Counter('a'))
try:
    hash(Counter())
except TypeError as e:
    print(type(e).__name__)
