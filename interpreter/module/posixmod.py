"""`posix`: the OS primitives behind the app-level `os` module (os_app.py):
cwd, directory listing, stat, unlink/mkdir/rmdir, file descriptors and
the environment. OS errors become the matching OSError subclass with
CPython's errno, strerror and filename."""

import os
from typing import Callable

from interpreter.objspace.root import W_Root, Args, OperationError
from interpreter.objspace.space import Space, W_BuiltinFunction
from interpreter.objspace.typeobject import W_TypeObject
from interpreter.objspace.strobject import W_StrObject
from interpreter.objspace.bytesobject import W_BytesObject
from interpreter.objspace.moduleobject import W_Module


def strerror(code: int) -> str:
    """The Linux (glibc) message of an errno value."""
    msgs: dict[int, str] = {
        1: "Operation not permitted", 2: "No such file or directory", 3: "No such process",
        4: "Interrupted system call", 5: "Input/output error", 6: "No such device or address",
        7: "Argument list too long", 8: "Exec format error", 9: "Bad file descriptor",
        10: "No child processes", 11: "Resource temporarily unavailable",
        12: "Cannot allocate memory", 13: "Permission denied", 14: "Bad address",
        15: "Block device required", 16: "Device or resource busy", 17: "File exists",
        18: "Invalid cross-device link", 19: "No such device", 20: "Not a directory",
        21: "Is a directory", 22: "Invalid argument", 23: "Too many open files in system",
        24: "Too many open files", 25: "Inappropriate ioctl for device", 26: "Text file busy",
        27: "File too large", 28: "No space left on device", 29: "Illegal seek",
        30: "Read-only file system", 31: "Too many links", 32: "Broken pipe",
        33: "Numerical argument out of domain", 34: "Numerical result out of range",
        35: "Resource deadlock avoided", 36: "File name too long", 37: "No locks available",
        38: "Function not implemented", 39: "Directory not empty",
        40: "Too many levels of symbolic links", 0: "Success",
    }
    m = msgs.get(code, None)
    if m is None:
        return "Unknown error " + str(code)
    return m


def error_type(space: Space, code: int) -> W_TypeObject:
    name = "OSError"
    if code == 2:
        name = "FileNotFoundError"
    elif code == 17:
        name = "FileExistsError"
    elif code == 1 or code == 13:
        name = "PermissionError"
    elif code == 21:
        name = "IsADirectoryError"
    elif code == 20:
        name = "NotADirectoryError"
    elif code == 11:
        name = "BlockingIOError"
    elif code == 110:
        name = "TimeoutError"
    w_t = space.exc_types.get(name, None)
    if w_t is None:
        return space.w_OSError
    return w_t


def oserror(space: Space, code: int, path: str, has_path: bool) -> OperationError:
    w_exc = space.new_exception(error_type(space, code),
                                [space.newint(code), space.newstr(strerror(code))])
    if has_path:
        w_exc.setattr_local("filename", space.newstr(path))
    return OperationError(w_exc)


def check_n(space: Space, args: Args, name: str, lo: int, hi: int) -> list[W_Root]:
    n = len(args.args_w)
    if len(args.kw_names) > 0:
        raise space.type_error(name + "() takes no keyword arguments")
    if n < lo or n > hi:
        if lo == hi:
            raise space.type_error(name + "() takes exactly " + str(lo) + " argument" +
                                   ("" if lo == 1 else "s") + " (" + str(n) + " given)")
        if n < lo:
            raise space.type_error(name + "() takes at least " + str(lo) + " argument" +
                                   ("" if lo == 1 else "s") + " (" + str(n) + " given)")
        raise space.type_error(name + "() takes at most " + str(hi) + " argument" +
                               ("" if hi == 1 else "s") + " (" + str(n) + " given)")
    return args.args_w


def path_arg(space: Space, w: W_Root, fname: str) -> str:
    if isinstance(w, W_StrObject):
        return w.value
    if isinstance(w, W_BytesObject):
        return w.value.decode("utf-8")
    w_fs = space.lookup_user(w, "__fspath__")
    if w_fs is not None:
        w_r = space.call_function(w_fs, [])
        if isinstance(w_r, W_StrObject):
            return w_r.value
    raise space.type_error(fname + ": path should be string, bytes or os.PathLike, not " +
                           space.type_name(w))


def p_getcwd(space: Space, args: Args) -> W_Root:
    check_n(space, args, "getcwd", 0, 0)
    try:
        cwd = os.getcwd()
    except OSError as e:
        raise oserror(space, e.errno, "", False)
    return space.newstr(cwd)


def p_listdir(space: Space, args: Args) -> W_Root:
    a = check_n(space, args, "listdir", 0, 1)
    path = "."
    if len(a) == 1 and a[0] is not space.w_None:
        path = path_arg(space, a[0], "listdir")
    try:
        names = os.listdir(path)
    except OSError as e:
        raise oserror(space, e.errno, path, True)
    items_w: list[W_Root] = []
    for n in names:
        items_w.append(space.newstr(n))
    return space.newlist(items_w)


def p_stat(space: Space, args: Args) -> W_Root:
    """stat(path) -> (st_mode, st_size, st_mtime, st_mtime_ns)."""
    a = check_n(space, args, "stat", 1, 1)
    path = path_arg(space, a[0], "stat")
    try:
        st = os.stat(path)
    except OSError as e:
        raise oserror(space, e.errno, path, True)
    return space.newtuple([space.newint(st.st_mode), space.newint(st.st_size),
                           space.newfloat(st.st_mtime), space.newint(st.st_mtime_ns)])


def p_remove(space: Space, args: Args) -> W_Root:
    a = check_n(space, args, "remove", 1, 1)
    path = path_arg(space, a[0], "remove")
    try:
        os.remove(path)
    except OSError as e:
        raise oserror(space, e.errno, path, True)
    return space.w_None


def p_mkdir(space: Space, args: Args) -> W_Root:
    a = check_n(space, args, "mkdir", 1, 2)
    path = path_arg(space, a[0], "mkdir")
    mode = 0o777
    if len(a) == 2:
        mode = space.int_w(a[1])
    try:
        os.mkdir(path, mode)
    except OSError as e:
        raise oserror(space, e.errno, path, True)
    return space.w_None


def p_rmdir(space: Space, args: Args) -> W_Root:
    a = check_n(space, args, "rmdir", 1, 1)
    path = path_arg(space, a[0], "rmdir")
    try:
        os.rmdir(path)
    except OSError as e:
        raise oserror(space, e.errno, path, True)
    return space.w_None


def p_open(space: Space, args: Args) -> W_Root:
    a = check_n(space, args, "open", 2, 3)
    path = path_arg(space, a[0], "open")
    flags = space.int_w(a[1])
    mode = 0o777
    if len(a) == 3:
        mode = space.int_w(a[2])
    try:
        fd = os.open(path, flags, mode)
    except OSError as e:
        raise oserror(space, e.errno, path, True)
    return space.newint(fd)


def p_read(space: Space, args: Args) -> W_Root:
    a = check_n(space, args, "read", 2, 2)
    fd = space.int_w(a[0])
    n = space.int_w(a[1])
    if n < 0:
        raise oserror(space, 22, "", False)
    try:
        data = os.read(fd, n)
    except OSError as e:
        raise oserror(space, e.errno, "", False)
    return space.newbytes(data)


def p_write(space: Space, args: Args) -> W_Root:
    a = check_n(space, args, "write", 2, 2)
    fd = space.int_w(a[0])
    w_data = a[1]
    if not isinstance(w_data, W_BytesObject):
        raise space.type_error("a bytes-like object is required, not '" + space.type_name(w_data) + "'")
    if fd == 1 or fd == 2:
        space.flush_stdout()
    try:
        n = os.write(fd, w_data.value)
    except OSError as e:
        raise oserror(space, e.errno, "", False)
    return space.newint(n)


def p_close(space: Space, args: Args) -> W_Root:
    a = check_n(space, args, "close", 1, 1)
    try:
        os.close(space.int_w(a[0]))
    except OSError as e:
        raise oserror(space, e.errno, "", False)
    return space.w_None


def p_isatty(space: Space, args: Args) -> W_Root:
    a = check_n(space, args, "isatty", 1, 1)
    return space.newbool(os.isatty(space.int_w(a[0])))


def p_strerror(space: Space, args: Args) -> W_Root:
    a = check_n(space, args, "strerror", 1, 1)
    return space.newstr(strerror(space.int_w(a[0])))


def read_environ() -> list[str]:
    """The process environment as "NAME=value" strings (from
    /proc/self/environ; empty where it cannot be read)."""
    try:
        fd = os.open("/proc/self/environ", os.O_RDONLY, 0o777)
    except OSError:
        return []
    chunks: list[bytes] = []
    try:
        while True:
            data = os.read(fd, 65536)
            if len(data) == 0:
                break
            chunks.append(data)
    except OSError:
        pass
    os.close(fd)
    raw = b"".join(chunks)
    out: list[str] = []
    start = 0
    i = 0
    n = len(raw)
    while i < n:
        if raw[i] == 0:
            if i > start:
                out.append(decode_lossy(raw[start:i]))
            start = i + 1
        i += 1
    if n > start:
        out.append(decode_lossy(raw[start:n]))
    return out


def decode_lossy(b: bytes) -> str:
    try:
        return b.decode("utf-8")
    except UnicodeDecodeError:
        chars: list[str] = []
        for x in b:
            chars.append(chr(x))
        return "".join(chars)


def p_environ(space: Space, args: Args) -> W_Root:
    """environ() -> dict of the environment variables."""
    check_n(space, args, "environ", 0, 0)
    w_d = space.newdict()
    for entry in read_environ():
        eq = entry.find("=", 1)
        if eq < 0:
            continue
        space.dict_setitem(w_d, space.newstr(entry[:eq]), space.newstr(entry[eq + 1:]))
    return w_d


def p_getenv(space: Space, args: Args) -> W_Root:
    """getenv(name) -> str or None (the live value, as the C getenv)."""
    a = check_n(space, args, "getenv", 1, 1)
    v = os.getenv(space.str_w(a[0]))
    if v is None:
        return space.w_None
    return space.newstr(v)


def fn(space: Space, d: dict[str, W_Root], name: str, f: Callable[[Space, Args], W_Root]) -> None:
    d[name] = W_BuiltinFunction(name, f, "")


def install_posix(space: Space) -> None:
    d: dict[str, W_Root] = {}
    d["__name__"] = space.newstr("posix")
    fn(space, d, "getcwd", p_getcwd)
    fn(space, d, "listdir", p_listdir)
    fn(space, d, "stat", p_stat)
    fn(space, d, "remove", p_remove)
    fn(space, d, "unlink", p_remove)
    fn(space, d, "mkdir", p_mkdir)
    fn(space, d, "rmdir", p_rmdir)
    fn(space, d, "open", p_open)
    fn(space, d, "read", p_read)
    fn(space, d, "write", p_write)
    fn(space, d, "close", p_close)
    fn(space, d, "isatty", p_isatty)
    fn(space, d, "strerror", p_strerror)
    fn(space, d, "environ", p_environ)
    fn(space, d, "getenv", p_getenv)
    d["O_RDONLY"] = space.newint(0)
    d["O_WRONLY"] = space.newint(1)
    d["O_RDWR"] = space.newint(2)
    d["O_CREAT"] = space.newint(0o100)
    d["O_EXCL"] = space.newint(0o200)
    d["O_TRUNC"] = space.newint(0o1000)
    d["O_APPEND"] = space.newint(0o2000)
    space.modules["posix"] = W_Module("posix", d)
