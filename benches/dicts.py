# Dictionaries: word frequencies, an inverted index, a graph stored as a
# dict of dicts searched breadth-first, memoisation, and churn (insert,
# update, delete) on integer and string keys.
# bench: size=100 quick-size=10 quick-subset=yes
import sys


class Random:
    def __init__(self, seed):
        self.state = seed

    def next(self, bound):
        self.state = (self.state * 1103515245 + 12345) % 2147483648
        return (self.state >> 8) % bound


def word_for(n):
    letters = "etaoinshrdlucmfw"
    out = ""
    while True:
        out += letters[n % 16]
        n //= 16
        if n == 0:
            return out


def frequencies(rng, count):
    freq = {}
    for _ in range(count):
        w = word_for(rng.next(600))
        freq[w] = freq.get(w, 0) + 1
    return freq


def inverted_index(rng, docs):
    index = {}
    for doc in range(docs):
        for _ in range(30):
            w = word_for(rng.next(300))
            postings = index.setdefault(w, {})
            postings[doc] = postings.get(doc, 0) + 1
    return index


def build_graph(rng, nodes, edges):
    graph = {}
    for n in range(nodes):
        graph["n%d" % n] = {}
    for _ in range(edges):
        a = "n%d" % rng.next(nodes)
        b = "n%d" % rng.next(nodes)
        graph[a][b] = 1 + rng.next(9)
    return graph


def bfs(graph, start):
    dist = {start: 0}
    frontier = [start]
    while frontier:
        following = []
        for node in frontier:
            for neighbour in graph[node]:
                if neighbour not in dist:
                    dist[neighbour] = dist[node] + 1
                    following.append(neighbour)
        frontier = following
    return dist


def collatz_lengths(limit):
    memo = {1: 1}

    def length(n):
        path = []
        while n not in memo:
            path.append(n)
            n = n // 2 if n % 2 == 0 else 3 * n + 1
        base = memo[n]
        for m in reversed(path):
            base += 1
            memo[m] = base
        return base

    best = 0
    for i in range(1, limit):
        best = max(best, length(i))
    return best, len(memo)


def churn(rng, steps):
    d = {}
    for i in range(steps):
        k = rng.next(2000)
        if k in d:
            if i % 3 == 0:
                del d[k]
            else:
                d[k] += i
        else:
            d[k] = i
    total = 0
    for k, v in d.items():
        total = (total + k * v) % 1000000007
    return len(d), total


def main(rounds):
    rng = Random(7)
    check = 0
    for r in range(rounds):
        freq = frequencies(rng, 4000)
        top = sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))[:5]
        index = inverted_index(rng, 150)
        common = sorted(index, key=lambda w: (-len(index[w]), w))[0]
        graph = build_graph(rng, 400, 1600)
        dist = bfs(graph, "n0")
        far = max(dist.values())
        best, memo_size = collatz_lengths(3000 + r)
        size, total = churn(rng, 6000)
        merged = dict(freq)
        merged.update({w: len(p) for w, p in index.items()})
        check = (check * 7 + len(freq) + top[0][1] + len(index[common]) + len(dist) + far
                 + best + memo_size + size + total + len(merged)) % 1000000007
    print("dicts", rounds, check, top[0][0], common, far)


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 100)
