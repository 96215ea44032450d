# choices errors
import random

random.seed(4)
for kw in [dict(weights=[1, 2]), dict(weights=[0, 0, 0]), dict(cum_weights=[1, 2]),
           dict(weights=[1, 1, 1], cum_weights=[1, 2, 3]), dict(weights=[1, float("inf"), 1])]:
    try:
        print(random.choices("abc", k=3, **kw))
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    random.choices("abc", 3)
except TypeError as e:
    print("TypeError", e)
