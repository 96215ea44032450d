import sys
try:
    sys.exit(5)
except SystemExit as e:
    print("caught exit", e.code)
try:
    raise SystemExit("msg")
except SystemExit as e:
    print(e.code)
try:
    sys.exit()
except SystemExit as e:
    print(e.code)
try:
    sys.exit(1)
except Exception:
    print("not here")
except BaseException:
    print("BaseException catches SystemExit")
print("exiting")
sys.exit(3)
