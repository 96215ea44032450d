print(pow(2, 10), pow(2, -1), pow(2.0, 3), pow(-2, 3), pow(3, 4, 5), pow(2, 100, 1000), pow(-3, 3, 7), pow(0, 0))
print(pow(2, 0.5), pow(10, 20), pow(7, -1, 5) if True else 3)
try:
    pow(2, 3, 0)
except ValueError as e:
    print(type(e).__name__, e)
try:
    pow(2.0, 3, 5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    pow(0, -1)
except ZeroDivisionError as e:
    print(type(e).__name__, e)
class P:
    def __pow__(self, o):
        return "pow", o
    def __rpow__(self, o):
        return "rpow", o
print(pow(P(), 2), pow(2, P()), P() ** 3, 3 ** P())
print(round(2.5), round(3.5), round(-2.5), round(2.675, 2), round(1234, -2), round(1.5), type(round(1.5)).__name__)
print(round(5), round(3.14159, 3), round(-0.5), round(1e20), round(2.5, None), round(15, -1), round(25, -1))
class R:
    def __round__(self, n=None):
        return ("round", n)
print(round(R()), round(R(), 2))
try:
    round("x")
except TypeError as e:
    print(type(e).__name__, e)
try:
    round(float("inf"))
except OverflowError as e:
    print(type(e).__name__, e)
