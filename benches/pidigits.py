# Pi digits: the first n decimal digits of pi from an unbounded spigot over
# exact big integers (a linear fractional transform is composed with the
# next term of a series, and a digit is emitted once it is certain).
# bench: size=6000 quick-size=1500 quick-subset=yes
import sys


def pi_digits(count):
    # The state is the matrix [[q, r], [0, t]]; term k is [[k, 4k+2], [0, 2k+1]].
    q, r, t = 1, 0, 1
    k = 0
    digits = []
    while len(digits) < count:
        k += 1
        q, r, t = q * k, (2 * q + r) * (2 * k + 1), t * (2 * k + 1)
        if q > r:
            continue
        low = (3 * q + r) // t
        high = (4 * q + r) // t
        if low != high:
            continue
        digits.append(low)
        q, r = 10 * q, 10 * (r - low * t)
    return digits


def main(n):
    digits = pi_digits(n)
    text = "".join([str(d) for d in digits])
    weighted = 0
    for i, d in enumerate(digits):
        weighted = (weighted * 31 + d * (i + 1)) % 1000000007
    print("pidigits", n, text[:12], text[-12:], sum(digits), weighted)


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 6000)
