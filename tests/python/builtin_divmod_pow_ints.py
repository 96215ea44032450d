for a in [7, -7, 0, 13]:
    for b in [2, -3, 5]:
        print(a, b, divmod(a, b), a // b, a % b, pow(a, 2), pow(a, 3, b) if b > 0 else "-")
print(divmod(2**65, 3), pow(3, 200, 10**9 + 7), pow(-2, 63), abs(-2**63), -(-2**63))
print(divmod(-2**63, -1), (-2**63) // -1, 2**63 - 1 + 1)
