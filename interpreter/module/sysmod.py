"""The builtin `sys` module.

The VM describes itself honestly: sys.implementation.name is 'pyvm'; the
version is 3.11.0 (the language level it follows); sys.flags are all off;
sys.int_info shows 30-bit digits and no limit on int/str conversions
(the VM has none); sys.hash_info has CPython's numeric hash parameters
(the VM reproduces them) and 'pyvm' as the str hash algorithm.
sys.modules is kept in step with imports by sysmodules.py. sys.stdin
reads standard input a line at a time; what read(n) or readline(n) took
beyond n is kept for the next read and for input()."""

import os
import sys
from typing import Callable

from rlib.rbigint import rbigint

from interpreter.objspace.root import W_Root, OperationError, Args, positional
from interpreter.objspace.space import Space, W_BuiltinFunction, INT_MAX
from interpreter.objspace.typeobject import W_TypeObject
from interpreter.objspace.intobject import W_IntObject
from interpreter.objspace.floatobject import W_FloatObject
from interpreter.objspace.longobject import W_LongObject
from interpreter.objspace.strobject import W_StrObject
from interpreter.objspace.bytesobject import W_BytesObject
from interpreter.objspace.listobject import W_ListObject
from interpreter.objspace.tupleobject import W_TupleObject
from interpreter.objspace.dictobject import W_DictObject
from interpreter.objspace.setobject import W_SetObject
from interpreter.objspace.noneobject import W_NoneObject
from interpreter.objspace.instance import W_Instance
from interpreter.objspace.moduleobject import W_Module
from interpreter.objspace.builtin_methods import nargs, method
from interpreter.objspace import codecs_impl
from interpreter.eval import ExecutionContext
from interpreter.module import structseq
from interpreter.module.apphelper import helper_module
from interpreter.module.stdin_app import STDIN_SOURCE

VERSION_MAJOR = 3
VERSION_MINOR = 11
VERSION_MICRO = 0
# PY_VERSION_HEX: major, minor, micro, release level (0xF: final), serial
HEXVERSION = (VERSION_MAJOR << 24) | (VERSION_MINOR << 16) | (VERSION_MICRO << 8) | 0xF0


def sys_args(space: Space, args: Args, name: str, lo: int, hi: int) -> list[W_Root]:
    if len(args.kw_names) > 0:
        raise space.type_error(name + "() takes no keyword arguments")
    n = len(args.args_w)
    if n < lo or n > hi:
        if lo == hi == 0:
            raise space.type_error("sys." + name + "() takes no arguments (" + str(n) + " given)")
        if lo == hi == 1:
            raise space.type_error("sys." + name + "() takes exactly one argument (" + str(n) + " given)")
        raise space.type_error(name + " expected at most " + str(hi) + " arguments, got " + str(n))
    return args.args_w


# ---------------------------------------------------------------- functions

def sys_exit(space: Space, args: Args) -> W_Root:
    raise OperationError(space.new_exception(space.w_SystemExit, list(args.args_w)))


def sys_setrecursionlimit(space: Space, args: Args) -> W_Root:
    a = sys_args(space, args, "setrecursionlimit", 1, 1)
    n = space.int_w(a[0])
    if n < 1:
        raise space.value_error("recursion limit must be greater or equal than 1")
    space.recursion_limit = n
    return space.w_None


def sys_getrecursionlimit(space: Space, args: Args) -> W_Root:
    sys_args(space, args, "getrecursionlimit", 0, 0)
    return space.newint(space.recursion_limit)


def handled_exception(space: Space) -> W_Root | None:
    ec = space.engine
    assert isinstance(ec, ExecutionContext)
    return ec.current_handled(ec.topframe)


def sys_exc_info(space: Space, args: Args) -> W_Root:
    sys_args(space, args, "exc_info", 0, 0)
    w_e = handled_exception(space)
    if w_e is None:
        return space.newtuple([space.w_None, space.w_None, space.w_None])
    return space.newtuple([space.type(w_e), w_e, space.w_None])


def sys_exception(space: Space, args: Args) -> W_Root:
    sys_args(space, args, "exception", 0, 0)
    w_e = handled_exception(space)
    if w_e is None:
        return space.w_None
    return w_e


def sys_intern(space: Space, args: Args) -> W_Root:
    w_s = sys_args(space, args, "intern", 1, 1)[0]
    if isinstance(w_s, W_StrObject):
        return w_s
    if space.isinstance_w(w_s, space.w_str):
        raise space.type_error("can't intern " + space.type_name(w_s))
    raise space.type_error("intern() argument must be str, not " + space.type_name(w_s))


def str_size(s: str) -> int:
    """CPython's compact str layouts: 1, 2 or 4 bytes per character."""
    widest = 0
    for c in s:
        if ord(c) > widest:
            widest = ord(c)
    if widest < 128:
        return 49 + len(s)
    if widest < 256:
        return 73 + len(s)
    if widest < 65536:
        return 74 + 2 * len(s)
    return 76 + 4 * len(s)


def int_size(num: rbigint) -> int:
    digits = (num.bit_length() + 29) // 30
    if digits < 1:
        digits = 1
    return 24 + 4 * digits


def builtin_size(space: Space, w: W_Root) -> int:
    """Plausible sizes, those of CPython 3.11 on 64-bit Linux for the
    common types (containers without their over-allocation)."""
    if isinstance(w, W_IntObject):
        return int_size(rbigint.fromint(w.intval))
    if isinstance(w, W_LongObject):
        return int_size(w.num)
    if isinstance(w, W_FloatObject):
        return 24
    if isinstance(w, W_StrObject):
        return str_size(w.value)
    if isinstance(w, W_BytesObject):
        return 33 + len(w.value)
    if isinstance(w, W_TupleObject):
        return 40 + 8 * len(w.items_w)
    if isinstance(w, W_ListObject):
        return 56 + 8 * len(w.items_w)
    if isinstance(w, W_DictObject):
        n = w.storage.used
        if n == 0:
            return 64
        size = 8
        while size * 2 < n * 3:
            size *= 2
        return 64 + 16 * size + 24 * size * 2 // 3
    if isinstance(w, W_SetObject):
        n = w.storage.used
        size = 8
        while size * 3 < n * 5:
            size *= 2
        return 200 + 16 * size
    if isinstance(w, W_NoneObject):
        return 16
    return 56


def sys_getsizeof(space: Space, args: Args) -> W_Root:
    a = args.args_w
    w_default: W_Root | None = args.get_kw("default")
    if len(a) == 2:
        w_default = a[1]
    if len(a) < 1 or len(a) > 2:
        raise space.type_error("getsizeof() missing required argument 'object' (pos 1)" if len(a) == 0
                               else "getsizeof() takes at most 2 arguments (" + str(len(a)) + " given)")
    w_obj = a[0]
    w_m = space.lookup_user(w_obj, "__sizeof__")
    if w_m is None:
        return space.newint(builtin_size(space, w_obj))
    try:
        w_r = space.call(w_m, positional([]))
        if not space.is_int(w_r):
            raise space.type_error("an integer is required")
    except OperationError as e:
        if w_default is not None and space.exc_matches(e.w_value, space.w_TypeError):
            return w_default
        raise
    n = space.int_w(w_r)
    if n < 0:
        raise space.value_error("__sizeof__() should return >= 0")
    # the garbage collector's header and the managed-dict pointers
    return space.newint(n + 32)


def sys_getdefaultencoding(space: Space, args: Args) -> W_Root:
    sys_args(space, args, "getdefaultencoding", 0, 0)
    return space.newstr("utf-8")


def sys_getfilesystemencoding(space: Space, args: Args) -> W_Root:
    sys_args(space, args, "getfilesystemencoding", 0, 0)
    return space.newstr("utf-8")


def sys_getfilesystemencodeerrors(space: Space, args: Args) -> W_Root:
    sys_args(space, args, "getfilesystemencodeerrors", 0, 0)
    return space.newstr("surrogateescape")


def sys_getswitchinterval(space: Space, args: Args) -> W_Root:
    sys_args(space, args, "getswitchinterval", 0, 0)
    return space.newfloat(0.005)


def sys_is_finalizing(space: Space, args: Args) -> W_Root:
    sys_args(space, args, "is_finalizing", 0, 0)
    return space.w_False


def sys_displayhook(space: Space, args: Args) -> W_Root:
    """What the interactive prompt does with an expression's value."""
    w_v = sys_args(space, args, "displayhook", 1, 1)[0]
    if w_v is space.w_None:
        return space.w_None
    space.builtins["_"] = space.w_None
    space.write_stdout(space.repr(w_v) + "\n")
    space.builtins["_"] = w_v
    return space.w_None


# ---------------------------------------------------------------- standard streams

class StdinState:
    """Characters read from standard input but not yet returned (read(n)
    takes a whole line and keeps the rest here)."""

    def __init__(self) -> None:
        self.pending: str = ""


STDIN: StdinState = StdinState()


def stdin_line() -> str:
    """The next line of standard input, with its newline ('' at the end)."""
    if STDIN.pending != "":
        nl = STDIN.pending.find("\n")
        if nl >= 0:
            line = STDIN.pending[:nl + 1]
            STDIN.pending = STDIN.pending[nl + 1:]
            return line
        line = STDIN.pending
        STDIN.pending = ""
        return line + sys.stdin.readline()
    return sys.stdin.readline()


def size_arg(space: Space, args: Args) -> int:
    if len(args.args_w) != 1:
        raise space.type_error("expected one argument")
    w = args.args_w[0]
    if w is space.w_None:
        return -1
    return space.int_w(w)


def stdin_readline(space: Space, args: Args) -> W_Root:
    """readline(size) of sys.stdin (size -1: the whole line)."""
    limit = size_arg(space, args)
    line = stdin_line()
    if 0 <= limit < len(line):
        STDIN.pending = line[limit:] + STDIN.pending
        line = line[:limit]
    return space.newstr(line)


def stdin_read(space: Space, args: Args) -> W_Root:
    """read(size) of sys.stdin (size -1: up to the end of the input)."""
    limit = size_arg(space, args)
    parts: list[str] = []
    got = 0
    while limit < 0 or got < limit:
        line = stdin_line()
        if line == "":
            break
        parts.append(line)
        got += len(line)
    text = "".join(parts)
    if 0 <= limit < len(text):
        STDIN.pending = text[limit:] + STDIN.pending
        text = text[:limit]
    return space.newstr(text)


def stdin_isatty(space: Space, args: Args) -> W_Root:
    return space.newbool(os.isatty(0))


def stdout_write(space: Space, args: Args) -> W_Root:
    a = nargs(space, args, "write", 1, 1)
    s = space.str_w(a[0])
    codecs_impl.write_stdout_checked(space, s)
    return space.newint(len(s))


def stderr_write(space: Space, args: Args) -> W_Root:
    a = nargs(space, args, "write", 1, 1)
    s = space.str_w(a[0])
    space.write_stderr(s)
    return space.newint(len(s))


def stream_flush(space: Space, args: Args) -> W_Root:
    space.flush_stdout()
    return space.w_None


def stream_true(space: Space, args: Args) -> W_Root:
    return space.w_True


def stream_false(space: Space, args: Args) -> W_Root:
    return space.w_False


def stream_class(space: Space) -> W_TypeObject:
    """_io.TextIOWrapper for the three standard streams."""
    ns: dict[str, W_Root] = {}
    w_cls = space.new_class(space.w_type, "TextIOWrapper", [], ns)
    w_cls.module = "_io"
    method(space, w_cls, "flush", stream_flush)
    return w_cls


def make_stream(space: Space, w_cls: W_TypeObject, name: str, fd: int) -> W_Instance:
    w_inst = W_Instance(w_cls)
    w_inst.setattr_local("name", space.newstr(name))
    w_inst.setattr_local("encoding", space.newstr("utf-8"))
    w_inst.setattr_local("errors", space.newstr("strict"))
    w_inst.setattr_local("mode", space.newstr("w"))
    w_inst.setattr_local("fileno", W_BuiltinFunction("fileno", stream_fileno(fd), ""))
    w_inst.setattr_local("isatty", W_BuiltinFunction("isatty", stream_isatty(fd), ""))
    return w_inst


def stream_fileno(fd: int) -> Callable[[Space, Args], W_Root]:
    def fileno(space: Space, args: Args) -> W_Root:
        return space.newint(fd)
    return fileno


def stream_isatty(fd: int) -> Callable[[Space, Args], W_Root]:
    def isatty(space: Space, args: Args) -> W_Root:
        return space.newbool(os.isatty(fd))
    return isatty


def install_streams(space: Space, d: dict[str, W_Root]) -> None:
    w_cls = stream_class(space)
    w_out_cls = space.new_class(space.w_type, "TextIOWrapper", [w_cls], {})
    w_out_cls.module = "_io"
    method(space, w_out_cls, "write", stdout_write)
    method(space, w_out_cls, "readable", stream_false)
    method(space, w_out_cls, "writable", stream_true)
    w_err_cls = space.new_class(space.w_type, "TextIOWrapper", [w_cls], {})
    w_err_cls.module = "_io"
    method(space, w_err_cls, "write", stderr_write)
    method(space, w_err_cls, "readable", stream_false)
    method(space, w_err_cls, "writable", stream_true)
    w_out = make_stream(space, w_out_cls, "<stdout>", 1)
    w_err = make_stream(space, w_err_cls, "<stderr>", 2)
    w_in_cls = space.getattr(helper_module(space, "_stdin", STDIN_SOURCE), "TextIOWrapper")
    w_in = space.call(w_in_cls, positional([W_BuiltinFunction("readline", stdin_readline, ""),
                                            W_BuiltinFunction("read", stdin_read, ""),
                                            W_BuiltinFunction("isatty", stdin_isatty, "")]))
    d["stdin"] = w_in
    d["stdout"] = w_out
    d["stderr"] = w_err
    d["__stdin__"] = w_in
    d["__stdout__"] = w_out
    d["__stderr__"] = w_err


# ---------------------------------------------------------------- struct sequences and namespaces

def ints(space: Space, values: list[int]) -> list[W_Root]:
    out: list[W_Root] = []
    for v in values:
        out.append(space.newint(v))
    return out


def version_info(space: Space) -> W_Root:
    w_t = structseq.make_type(space, "sys", "version_info",
                              ["major", "minor", "micro", "releaselevel", "serial"], 5)
    return structseq.new(space, w_t, [space.newint(VERSION_MAJOR), space.newint(VERSION_MINOR),
                                      space.newint(VERSION_MICRO), space.newstr("final"), space.newint(0)])


def float_info(space: Space) -> W_Root:
    w_t = structseq.make_type(space, "sys", "float_info",
                              ["max", "max_exp", "max_10_exp", "min", "min_exp", "min_10_exp", "dig",
                               "mant_dig", "epsilon", "radix", "rounds"], 11)
    return structseq.new(space, w_t, [space.newfloat(1.7976931348623157e+308), space.newint(1024),
                                      space.newint(308), space.newfloat(2.2250738585072014e-308),
                                      space.newint(-1021), space.newint(-307), space.newint(15),
                                      space.newint(53), space.newfloat(2.220446049250313e-16),
                                      space.newint(2), space.newint(1)])


def int_info(space: Space) -> W_Root:
    w_t = structseq.make_type(space, "sys", "int_info",
                              ["bits_per_digit", "sizeof_digit", "default_max_str_digits",
                               "str_digits_check_threshold"], 4)
    return structseq.new(space, w_t, ints(space, [30, 4, 0, 0]))


def hash_info(space: Space) -> W_Root:
    w_t = structseq.make_type(space, "sys", "hash_info",
                              ["width", "modulus", "inf", "nan", "imag", "algorithm", "hash_bits",
                               "seed_bits", "cutoff"], 9)
    items_w = ints(space, [64, (1 << 61) - 1, 314159, 0, 1000003])
    items_w.append(space.newstr("pyvm"))
    items_w.extend(ints(space, [64, 0, 0]))
    return structseq.new(space, w_t, items_w)


def flags(space: Space) -> W_Root:
    names = ["debug", "inspect", "interactive", "optimize", "dont_write_bytecode", "no_user_site",
             "no_site", "ignore_environment", "verbose", "bytes_warning", "quiet",
             "hash_randomization", "isolated", "dev_mode", "utf8_mode", "warn_default_encoding",
             "safe_path", "int_max_str_digits"]
    w_t = structseq.make_type(space, "sys", "flags", names, len(names))
    items_w = ints(space, [0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0])
    items_w.append(space.w_False)
    items_w.extend(ints(space, [1, 0]))
    items_w.append(space.w_False)
    items_w.append(space.newint(-1))
    return structseq.new(space, w_t, items_w)


def namespace_repr(space: Space, args: Args) -> W_Root:
    w_self = args.args_w[0]
    parts: list[str] = []
    if isinstance(w_self, W_Instance):
        items = space.str_keyed_items(space.instance_dict(w_self))
        for key in items:
            parts.append(key + "=" + space.repr(items[key]))
    return space.newstr("namespace(" + ", ".join(parts) + ")")


def implementation(space: Space, w_version: W_Root) -> W_Root:
    """A types.SimpleNamespace-like record describing the VM."""
    w_cls = space.new_class(space.w_type, "SimpleNamespace", [], {})
    w_cls.module = "types"
    method(space, w_cls, "__repr__", namespace_repr)
    w_ns = W_Instance(w_cls)
    space.setattr(w_ns, "name", space.newstr("pyvm"))
    space.setattr(w_ns, "cache_tag", space.w_None)
    space.setattr(w_ns, "version", w_version)
    space.setattr(w_ns, "hexversion", space.newint(HEXVERSION))
    return w_ns


# ---------------------------------------------------------------- the module

def add(d: dict[str, W_Root], name: str, fn: Callable[[Space, Args], W_Root]) -> None:
    d[name] = W_BuiltinFunction(name, fn, "")


def strs(space: Space, names: list[str]) -> list[W_Root]:
    out: list[W_Root] = []
    for n in names:
        out.append(space.newstr(n))
    return out


def install_sys(space: Space, argv: list[str]) -> None:
    d: dict[str, W_Root] = {}
    d["__name__"] = space.newstr("sys")
    d["argv"] = space.newlist(strs(space, argv))
    d["orig_argv"] = space.newlist(strs(space, argv))
    add(d, "exit", sys_exit)
    add(d, "setrecursionlimit", sys_setrecursionlimit)
    add(d, "getrecursionlimit", sys_getrecursionlimit)
    add(d, "exc_info", sys_exc_info)
    add(d, "exception", sys_exception)
    add(d, "intern", sys_intern)
    add(d, "getsizeof", sys_getsizeof)
    add(d, "getdefaultencoding", sys_getdefaultencoding)
    add(d, "getfilesystemencoding", sys_getfilesystemencoding)
    add(d, "getfilesystemencodeerrors", sys_getfilesystemencodeerrors)
    add(d, "getswitchinterval", sys_getswitchinterval)
    add(d, "is_finalizing", sys_is_finalizing)
    add(d, "displayhook", sys_displayhook)
    d["__displayhook__"] = d["displayhook"]
    d["maxsize"] = space.newint(INT_MAX)
    d["maxunicode"] = space.newint(0x10FFFF)
    d["version"] = space.newstr(str(VERSION_MAJOR) + "." + str(VERSION_MINOR) + "." +
                                str(VERSION_MICRO) + " (pyvm)")
    w_version = version_info(space)
    d["version_info"] = w_version
    d["hexversion"] = space.newint(HEXVERSION)
    d["api_version"] = space.newint(1013)
    d["implementation"] = implementation(space, w_version)
    d["float_info"] = float_info(space)
    d["int_info"] = int_info(space)
    d["hash_info"] = hash_info(space)
    d["flags"] = flags(space)
    d["float_repr_style"] = space.newstr("short")
    d["platform"] = space.newstr("linux")
    d["byteorder"] = space.newstr("little")
    d["executable"] = space.newstr("pypy-c")
    d["prefix"] = space.newstr("")
    d["exec_prefix"] = space.newstr("")
    d["base_prefix"] = space.newstr("")
    d["base_exec_prefix"] = space.newstr("")
    d["dont_write_bytecode"] = space.w_True
    d["warnoptions"] = space.newlist([])
    d["meta_path"] = space.newlist([])
    d["path_hooks"] = space.newlist([])
    d["path_importer_cache"] = space.newdict()
    install_streams(space, d)
    d["path"] = space.newlist(strs(space, space.sys_path))
    w_modules = space.newdict()
    d["modules"] = w_modules
    space.modules["sys"] = W_Module("sys", d)


def finish_sys(space: Space) -> None:
    """What sys can tell once every builtin module is registered."""
    names: list[str] = []
    for name in space.modules:
        if name != "__main__":
            names.append(name)
    for name in space.lazy_modules:
        names.append(name)
    names.sort()
    space.modules["sys"].set_item("builtin_module_names", space.newtuple(strs(space, names)))
