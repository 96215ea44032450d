class Tree:
    def __init__(self, key: int) -> None:
        self.key = key
        self.left: Tree | None = None
        self.right: Tree | None = None


def insert(t: Tree | None, key: int) -> Tree:
    if t is None:
        return Tree(key)
    if key < t.key:
        t.left = insert(t.left, key)
    elif key > t.key:
        t.right = insert(t.right, key)
    return t


def inorder(t: Tree | None, out: list[int]) -> None:
    if t is None:
        return
    inorder(t.left, out)
    out.append(t.key)
    inorder(t.right, out)


def height(t: Tree | None) -> int:
    if t is None:
        return 0
    return 1 + max(height(t.left), height(t.right))


def find(t: Tree | None, key: int) -> Tree | None:
    while t is not None and t.key != key:
        t = t.left if key < t.key else t.right
    return t


def main(argv: list[str]) -> int:
    root: Tree | None = None
    for k in [50, 30, 70, 20, 40, 60, 80, 35, 45, 65]:
        root = insert(root, k)
    out: list[int] = []
    inorder(root, out)
    print(out)
    print("height", height(root))
    for k in [35, 36, 80, 10]:
        f = find(root, k)
        if f is None:
            print(k, "missing")
        else:
            left = f.left
            print(k, "found", "leaf" if left is None and f.right is None else "inner")
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(main(sys.argv))
