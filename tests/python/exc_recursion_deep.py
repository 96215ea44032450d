# Deep Python recursion does not depend on the host stack (frames live on
# the VM's heap); nested reprs and runaway recursion raise RecursionError.
import sys

sys.setrecursionlimit(60000)


def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)


print(depth(50000))


def runaway(n):
    try:
        return runaway(n + 1)
    except RecursionError:
        return n


sys.setrecursionlimit(1000)
print(runaway(0) > 900)

nested = []
for i in range(5000):
    nested = [nested]
try:
    print(len(repr(nested)))
except RecursionError as e:
    print("RecursionError", e)

d = {}
for i in range(5000):
    d = {"k": d}
try:
    print(len(repr(d)))
except RecursionError as e:
    print("RecursionError", e)

shallow = []
for i in range(50):
    shallow = [shallow]
print(repr(shallow)[:10], len(repr(shallow)))
