# exists / isfile / isdir / getsize on a small tree
import os

root = "_tmp_mod_os_path_exists"
os.mkdir(root)
try:
    os.mkdir(os.path.join(root, "d"))
    fd = os.open(os.path.join(root, "f.txt"), os.O_WRONLY | os.O_CREAT, 0o644)
    os.write(fd, b"12345")
    os.close(fd)
    for name in ["", "d", "f.txt", "missing", "d/missing", "f.txt/x"]:
        p = os.path.join(root, name)
        print(repr(name), os.path.exists(p), os.path.isfile(p), os.path.isdir(p))
    print(os.path.getsize(os.path.join(root, "f.txt")))
    try:
        os.path.getsize(os.path.join(root, "missing"))
    except FileNotFoundError as e:
        print("FileNotFoundError", e.errno)
    os.remove(os.path.join(root, "f.txt"))
    os.rmdir(os.path.join(root, "d"))
finally:
    os.rmdir(root)
print(os.path.exists(root))
