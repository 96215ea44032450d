# Memory per instance: keep n instances of a class with three attributes
# alive at once. The harness runs it with n = 0 and with a large n and
# divides the growth of peak RSS by n (so the figure includes the 8-byte
# list slot that holds each instance). Not a timed benchmark.
import sys


class Point:
    def __init__(self, x, y, z):
        self.x = x
        self.y = y
        self.z = z


def main(n):
    items = []
    shared = "label"
    for _ in range(n):
        items.append(Point(1, 2.5, shared))
    print("instances", len(items))


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 0)
