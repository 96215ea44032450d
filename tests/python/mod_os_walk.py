# makedirs, walk and removedirs
import os

root = "_tmp_mod_os_walk"
os.makedirs(os.path.join(root, "a", "b", "c"))
os.makedirs(os.path.join(root, "a", "b", "c"), exist_ok=True)
try:
    os.makedirs(os.path.join(root, "a"))
except FileExistsError as e:
    print("FileExistsError", e.errno)
os.mkdir(os.path.join(root, "z"))
for name in ["a/x.txt", "a/b/y.txt", "top.txt"]:
    fd = os.open(os.path.join(root, name), os.O_WRONLY | os.O_CREAT, 0o644)
    os.close(fd)
for dirpath, dirs, files in sorted(os.walk(root)):
    print(dirpath, sorted(dirs), sorted(files))
for dirpath, dirs, files in os.walk(root, topdown=False):
    for f in files:
        os.remove(os.path.join(dirpath, f))
    os.rmdir(dirpath)
print(os.path.exists(root))
