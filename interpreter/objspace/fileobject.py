"""open() and the file objects it returns (TextIOWrapper, BufferedReader,
BufferedWriter, BufferedRandom), on the os.open/read/write/close
primitives.

The file's content is read completely at the first read; writes go
straight to the descriptor, except in '+' modes, where the whole content
is kept in memory and written back at flush()/close()."""

import os

from interpreter.objspace.root import W_Root, OperationError, Args, positional
from interpreter.objspace.space import Space, W_BuiltinFunction
from interpreter.objspace.typeobject import W_TypeObject, KIND_BUILTIN, KIND_EXCEPTION
from interpreter.objspace.intobject import W_IntObject
from interpreter.objspace.strobject import W_StrObject
from interpreter.objspace.bytesobject import W_BytesObject
from interpreter.objspace.funcobject import W_Property
from interpreter.objspace.oserrors import oserror, host_errno
from interpreter.objspace.extobject import (W_ExtObject, T_TEXTFILE, T_BUFFEREDREADER,
                                            T_BUFFEREDWRITER, T_BUFFEREDRANDOM)
from interpreter.objspace.bytesmethods import buf_w, is_bytes_like, new_type, add, add_prop


class W_FileObject(W_ExtObject):
    def __init__(self, fd: int, name: str, mode: str, binary: bool, readable: bool,
                 writable: bool, plus: bool) -> None:
        self.fd: int = fd
        self.name: str = name
        self.mode: str = mode
        self.binary: bool = binary
        self.readable: bool = readable
        self.writable: bool = writable
        self.plus: bool = plus
        self.closed: bool = False
        self.loaded: bool = False
        self.data: bytes = b""        # the content (binary, or text as UTF-8 before decoding)
        self.text: str = ""           # the decoded content (text mode)
        self.pos: int = 0             # in data (binary) or text (text mode)
        self.dirty: bool = False

    def type_name(self) -> str:
        if not self.binary:
            return "TextIOWrapper"
        if self.plus:
            return "BufferedRandom"
        if self.readable:
            return "BufferedReader"
        return "BufferedWriter"

    def type_index(self) -> int:
        if not self.binary:
            return T_TEXTFILE
        if self.plus:
            return T_BUFFEREDRANDOM
        if self.readable:
            return T_BUFFEREDREADER
        return T_BUFFEREDWRITER


def os_error(space: Space, errno: int, path: str) -> OperationError:
    return oserror(space, errno, path, True)


def unsupported(space: Space, msg: str) -> OperationError:
    return space.error(space.exc_types["UnsupportedOperation"], msg)


def closed_error(space: Space) -> OperationError:
    return space.value_error("I/O operation on closed file.")


def self_file(space: Space, args: Args) -> W_FileObject:
    w = args.args_w[0]
    if not isinstance(w, W_FileObject):
        raise space.type_error("descriptor requires a file object")
    return w


def check_open(space: Space, f: W_FileObject) -> None:
    if f.closed:
        raise closed_error(space)


def translate_newlines(s: str) -> str:
    if s.find("\r") < 0:
        return s
    return s.replace("\r\n", "\n").replace("\r", "\n")


def read_all_fd(fd: int) -> bytes:
    chunks: list[bytes] = []
    while True:
        data = os.read(fd, 65536)
        if len(data) == 0:
            break
        chunks.append(data)
    return b"".join(chunks)


def load(space: Space, f: W_FileObject) -> None:
    check_open(space, f)
    if not f.readable:
        raise unsupported(space, "not readable")
    if f.loaded:
        return
    try:
        f.data = read_all_fd(f.fd)
    except OSError as e:
        raise os_error(space, host_errno(e), f.name)
    f.loaded = True
    if not f.binary:
        try:
            f.text = translate_newlines(f.data.decode("utf-8"))
        except UnicodeDecodeError as e:
            raise space.error(space.w_UnicodeDecodeError, str(e))


def write_fd(space: Space, f: W_FileObject, b: bytes) -> None:
    try:
        while len(b) > 0:
            n = os.write(f.fd, b)
            b = b[n:]
    except OSError as e:
        raise os_error(space, host_errno(e), f.name)


# ---------------------------------------------------------------- open()

def b_open(space: Space, args: Args) -> W_Root:
    a = args.args_w
    names = ["file", "mode", "buffering", "encoding", "errors", "newline", "closefd", "opener"]
    vals: list[W_Root | None] = [None, None, None, None, None, None, None, None]
    i = 0
    while i < len(a):
        if i >= len(vals):
            raise space.type_error("open() takes at most 8 arguments (" + str(len(a)) + " given)")
        vals[i] = a[i]
        i += 1
    k = 0
    while k < len(args.kw_names):
        kn = args.kw_names[k]
        j = 0
        found = False
        while j < len(names):
            if names[j] == kn:
                vals[j] = args.kw_values[k]
                found = True
            j += 1
        if not found:
            raise space.type_error("'" + kn + "' is an invalid keyword argument for open()")
        k += 1
    w_file = vals[0]
    if w_file is None:
        raise space.type_error("open() missing required argument 'file' (pos 1)")
    if not isinstance(w_file, W_StrObject):
        raise space.type_error("expected str, bytes or os.PathLike object, not " + space.type_name(w_file))
    path = w_file.value
    mode = "r"
    w_mode = vals[1]
    if w_mode is not None:
        mode = space.str_w(w_mode)
    w_enc = vals[3]
    if w_enc is not None and w_enc is not space.w_None:
        enc = space.str_w(w_enc).lower().replace("-", "").replace("_", "")
        if enc != "utf8":
            raise space.value_error("only the utf-8 encoding is supported by open()")
    nr = 0
    nw = 0
    na = 0
    nx = 0
    plus = False
    binary = False
    text = False
    for c in mode:
        if c == "r":
            nr += 1
        elif c == "w":
            nw += 1
        elif c == "a":
            na += 1
        elif c == "x":
            nx += 1
        elif c == "+":
            if plus:
                raise space.value_error("invalid mode: '" + mode + "'")
            plus = True
        elif c == "b":
            binary = True
        elif c == "t":
            text = True
        else:
            raise space.value_error("invalid mode: '" + mode + "'")
    if nr + nw + na + nx != 1:
        raise space.value_error("must have exactly one of create/read/write/append mode")
    if binary and text:
        raise space.value_error("can't have text and binary mode at once")
    if binary and w_enc is not None and w_enc is not space.w_None:
        raise space.value_error("binary mode doesn't take an encoding argument")
    readable = nr > 0 or plus
    writable = nr == 0 or plus
    flags = os.O_RDONLY
    if readable and writable:
        flags = os.O_RDWR
    elif writable:
        flags = os.O_WRONLY
    if nw > 0:
        flags |= os.O_CREAT | os.O_TRUNC
    elif na > 0:
        flags |= os.O_CREAT | os.O_APPEND
    elif nx > 0:
        flags |= os.O_CREAT
        try:
            os.stat(path)
            raise os_error(space, 17, path)
        except OSError:
            pass
    try:
        fd = os.open(path, flags, 0o666)
    except OSError as e:
        raise os_error(space, host_errno(e), path)
    if not writable:
        # reading a directory fails at the first read on Linux: CPython fails at open
        try:
            st = os.stat(path)
            if (st.st_mode & 0o170000) == 0o040000:
                os.close(fd)
                raise os_error(space, 21, path)
        except OSError:
            pass
    canon = mode.replace("t", "")
    if binary:
        shown = canon
    else:
        shown = canon.replace("b", "")
    f = W_FileObject(fd, path, shown, binary, readable, writable, plus)
    if plus:
        if nw == 0:
            load(space, f)
        else:
            f.loaded = True
        if na > 0:
            f.pos = len(f.data) if binary else len(f.text)
    return f


# ---------------------------------------------------------------- methods

def f_read(space: Space, args: Args) -> W_Root:
    f = self_file(space, args)
    load(space, f)
    n = -1
    if len(args.args_w) > 1 and args.args_w[1] is not space.w_None:
        n = space.int_w(args.args_w[1])
    if f.binary:
        end = len(f.data) if n < 0 else min(len(f.data), f.pos + n)
        start = f.pos
        if start > end:
            start = end
        f.pos = end
        return space.newbytes(f.data[start:end])
    tend = len(f.text) if n < 0 else min(len(f.text), f.pos + n)
    tstart = f.pos
    if tstart > tend:
        tstart = tend
    f.pos = tend
    return space.newstr(f.text[tstart:tend])


def next_line(space: Space, f: W_FileObject, limit: int) -> W_Root:
    load(space, f)
    if f.binary:
        i = f.data.find(b"\n", f.pos)
        end = len(f.data) if i < 0 else i + 1
        if limit >= 0 and end > f.pos + limit:
            end = f.pos + limit
        start = f.pos
        if start > end:
            start = end
        f.pos = end
        return space.newbytes(f.data[start:end])
    j = f.text.find("\n", f.pos)
    tend = len(f.text) if j < 0 else j + 1
    if limit >= 0 and tend > f.pos + limit:
        tend = f.pos + limit
    tstart = f.pos
    if tstart > tend:
        tstart = tend
    f.pos = tend
    return space.newstr(f.text[tstart:tend])


def at_eof(f: W_FileObject) -> bool:
    if f.binary:
        return f.pos >= len(f.data)
    return f.pos >= len(f.text)


def f_readline(space: Space, args: Args) -> W_Root:
    f = self_file(space, args)
    limit = -1
    if len(args.args_w) > 1 and args.args_w[1] is not space.w_None:
        limit = space.int_w(args.args_w[1])
    return next_line(space, f, limit)


def f_readlines(space: Space, args: Args) -> W_Root:
    f = self_file(space, args)
    load(space, f)
    res: list[W_Root] = []
    while not at_eof(f):
        res.append(next_line(space, f, -1))
    return space.newlist(res)


def f_iter(space: Space, args: Args) -> W_Root:
    f = self_file(space, args)
    check_open(space, f)
    return f


def f_next(space: Space, args: Args) -> W_Root:
    f = self_file(space, args)
    load(space, f)
    if at_eof(f):
        raise OperationError(space.new_exception(space.w_StopIteration, []))
    return next_line(space, f, -1)


def do_write(space: Space, f: W_FileObject, w_data: W_Root) -> int:
    check_open(space, f)
    if not f.writable:
        raise unsupported(space, "not writable")
    b: bytes
    n: int
    if f.binary:
        if not is_bytes_like(w_data):
            raise space.type_error("a bytes-like object is required, not '" + space.type_name(w_data) + "'")
        b = buf_w(space, w_data)
        n = len(b)
    else:
        if not isinstance(w_data, W_StrObject):
            raise space.type_error("write() argument must be str, not " + space.type_name(w_data))
        s = w_data.value
        n = len(s)
        b = s.encode("utf-8")
    if f.plus:
        if f.binary:
            f.data = f.data[:f.pos] + b + f.data[f.pos + len(b):]
            f.pos += len(b)
        else:
            s2 = b.decode("utf-8")
            f.text = f.text[:f.pos] + s2 + f.text[f.pos + len(s2):]
            f.pos += len(s2)
        f.dirty = True
        return n
    write_fd(space, f, b)
    return n


def f_write(space: Space, args: Args) -> W_Root:
    f = self_file(space, args)
    if len(args.args_w) != 2:
        raise space.type_error("write() takes exactly one argument (" + str(len(args.args_w) - 1) + " given)")
    return space.newint(do_write(space, f, args.args_w[1]))


def f_writelines(space: Space, args: Args) -> W_Root:
    f = self_file(space, args)
    if len(args.args_w) != 2:
        raise space.type_error("writelines() takes exactly one argument")
    for w_x in space.unpack_iterable(args.args_w[1]):
        do_write(space, f, w_x)
    return space.w_None


def flush_plus(space: Space, f: W_FileObject) -> None:
    if f.plus and f.dirty:
        content = f.data if f.binary else f.text.encode("utf-8")
        try:
            fd2 = os.open(f.name, os.O_WRONLY | os.O_TRUNC, 0o666)
            rest = content
            while len(rest) > 0:
                k = os.write(fd2, rest)
                rest = rest[k:]
            os.close(fd2)
        except OSError as e:
            raise os_error(space, host_errno(e), f.name)
        f.dirty = False


def f_flush(space: Space, args: Args) -> W_Root:
    f = self_file(space, args)
    check_open(space, f)
    flush_plus(space, f)
    return space.w_None


def close_file(space: Space, f: W_FileObject) -> None:
    if f.closed:
        return
    try:
        flush_plus(space, f)
    finally:
        f.closed = True
        try:
            os.close(f.fd)
        except OSError:
            pass


def f_close(space: Space, args: Args) -> W_Root:
    close_file(space, self_file(space, args))
    return space.w_None


def f_enter(space: Space, args: Args) -> W_Root:
    f = self_file(space, args)
    check_open(space, f)
    return f


def f_exit(space: Space, args: Args) -> W_Root:
    close_file(space, self_file(space, args))
    return space.w_None


def f_seek(space: Space, args: Args) -> W_Root:
    f = self_file(space, args)
    check_open(space, f)
    if len(args.args_w) < 2:
        raise space.type_error("seek expected at least 1 argument, got 0")
    off = space.int_w(args.args_w[1])
    whence = 0
    if len(args.args_w) > 2:
        whence = space.int_w(args.args_w[2])
    if not f.readable:
        raise unsupported(space, "seek is not supported on a write-only file")
    load(space, f)
    size = len(f.data) if f.binary else len(f.text)
    if whence == 0:
        if off < 0:
            raise space.value_error("negative seek position " + str(off))
        f.pos = off
    elif whence == 1:
        if not f.binary and off != 0:
            raise unsupported(space, "can't do nonzero cur-relative seeks")
        f.pos = max(0, f.pos + off)
    elif whence == 2:
        if not f.binary and off != 0:
            raise unsupported(space, "can't do nonzero end-relative seeks")
        f.pos = max(0, size + off)
    else:
        raise space.value_error("invalid whence (" + str(whence) + ", should be 0, 1 or 2)")
    return space.newint(f.pos)


def f_tell(space: Space, args: Args) -> W_Root:
    f = self_file(space, args)
    check_open(space, f)
    if f.readable:
        load(space, f)
        if not f.binary:
            return space.newint(len(f.text[:f.pos].encode("utf-8")))
    return space.newint(f.pos)


def f_readable(space: Space, args: Args) -> W_Root:
    f = self_file(space, args)
    check_open(space, f)
    return space.newbool(f.readable)


def f_writable(space: Space, args: Args) -> W_Root:
    f = self_file(space, args)
    check_open(space, f)
    return space.newbool(f.writable)


def f_seekable(space: Space, args: Args) -> W_Root:
    f = self_file(space, args)
    check_open(space, f)
    return space.newbool(f.readable)


def f_fileno(space: Space, args: Args) -> W_Root:
    f = self_file(space, args)
    check_open(space, f)
    return space.newint(f.fd)


def f_repr(space: Space, args: Args) -> W_Root:
    f = self_file(space, args)
    if f.binary:
        return space.newstr("<_io." + f.type_name() + " name=" + space.repr(space.newstr(f.name)) + ">")
    return space.newstr("<_io.TextIOWrapper name=" + space.repr(space.newstr(f.name)) + " mode=" +
                        space.repr(space.newstr(f.mode)) + " encoding='UTF-8'>")


def p_closed(space: Space, args: Args) -> W_Root:
    return space.newbool(self_file(space, args).closed)


def p_name(space: Space, args: Args) -> W_Root:
    return space.newstr(self_file(space, args).name)


def p_mode(space: Space, args: Args) -> W_Root:
    return space.newstr(self_file(space, args).mode)


def p_encoding(space: Space, args: Args) -> W_Root:
    return space.newstr("UTF-8")


# ---------------------------------------------------------------- install

def install_file_type(space: Space, name: str, index: int, text: bool) -> W_TypeObject:
    w = new_type(space, name, index)
    w.module = "_io"
    add(space, w, "read", f_read)
    add(space, w, "readline", f_readline)
    add(space, w, "readlines", f_readlines)
    add(space, w, "write", f_write)
    add(space, w, "writelines", f_writelines)
    add(space, w, "flush", f_flush)
    add(space, w, "close", f_close)
    add(space, w, "__enter__", f_enter)
    add(space, w, "__exit__", f_exit)
    add(space, w, "__iter__", f_iter)
    add(space, w, "__next__", f_next)
    add(space, w, "__repr__", f_repr)
    add(space, w, "seek", f_seek)
    add(space, w, "tell", f_tell)
    add(space, w, "readable", f_readable)
    add(space, w, "writable", f_writable)
    add(space, w, "seekable", f_seekable)
    add(space, w, "fileno", f_fileno)
    add_prop(space, w, "closed", p_closed)
    add_prop(space, w, "name", p_name)
    add_prop(space, w, "mode", p_mode)
    if text:
        add_prop(space, w, "encoding", p_encoding)
    return w


def install(space: Space) -> None:
    install_file_type(space, "TextIOWrapper", T_TEXTFILE, True)
    install_file_type(space, "BufferedReader", T_BUFFEREDREADER, False)
    install_file_type(space, "BufferedWriter", T_BUFFEREDWRITER, False)
    install_file_type(space, "BufferedRandom", T_BUFFEREDRANDOM, False)
    # io.UnsupportedOperation: an OSError and a ValueError
    w_os = space.w_OSError
    w_val = space.w_ValueError
    w_u = W_TypeObject("UnsupportedOperation", [w_os, w_val], KIND_EXCEPTION)
    w_u.module = "io"
    mro: list[W_TypeObject] = [w_u, w_os, w_val]
    for w_b in w_os.mro_w:
        if w_b is not w_os and w_b is not w_val and not (w_b is space.w_Exception or
                                                        w_b is space.w_BaseException or
                                                        w_b is space.w_object):
            mro.append(w_b)
    mro.append(space.w_Exception)
    mro.append(space.w_BaseException)
    mro.append(space.w_object)
    w_u.mro_w = mro
    space.exc_types["UnsupportedOperation"] = w_u
    space.builtins["open"] = W_BuiltinFunction("open", b_open, "")
