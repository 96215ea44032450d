# Recursion: naive Fibonacci, Takeuchi's function, Ackermann's function and
# the Towers of Hanoi, all by plain recursive calls.
# bench: size=32 quick-size=25 quick-subset=no
import sys


def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


def tak(x, y, z):
    if y >= x:
        return z
    return tak(tak(x - 1, y, z), tak(y - 1, z, x), tak(z - 1, x, y))


def ackermann(m, n):
    if m == 0:
        return n + 1
    if n == 0:
        return ackermann(m - 1, 1)
    return ackermann(m - 1, ackermann(m, n - 1))


def hanoi(disks, source, target, spare, moves):
    if disks == 0:
        return
    hanoi(disks - 1, source, spare, target, moves)
    moves[source * 3 + target] += 1
    hanoi(disks - 1, spare, target, source, moves)


def main(size):
    f = fib(size)
    t = 0
    for i in range(size):
        t += tak(18 + i % 4, 12, 6)
    a = 0
    for n in range(size):
        a += ackermann(2, n * 7) + ackermann(3, n % 7)
    moves = [0] * 9
    hanoi(size - 10, 0, 2, 1, moves)
    print("recursion", size, f, t, a, sum(moves), moves[2], moves[1])


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 32)
