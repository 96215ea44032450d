import os
fn = "_io_utf8.tmp"
text = "héllo wörld\n日本語\n😀 emoji\n"
with open(fn, "w", encoding="utf-8") as f:
    print(f.write(text))
with open(fn, "rb") as f:
    raw = f.read()
print(len(raw), raw[:8])
with open(fn, encoding="utf-8") as f:
    print(f.read() == text)
with open(fn) as f:
    print([len(l) for l in f])
with open(fn) as f:
    print(repr(f.read(3)), repr(f.readline()), f.readline().strip())
with open(fn, "wb") as f:
    f.write(b"\xff\xfe bad")
try:
    with open(fn) as f:
        f.read()
except UnicodeDecodeError as e:
    print(type(e).__name__)
os.remove(fn)
