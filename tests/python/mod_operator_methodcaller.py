import operator as op
up = op.methodcaller('upper')
print(up('abc'), repr(up))
sp = op.methodcaller('split', ',', 1)
print(sp('a,b,c'), repr(sp))
rep = op.methodcaller('replace', 'a', 'o')
print(rep('banana'))
srt = op.methodcaller('sort', reverse=True)
lst = [3, 1, 2]
srt(lst)
print(lst, repr(srt))
print(repr(op.methodcaller('f', 1, 'x', k=[2], z=None)))
try:
    op.methodcaller(3)
except TypeError as e:
    print(type(e).__name__, e)
try:
    op.methodcaller('nope')(5)
except AttributeError as e:
    print(type(e).__name__, e)
print(list(map(op.methodcaller('count', 'a'), ['aa', 'bab', ''])))
