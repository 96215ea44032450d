"""Argument checking for the methods of builtin types, with CPython 3.11's
error messages for each of its calling conventions (the receiver is
args.args_w[0]; counts in messages exclude it):

- `no_args`   METH_NOARGS        "str.upper() takes no arguments (1 given)"
- `one_arg`   METH_O             "str.zfill() takes exactly one argument (0 given)"
- `pos_args`  clinic, positional "center expected at least 1 argument, got 0"
- `var_args`  PyArg_ParseTuple   "find() takes at least 1 argument (0 given)"
- `kw_args`   clinic, keywords   "split() takes at most 2 arguments (3 given)"

and the usual conversions (`index_arg`, `slice_index`)."""

from interpreter.objspace.root import W_Root, Args, OperationError
from interpreter.objspace.space import Space
from interpreter.objspace.intobject import W_IntObject
from interpreter.objspace.longobject import W_LongObject

MAXINT = 9223372036854775807


def _plural(n: int) -> str:
    return "" if n == 1 else "s"


def receiver(space: Space, args: Args, tname: str, name: str) -> W_Root:
    """The receiver of an unbound call such as `str.upper()`."""
    if len(args.args_w) == 0:
        raise space.type_error("unbound method " + tname + "." + name + "() needs an argument")
    return args.args_w[0]


def bad_receiver(space: Space, tname: str, name: str, w: W_Root) -> OperationError:
    return space.type_error("descriptor '" + name + "' for '" + tname + "' objects doesn't apply to a '" +
                            space.type_name(w) + "' object")


def no_kw(space: Space, args: Args, qualname: str) -> None:
    if len(args.kw_names) > 0:
        raise space.type_error(qualname + "() takes no keyword arguments")


def no_args(space: Space, args: Args, tname: str, name: str) -> None:
    no_kw(space, args, tname + "." + name)
    n = len(args.args_w) - 1
    if n != 0:
        raise space.type_error(tname + "." + name + "() takes no arguments (" + str(n) + " given)")


def one_arg(space: Space, args: Args, tname: str, name: str) -> W_Root:
    no_kw(space, args, tname + "." + name)
    n = len(args.args_w) - 1
    if n != 1:
        raise space.type_error(tname + "." + name + "() takes exactly one argument (" + str(n) + " given)")
    return args.args_w[1]


def pos_args(space: Space, args: Args, tname: str, name: str, lo: int, hi: int) -> list[W_Root]:
    """Argument Clinic, positional-only parameters (_PyArg_CheckPositional)."""
    no_kw(space, args, tname + "." + name)
    n = len(args.args_w) - 1
    if n < lo:
        raise space.type_error(name + " expected " + ("" if lo == hi else "at least ") + str(lo) +
                               " argument" + _plural(lo) + ", got " + str(n))
    if n > hi:
        raise space.type_error(name + " expected " + ("" if lo == hi else "at most ") + str(hi) +
                               " argument" + _plural(hi) + ", got " + str(n))
    return args.args_w[1:]


def var_args(space: Space, args: Args, tname: str, name: str, lo: int, hi: int) -> list[W_Root]:
    """PyArg_ParseTuple("O|OO:name"). (Keywords: "str.find() takes no
    keyword arguments" as for `s.find(x=1)`; through a bound method object,
    `f = s.find; f(x=1)`, CPython says "find() ...".)"""
    no_kw(space, args, tname + "." + name)
    n = len(args.args_w) - 1
    if n < lo:
        raise space.type_error(name + "() takes at least " + str(lo) + " argument" + _plural(lo) +
                               " (" + str(n) + " given)")
    if n > hi:
        raise space.type_error(name + "() takes at most " + str(hi) + " argument" + _plural(hi) +
                               " (" + str(n) + " given)")
    return args.args_w[1:]


def kw_args(space: Space, args: Args, name: str, names: list[str], posonly: int,
            minpos: int) -> list[W_Root | None]:
    """Argument Clinic with keywords (_PyArg_UnpackKeywords): one slot per
    name in `names` (the first `posonly` are positional-only), None where
    not given; the first `minpos` are required."""
    pos = args.args_w[1:]
    nargs = len(pos)
    nkw = len(args.kw_names)
    maxargs = len(names)
    res: list[W_Root | None] = []
    for w_p in pos:
        res.append(w_p)
    if nkw == 0 and minpos <= nargs <= maxargs:
        while len(res) < maxargs:
            res.append(None)
        return res
    if nargs + nkw > maxargs:
        raise space.type_error(name + "() takes at most " + str(maxargs) + " " +
                               ("keyword " if nargs == 0 else "") + "argument" + _plural(maxargs) +
                               " (" + str(nargs + nkw) + " given)")
    if nargs < minpos and nargs < posonly:
        minposonly = posonly if posonly < minpos else minpos
        raise space.type_error(name + "() takes " + ("at least" if minposonly < maxargs else "exactly") + " " +
                               str(minposonly) + " positional argument" + _plural(minposonly) +
                               " (" + str(nargs) + " given)")
    used = 0
    i = nargs
    while i < maxargs:
        w_v: W_Root | None = None
        if i >= posonly:
            j = 0
            while j < nkw:
                if args.kw_names[j] == names[i]:
                    w_v = args.kw_values[j]
                j += 1
        if w_v is not None:
            used += 1
        elif i < minpos:
            raise space.type_error(name + "() missing required argument '" + names[i] +
                                   "' (pos " + str(i + 1) + ")")
        res.append(w_v)
        i += 1
    if used < nkw:
        k = posonly
        while k < nargs:
            j = 0
            while j < nkw:
                if args.kw_names[j] == names[k]:
                    raise space.type_error("argument for " + name + "() given by name ('" + names[k] +
                                           "') and position (" + str(k + 1) + ")")
                j += 1
            k += 1
        j = 0
        while j < nkw:
            kn = args.kw_names[j]
            known = False
            i = posonly
            while i < maxargs:
                if names[i] == kn:
                    known = True
                i += 1
            if not known:
                raise space.type_error("'" + kn + "' is an invalid keyword argument for " + name + "()")
            j += 1
    return res


def is_index(space: Space, w: W_Root) -> bool:
    if isinstance(w, W_IntObject) or isinstance(w, W_LongObject):
        return True
    if space.lookup_user(w, "__index__") is not None:
        return True
    w_nb = space.num_base(w)
    return w_nb is not None and space.is_int(w_nb)


def index_arg(space: Space, w: W_Root) -> int:
    """An int argument through __index__ (a size: OverflowError beyond 64 bits)."""
    return space.int_w(w)


def bad_arg_type(space: Space, w: W_Root) -> str:
    """The type name in _PyArg_BadArgument's messages ("None" for None)."""
    if w is space.w_None:
        return "None"
    return space.type_name(w)


def cint_arg(space: Space, w: W_Root) -> int:
    """An int argument that CPython converts to a C int."""
    if isinstance(w, W_LongObject):
        raise space.error(space.w_OverflowError, "Python int too large to convert to C int")
    v = space.int_w(w)
    if v < -2147483648 or v > 2147483647:
        raise space.error(space.w_OverflowError, "Python int too large to convert to C int")
    return v


def slice_index(space: Space, w: W_Root | None, default: int) -> int:
    """_PyEval_SliceIndex: None or absent -> default; big ints clamp."""
    if w is None or w is space.w_None:
        return default
    if isinstance(w, W_LongObject):
        return MAXINT if w.num.sign > 0 else -MAXINT
    if not is_index(space, w):
        raise space.type_error("slice indices must be integers or None or have an __index__ method")
    return space.int_w(w)
