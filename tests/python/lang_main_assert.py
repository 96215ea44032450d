print(__name__)
if __name__ == "__main__":
    print("main block")
try:
    assert 1 == 2, "numbers differ"
except AssertionError as e:
    print(type(e).__name__, e, e.args)
try:
    assert False
except AssertionError as e:
    print(type(e).__name__, repr(e), e.args)
try:
    assert [], ["list", "msg"]
except AssertionError as e:
    print(e.args)
calls = []
def m():
    calls.append(1)
    return "m"
assert True, m()
print(calls)
x = 5
try:
    assert x < 3, f"x is {x}"
except AssertionError as e:
    print(e)
