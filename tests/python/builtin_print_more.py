print()
print(1, 2, 3, sep="-")
print("a", "b", sep="", end="!\n")
print("x", end="")
print("y")
print(None, True, 1.5, [1, "a"], (2,), {"k": None}, sep=" | ")
print(*[1, 2, 3])
print(*"abc", sep=",")
print("sep None", sep=None, end=None)
import sys
print("to stdout", file=sys.stdout)
print("flushed", flush=True)
class W:
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)
w = W()
print("hello", "world", file=w, sep="_")
print(w.parts)
try:
    print(sep=5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    print(bad=1)
except TypeError as e:
    print(type(e).__name__, e)
class S:
    def __str__(self):
        return "S!"
print(S(), [S()][0], str(S()))
sys.stdout.write("direct\n")
print(end="")
print("end")
