print("before")
def deep(n):
    if n == 0:
        raise KeyError("deep key")
    deep(n - 1)
deep(3)
print("never")
