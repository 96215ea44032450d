"""`posix`: the OS primitives behind the app-level `os` module (os_app.py):
cwd, directory listing, stat, unlink/mkdir/rmdir, rename/replace, getpid,
file descriptors and the environment. OS errors become the matching OSError subclass with
CPython's errno, strerror and filename."""

import os
from typing import Callable

from interpreter.objspace.root import W_Root, Args, OperationError
from interpreter.objspace.space import Space, W_BuiltinFunction
from interpreter.objspace.typeobject import W_TypeObject
from interpreter.objspace.strobject import W_StrObject
from interpreter.objspace.bytesobject import W_BytesObject
from interpreter.objspace.moduleobject import W_Module
from interpreter.objspace.oserrors import strerror, error_type, oserror, host_errno


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
        raise oserror(space, host_errno(e), "", False)
    return space.newstr(cwd)


def p_listdir(space: Space, args: Args) -> W_Root:
    a = check_n(space, args, "listdir", 0, 1)
    path = "."
    if len(a) == 1 and a[0] is not space.w_None:
        path = path_arg(space, a[0], "listdir")
    try:
        names = os.listdir(path)
    except OSError as e:
        raise oserror(space, host_errno(e), path, True)
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
        raise oserror(space, host_errno(e), path, True)
    return space.newtuple([space.newint(st.st_mode), space.newint(st.st_size),
                           space.newfloat(st.st_mtime), space.newint(st.st_mtime_ns)])


def p_remove(space: Space, args: Args) -> W_Root:
    a = check_n(space, args, "remove", 1, 1)
    path = path_arg(space, a[0], "remove")
    try:
        os.remove(path)
    except OSError as e:
        raise oserror(space, host_errno(e), path, True)
    return space.w_None


def p_getpid(space: Space, args: Args) -> W_Root:
    check_n(space, args, "getpid", 0, 0)
    return space.newint(os.getpid())


def rename_impl(space: Space, args: Args, name: str) -> W_Root:
    a = check_n(space, args, name, 2, 2)
    src = path_arg(space, a[0], name)
    dst = path_arg(space, a[1], name)
    try:
        os.rename(src, dst)
    except OSError as e:
        # CPython's OSError with both paths: filename and filename2.
        w_exc = space.new_exception(error_type(space, host_errno(e)),
                                    [space.newint(host_errno(e)), space.newstr(strerror(host_errno(e)))])
        w_exc.setattr_local("filename", space.newstr(src))
        w_exc.setattr_local("filename2", space.newstr(dst))
        raise OperationError(w_exc)
    return space.w_None


def p_rename(space: Space, args: Args) -> W_Root:
    return rename_impl(space, args, "rename")


def p_replace(space: Space, args: Args) -> W_Root:
    return rename_impl(space, args, "replace")


def p_mkdir(space: Space, args: Args) -> W_Root:
    a = check_n(space, args, "mkdir", 1, 2)
    path = path_arg(space, a[0], "mkdir")
    mode = 0o777
    if len(a) == 2:
        mode = space.int_w(a[1])
    try:
        os.mkdir(path, mode)
    except OSError as e:
        raise oserror(space, host_errno(e), path, True)
    return space.w_None


def p_rmdir(space: Space, args: Args) -> W_Root:
    a = check_n(space, args, "rmdir", 1, 1)
    path = path_arg(space, a[0], "rmdir")
    try:
        os.rmdir(path)
    except OSError as e:
        raise oserror(space, host_errno(e), path, True)
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
        raise oserror(space, host_errno(e), path, True)
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
        raise oserror(space, host_errno(e), "", False)
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
        raise oserror(space, host_errno(e), "", False)
    return space.newint(n)


def p_close(space: Space, args: Args) -> W_Root:
    a = check_n(space, args, "close", 1, 1)
    try:
        os.close(space.int_w(a[0]))
    except OSError as e:
        raise oserror(space, host_errno(e), "", False)
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
    fn(space, d, "rename", p_rename)
    fn(space, d, "replace", p_replace)
    fn(space, d, "getpid", p_getpid)
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
