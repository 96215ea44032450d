def classify(n):
    if n < 0:
        return "neg"
    elif n == 0:
        return "zero"
    for i in range(2, n):
        if n % i == 0:
            return "composite"
    return "prime-ish"
print([classify(x) for x in [-1, 0, 1, 2, 9, 13]])
def nothing():
    pass
print(nothing())
def early(lst):
    for x in lst:
        while True:
            if x > 2:
                return x
            break
    return None
print(early([1, 2, 3, 4]), early([]))
def multi():
    return 1, 2, 3
a, b, c = multi()
print(a + b + c, multi())
def in_try():
    try:
        return "try"
    finally:
        print("finally runs")
print(in_try())
def override():
    try:
        return 1
    finally:
        return 2
print(override())
