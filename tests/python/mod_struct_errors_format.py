# struct.error for bad formats and argument counts
import struct

for fmt in ["z", "3", "<n", ">N", "=P", " <i", "i!", "4", "<3"]:
    try:
        print(repr(fmt), struct.calcsize(fmt))
    except struct.error as e:
        print(repr(fmt), "error", e)
for fmt, args in [("i", ()), ("i", (1, 2)), ("ii", (1,)), ("0s", ()), ("2x", (1,)), ("3s", ())]:
    try:
        print(fmt, struct.pack(fmt, *args))
    except struct.error as e:
        print(fmt, "error", e)
try:
    struct.pack(1)
except TypeError as e:
    print("TypeError", e)
print(issubclass(struct.error, Exception), struct.error.__name__, repr(struct.error("x")))
