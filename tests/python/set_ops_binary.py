# | & - ^ produce CPython's layout (copy, merge, smaller-side iteration)
a = {1, 2, 3, 40, 50, 66, 8, 16}
b = {3, 4, 5, 66, 1000, 16, 24}
print(a | b, b | a)
print(a & b, b & a)
print(a - b, b - a)
print(a ^ b, b ^ a)
big = set(range(0, 300, 7))
small = {14, 21, 5, 600}
print(big & small, small & big)
print(big - small)
print(small - big)
print(big ^ small)
print(set(range(40)) - {1, 2}, {1, 2} | set(range(20, 40)))
print(a | a, a & a, a - a, a ^ a)
