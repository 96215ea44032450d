import sys
sys.setrecursionlimit(12000)
def depth(n):
    if n == 0:
        return 0
    return depth(n - 1) + 1
print(depth(9000))
class Node:
    def __init__(self, n):
        self.child = Node(n - 1) if n > 0 else None
def chain_len(node):
    return 0 if node is None else 1 + chain_len(node.child)
print(chain_len(Node(3000)))
def mutual_a(n):
    return n if n == 0 else mutual_b(n - 1)
def mutual_b(n):
    return n if n == 0 else mutual_a(n - 1)
print(mutual_a(9001))
