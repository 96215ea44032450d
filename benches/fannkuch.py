# Fannkuch: for every permutation of 0..n-1, count how many prefix reversals
# it takes until 0 comes first; report the maximum and a signed checksum.
# bench: size=9 quick-size=8 quick-subset=no
import sys


def fannkuch(n):
    perm = list(range(n))
    counts = [0] * n
    max_flips = 0
    checksum = 0
    parity = 1
    while True:
        first = perm[0]
        if first:
            work = perm[:]
            flips = 0
            while first:
                lo = 0
                hi = first
                while lo < hi:
                    work[lo], work[hi] = work[hi], work[lo]
                    lo += 1
                    hi -= 1
                flips += 1
                first = work[0]
            if flips > max_flips:
                max_flips = flips
            checksum += flips * parity
        # Next permutation in the order given by rotating prefixes.
        parity = -parity
        level = 1
        while True:
            if level == n:
                return max_flips, checksum
            head = perm[0]
            for k in range(level):
                perm[k] = perm[k + 1]
            perm[level] = head
            counts[level] += 1
            if counts[level] <= level:
                break
            counts[level] = 0
            level += 1


def main(n):
    max_flips, checksum = fannkuch(n)
    print("fannkuch", n, "checksum", checksum, "max-flips", max_flips)


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 9)
