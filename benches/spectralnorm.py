# Spectral norm: the largest singular value of the infinite matrix
# A[i][j] = 1 / ((i + j) * (i + j + 1) / 2 + i + 1), by power iteration on
# A^T A truncated to size x size.
# bench: size=350 quick-size=150 quick-subset=no
import sys


def entry(i, j):
    s = i + j
    return 1.0 / (s * (s + 1) // 2 + i + 1)


def times(v, n, transpose):
    out = []
    for i in range(n):
        total = 0.0
        if transpose:
            for j in range(n):
                total += entry(j, i) * v[j]
        else:
            for j in range(n):
                total += entry(i, j) * v[j]
        out.append(total)
    return out


def times_ata(v, n):
    return times(times(v, n, False), n, True)


def main(n):
    u = [1.0] * n
    v = u
    for _ in range(10):
        v = times_ata(u, n)
        u = times_ata(v, n)
    vbv = 0.0
    vv = 0.0
    for i in range(n):
        vbv += u[i] * v[i]
        vv += v[i] * v[i]
    print("spectralnorm %d %.9f" % (n, (vbv / vv) ** 0.5))


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 350)
