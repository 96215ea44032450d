from collections import deque
graph = {1: [2, 3], 2: [4], 3: [4, 5], 4: [6], 5: [6], 6: []}
def bfs(start):
    seen = {start}
    order = []
    q = deque([start])
    while q:
        n = q.popleft()
        order.append(n)
        for m in graph[n]:
            if m not in seen:
                seen.add(m)
                q.append(m)
    return order
print(bfs(1))
window = deque(maxlen=3)
avgs = []
for x in [1, 2, 3, 4, 5, 6]:
    window.append(x)
    avgs.append(sum(window) / len(window))
print(avgs)
stack = deque()
for c in '(()())':
    if c == '(':
        stack.append(c)
    else:
        stack.pop()
print(len(stack), not stack)
q = deque(range(10000))
total = 0
while q:
    total += q.popleft()
print(total)
