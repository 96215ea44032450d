"""Helper module imported by builtin_import.py (not a test itself)."""
VALUE = 42
def greet(name):
    return "hello " + name
class Thing:
    def __init__(self, n):
        self.n = n
_private = 1
print("helper module loaded", __name__)
