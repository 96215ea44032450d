import functools
@functools.total_ordering
class W:
    def __init__(self, v):
        self.v = v
    def __eq__(self, o):
        if not isinstance(o, W):
            return NotImplemented
        return self.v == o.v
    def __ge__(self, o):
        if not isinstance(o, W):
            return NotImplemented
        return self.v >= o.v
print(W(1) < W(2), W(1) > W(2), W(2) <= W(2))
try:
    W(1) < 5
except TypeError as e:
    print(type(e).__name__, e)
print(W.__lt__.__name__, W.__le__.__name__, W.__gt__.__name__)
