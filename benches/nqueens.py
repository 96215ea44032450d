# N queens: count every placement of n non-attacking queens, once with sets
# of occupied columns and diagonals, once with bit masks.
# bench: size=12 quick-size=10 quick-subset=no
import sys


def count_with_sets(n):
    cols = set()
    diag1 = set()
    diag2 = set()

    def place(row):
        if row == n:
            return 1
        found = 0
        for c in range(n):
            if c in cols or row + c in diag1 or row - c in diag2:
                continue
            cols.add(c)
            diag1.add(row + c)
            diag2.add(row - c)
            found += place(row + 1)
            cols.remove(c)
            diag1.remove(row + c)
            diag2.remove(row - c)
        return found

    return place(0)


def count_with_masks(n):
    full = (1 << n) - 1

    def place(cols, left, right):
        if cols == full:
            return 1
        found = 0
        free = full & ~(cols | left | right)
        while free:
            bit = free & -free
            free -= bit
            found += place(cols | bit, ((left | bit) << 1) & full, (right | bit) >> 1)
        return found

    return place(0, 0, 0)


def first_solution(n):
    board = [-1] * n

    def safe(row, col):
        for r in range(row):
            c = board[r]
            if c == col or abs(c - col) == row - r:
                return False
        return True

    def place(row):
        if row == n:
            return True
        for col in range(n):
            if safe(row, col):
                board[row] = col
                if place(row + 1):
                    return True
        board[row] = -1
        return False

    place(0)
    return board


def main(n):
    a = count_with_sets(n)
    b = count_with_masks(n + 1)
    first = first_solution(n + 4)
    print("nqueens", n, a, b, "".join([str(c % 10) for c in first]))


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 12)
