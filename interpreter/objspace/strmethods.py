"""The methods of str (except format/format_map, in builtin_methods.py),
with CPython 3.11's argument conventions and error messages. Installed by
`install(space)`, called from bytesmethods.install, which runs right
after builtin_methods.install (so these replace the entries it made)."""

from typing import Callable

from interpreter.objspace.root import W_Root, OperationError, Args
from interpreter.objspace.space import Space, W_BuiltinFunction
from interpreter.objspace.typeobject import W_TypeObject
from interpreter.objspace.intobject import W_IntObject
from interpreter.objspace.strobject import W_StrObject
from interpreter.objspace.tupleobject import W_TupleObject
from interpreter.objspace.dictobject import W_DictObject
from interpreter.objspace.longobject import W_LongObject
from interpreter.objspace.methodargs import (receiver, bad_receiver, no_args, one_arg, pos_args, var_args,
                                             kw_args, is_index, index_arg, slice_index, MAXINT,
                                             bad_arg_type, cint_arg)
from interpreter.objspace import codecs_impl, unicodeid


# ---------------------------------------------------------------- helpers

def recv_str(space: Space, args: Args, name: str) -> str:
    w = receiver(space, args, "str", name)
    if isinstance(w, W_StrObject):
        return w.value
    raise bad_receiver(space, "str", name, w)


def must_str(space: Space, w: W_Root, prefix: str) -> str:
    """`prefix` + "must be str, not T" unless w is a str."""
    if isinstance(w, W_StrObject):
        return w.value
    raise space.type_error(prefix + "must be str, not " + space.type_name(w))


def arg_str(space: Space, w: W_Root, fname: str, argname: str) -> str:
    """A clinic `str` parameter: "f() argument 'x' must be str, not T"."""
    if isinstance(w, W_StrObject):
        return w.value
    raise space.type_error(fname + "() argument " + (argname + " " if argname != "" else "") + "must be str, not " + bad_arg_type(space, w))


def opt_chars(space: Space, a: list[W_Root], name: str) -> str | None:
    if len(a) == 0 or a[0] is space.w_None:
        return None
    w = a[0]
    if isinstance(w, W_StrObject):
        return w.value
    raise space.type_error(name + " arg must be None or str")


def fill_char(space: Space, a: list[W_Root]) -> str:
    if len(a) < 2:
        return " "
    w = a[1]
    if not isinstance(w, W_StrObject):
        raise space.type_error("The fill character must be a unicode character, not " + space.type_name(w))
    if len(w.value) != 1:
        raise space.type_error("The fill character must be exactly one character long")
    return w.value


def int_flag(space: Space, w: W_Root | None) -> bool:
    """A clinic `bool(accept={int})` parameter (keepends)."""
    if w is None:
        return False
    if not is_index(space, w):
        raise space.type_error("'" + space.type_name(w) + "' object cannot be interpreted as an integer")
    return cint_arg(space, w) != 0


def opt_index(space: Space, w: W_Root | None, default: int) -> int:
    if w is None:
        return default
    return index_arg(space, w)


def str_list(space: Space, items: list[str]) -> W_Root:
    res: list[W_Root] = []
    for s in items:
        res.append(space.newstr(s))
    return space.newlist(res)


# ---------------------------------------------------------------- no arguments

def str_upper(space: Space, args: Args) -> W_Root:
    s = recv_str(space, args, "upper")
    no_args(space, args, "str", "upper")
    return space.newstr(s.upper())


def str_lower(space: Space, args: Args) -> W_Root:
    s = recv_str(space, args, "lower")
    no_args(space, args, "str", "lower")
    return space.newstr(s.lower())


def str_capitalize(space: Space, args: Args) -> W_Root:
    s = recv_str(space, args, "capitalize")
    no_args(space, args, "str", "capitalize")
    return space.newstr(s.capitalize())


def str_casefold(space: Space, args: Args) -> W_Root:
    s = recv_str(space, args, "casefold")
    no_args(space, args, "str", "casefold")
    return space.newstr(s.casefold())


def str_swapcase(space: Space, args: Args) -> W_Root:
    s = recv_str(space, args, "swapcase")
    no_args(space, args, "str", "swapcase")
    return space.newstr(s.swapcase())


def str_title(space: Space, args: Args) -> W_Root:
    s = recv_str(space, args, "title")
    no_args(space, args, "str", "title")
    return space.newstr(s.title())


def str_isalnum(space: Space, args: Args) -> W_Root:
    s = recv_str(space, args, "isalnum")
    no_args(space, args, "str", "isalnum")
    return space.newbool(s.isalnum())


def str_isalpha(space: Space, args: Args) -> W_Root:
    s = recv_str(space, args, "isalpha")
    no_args(space, args, "str", "isalpha")
    return space.newbool(s.isalpha())


def str_isascii(space: Space, args: Args) -> W_Root:
    s = recv_str(space, args, "isascii")
    no_args(space, args, "str", "isascii")
    for c in s:
        if ord(c) >= 128:
            return space.w_False
    return space.w_True


def str_isdecimal(space: Space, args: Args) -> W_Root:
    s = recv_str(space, args, "isdecimal")
    no_args(space, args, "str", "isdecimal")
    return space.newbool(s.isdecimal())


def str_isdigit(space: Space, args: Args) -> W_Root:
    s = recv_str(space, args, "isdigit")
    no_args(space, args, "str", "isdigit")
    return space.newbool(s.isdigit())


def str_isidentifier(space: Space, args: Args) -> W_Root:
    s = recv_str(space, args, "isidentifier")
    no_args(space, args, "str", "isidentifier")
    return space.newbool(unicodeid.is_identifier(s))


def str_islower(space: Space, args: Args) -> W_Root:
    s = recv_str(space, args, "islower")
    no_args(space, args, "str", "islower")
    return space.newbool(s.islower())


def str_isnumeric(space: Space, args: Args) -> W_Root:
    s = recv_str(space, args, "isnumeric")
    no_args(space, args, "str", "isnumeric")
    return space.newbool(s.isnumeric())


def str_isprintable(space: Space, args: Args) -> W_Root:
    s = recv_str(space, args, "isprintable")
    no_args(space, args, "str", "isprintable")
    return space.newbool(s.isprintable())


def str_isspace(space: Space, args: Args) -> W_Root:
    s = recv_str(space, args, "isspace")
    no_args(space, args, "str", "isspace")
    return space.newbool(s.isspace())


def str_istitle(space: Space, args: Args) -> W_Root:
    s = recv_str(space, args, "istitle")
    no_args(space, args, "str", "istitle")
    return space.newbool(s.istitle())


def str_isupper(space: Space, args: Args) -> W_Root:
    s = recv_str(space, args, "isupper")
    no_args(space, args, "str", "isupper")
    return space.newbool(s.isupper())


# ---------------------------------------------------------------- padding

def str_center(space: Space, args: Args) -> W_Root:
    s = recv_str(space, args, "center")
    a = pos_args(space, args, "str", "center", 1, 2)
    width = index_arg(space, a[0])
    return space.newstr(s.center(width, fill_char(space, a)))


def str_ljust(space: Space, args: Args) -> W_Root:
    s = recv_str(space, args, "ljust")
    a = pos_args(space, args, "str", "ljust", 1, 2)
    width = index_arg(space, a[0])
    return space.newstr(s.ljust(width, fill_char(space, a)))


def str_rjust(space: Space, args: Args) -> W_Root:
    s = recv_str(space, args, "rjust")
    a = pos_args(space, args, "str", "rjust", 1, 2)
    width = index_arg(space, a[0])
    return space.newstr(s.rjust(width, fill_char(space, a)))


def str_zfill(space: Space, args: Args) -> W_Root:
    s = recv_str(space, args, "zfill")
    w_width = one_arg(space, args, "str", "zfill")
    return space.newstr(s.zfill(index_arg(space, w_width)))


def str_expandtabs(space: Space, args: Args) -> W_Root:
    s = recv_str(space, args, "expandtabs")
    a = kw_args(space, args, "expandtabs", ["tabsize"], 0, 0)
    w_tab = a[0]
    tabsize = 8 if w_tab is None else cint_arg(space, w_tab)
    return space.newstr(expand_tabs(s, tabsize))


def expand_tabs(s: str, tabsize: int) -> str:
    """str/bytes.expandtabs (columns restart after \\n and \\r)."""
    parts: list[str] = []
    col = 0
    start = 0
    i = 0
    n = len(s)
    while i < n:
        c = s[i]
        if c == "\t":
            parts.append(s[start:i])
            if tabsize > 0:
                k = tabsize - col % tabsize
                parts.append(" " * k)
                col += k
            start = i + 1
        elif c == "\n" or c == "\r":
            col = 0
        else:
            col += 1
        i += 1
    parts.append(s[start:n])
    return "".join(parts)


# ---------------------------------------------------------------- searching

def _find_args(space: Space, args: Args, name: str) -> tuple[str, str, int, int]:
    s = recv_str(space, args, name)
    a = var_args(space, args, "str", name, 1, 3)
    sub = must_str(space, a[0], "")
    start = slice_index(space, a[1] if len(a) > 1 else None, 0)
    end = slice_index(space, a[2] if len(a) > 2 else None, MAXINT)
    return (s, sub, start, end)


def str_find(space: Space, args: Args) -> W_Root:
    s, sub, start, end = _find_args(space, args, "find")
    return space.newint(s.find(sub, start, end))


def str_rfind(space: Space, args: Args) -> W_Root:
    s, sub, start, end = _find_args(space, args, "rfind")
    return space.newint(s.rfind(sub, start, end))


def str_index(space: Space, args: Args) -> W_Root:
    s, sub, start, end = _find_args(space, args, "index")
    i = s.find(sub, start, end)
    if i < 0:
        raise space.value_error("substring not found")
    return space.newint(i)


def str_rindex(space: Space, args: Args) -> W_Root:
    s, sub, start, end = _find_args(space, args, "rindex")
    i = s.rfind(sub, start, end)
    if i < 0:
        raise space.value_error("substring not found")
    return space.newint(i)


def str_count(space: Space, args: Args) -> W_Root:
    s, sub, start, end = _find_args(space, args, "count")
    return space.newint(s.count(sub, start, end))


def _affix(space: Space, args: Args, name: str, ends: bool) -> W_Root:
    s = recv_str(space, args, name)
    a = var_args(space, args, "str", name, 1, 3)
    start = slice_index(space, a[1] if len(a) > 1 else None, 0)
    end = slice_index(space, a[2] if len(a) > 2 else None, MAXINT)
    w_p = a[0]
    cands_w: list[W_Root] = []
    if isinstance(w_p, W_TupleObject):
        cands_w = w_p.items_w
    elif isinstance(w_p, W_StrObject):
        cands_w = [w_p]
    else:
        raise space.type_error(name + " first arg must be str or a tuple of str, not " + space.type_name(w_p))
    for w_x in cands_w:
        # checked one at a time: a match ends the search first
        if not isinstance(w_x, W_StrObject):
            raise space.type_error("tuple for " + name + " must only contain str, not " +
                                   space.type_name(w_x))
        p = w_x.value
        if ends:
            if s.endswith(p, start, end):
                return space.w_True
        elif s.startswith(p, start, end):
            return space.w_True
    return space.w_False


def str_startswith(space: Space, args: Args) -> W_Root:
    return _affix(space, args, "startswith", False)


def str_endswith(space: Space, args: Args) -> W_Root:
    return _affix(space, args, "endswith", True)


# ---------------------------------------------------------------- splitting and joining

def _split_args(space: Space, args: Args, name: str) -> tuple[str, str | None, int]:
    s = recv_str(space, args, name)
    a = kw_args(space, args, name, ["sep", "maxsplit"], 0, 0)
    sep: str | None = None
    w_sep = a[0]
    if w_sep is not None and w_sep is not space.w_None:
        if not isinstance(w_sep, W_StrObject):
            raise space.type_error("must be str or None, not " + space.type_name(w_sep))
        sep = w_sep.value
        if sep == "":
            raise space.value_error("empty separator")
    maxsplit = opt_index(space, a[1], -1)
    return (s, sep, maxsplit)


def str_split(space: Space, args: Args) -> W_Root:
    s, sep, maxsplit = _split_args(space, args, "split")
    return str_list(space, s.split(sep, maxsplit))


def str_rsplit(space: Space, args: Args) -> W_Root:
    s, sep, maxsplit = _split_args(space, args, "rsplit")
    return str_list(space, s.rsplit(sep, maxsplit))


def str_splitlines(space: Space, args: Args) -> W_Root:
    s = recv_str(space, args, "splitlines")
    a = kw_args(space, args, "splitlines", ["keepends"], 0, 0)
    return str_list(space, s.splitlines(int_flag(space, a[0])))


def _partition(space: Space, args: Args, name: str, rev: bool) -> W_Root:
    s = recv_str(space, args, name)
    sep = must_str(space, one_arg(space, args, "str", name), "")
    if sep == "":
        raise space.value_error("empty separator")
    i = s.rfind(sep) if rev else s.find(sep)
    if i < 0:
        if rev:
            return space.newtuple([space.newstr(""), space.newstr(""), space.newstr(s)])
        return space.newtuple([space.newstr(s), space.newstr(""), space.newstr("")])
    return space.newtuple([space.newstr(s[:i]), space.newstr(sep), space.newstr(s[i + len(sep):])])


def str_partition(space: Space, args: Args) -> W_Root:
    return _partition(space, args, "partition", False)


def str_rpartition(space: Space, args: Args) -> W_Root:
    return _partition(space, args, "rpartition", True)


def str_join(space: Space, args: Args) -> W_Root:
    s = recv_str(space, args, "join")
    w_it = one_arg(space, args, "str", "join")
    items_w = unpack_for_join(space, w_it)
    parts: list[str] = []
    i = 0
    for w_x in items_w:
        if not isinstance(w_x, W_StrObject):
            raise space.type_error("sequence item " + str(i) + ": expected str instance, " +
                                   space.type_name(w_x) + " found")
        parts.append(w_x.value)
        i += 1
    return space.newstr(s.join(parts))


def unpack_for_join(space: Space, w_it: W_Root) -> list[W_Root]:
    """PySequence_Fast(w_it, "can only join an iterable")."""
    try:
        w_iter = space.iter(w_it)
    except OperationError as e:
        if space.exc_matches(e.w_value, space.w_TypeError):
            raise space.type_error("can only join an iterable")
        raise
    res: list[W_Root] = []
    while True:
        w_x = space.next_or_null(w_iter)
        if w_x is None:
            return res
        res.append(w_x)


# ---------------------------------------------------------------- stripping, replacing

def str_strip(space: Space, args: Args) -> W_Root:
    s = recv_str(space, args, "strip")
    a = pos_args(space, args, "str", "strip", 0, 1)
    return space.newstr(s.strip(opt_chars(space, a, "strip")))


def str_lstrip(space: Space, args: Args) -> W_Root:
    s = recv_str(space, args, "lstrip")
    a = pos_args(space, args, "str", "lstrip", 0, 1)
    return space.newstr(s.lstrip(opt_chars(space, a, "lstrip")))


def str_rstrip(space: Space, args: Args) -> W_Root:
    s = recv_str(space, args, "rstrip")
    a = pos_args(space, args, "str", "rstrip", 0, 1)
    return space.newstr(s.rstrip(opt_chars(space, a, "rstrip")))


def str_removeprefix(space: Space, args: Args) -> W_Root:
    s = recv_str(space, args, "removeprefix")
    p = arg_str(space, one_arg(space, args, "str", "removeprefix"), "removeprefix", "")
    return space.newstr(s.removeprefix(p))


def str_removesuffix(space: Space, args: Args) -> W_Root:
    s = recv_str(space, args, "removesuffix")
    p = arg_str(space, one_arg(space, args, "str", "removesuffix"), "removesuffix", "")
    return space.newstr(s.removesuffix(p))


def str_replace(space: Space, args: Args) -> W_Root:
    s = recv_str(space, args, "replace")
    a = pos_args(space, args, "str", "replace", 2, 3)
    old = arg_str(space, a[0], "replace", "1")
    new = arg_str(space, a[1], "replace", "2")
    count = index_arg(space, a[2]) if len(a) > 2 else -1
    return space.newstr(s.replace(old, new, count))


# ---------------------------------------------------------------- encode

def str_encode(space: Space, args: Args) -> W_Root:
    s = recv_str(space, args, "encode")
    a = kw_args(space, args, "encode", ["encoding", "errors"], 0, 0)
    w_enc = a[0]
    w_err = a[1]
    enc = "utf-8" if w_enc is None else arg_str(space, w_enc, "encode", "'encoding'")
    errors = "strict" if w_err is None else arg_str(space, w_err, "encode", "'errors'")
    return space.newbytes(codecs_impl.encode(space, s, enc, errors))


# ---------------------------------------------------------------- translate, maketrans

def _translate_value(space: Space, w_table: W_Root, cp: int) -> W_Root | None:
    """table[cp], or None when that raises LookupError."""
    try:
        return space.getitem(w_table, space.newint(cp))
    except OperationError as e:
        if space.exc_matches(e.w_value, space.w_LookupError):
            return None
        raise


def str_translate(space: Space, args: Args) -> W_Root:
    s = recv_str(space, args, "translate")
    w_table = one_arg(space, args, "str", "translate")
    parts: list[str] = []
    for c in s:
        w_v = _translate_value(space, w_table, ord(c))
        if w_v is None:
            parts.append(c)
        elif w_v is space.w_None:
            pass
        elif isinstance(w_v, W_StrObject):
            parts.append(w_v.value)
        elif isinstance(w_v, W_IntObject):
            v = w_v.intval
            if v < 0 or v > 0x10FFFF:
                raise space.value_error("character mapping must be in range(0x110000)")
            parts.append(chr(v))
        elif isinstance(w_v, W_LongObject):
            raise space.value_error("character mapping must be in range(0x110000)")
        else:
            raise space.type_error("character mapping must return integer, None or str")
    return space.newstr("".join(parts))


def str_maketrans(space: Space, args: Args) -> W_Root:
    # static: no receiver, so count from args_w[0]
    a = pos_args(space, args.prepend(space.w_None), "str", "maketrans", 1, 3)
    w_x = a[0]
    if len(a) > 1:
        y = arg_str(space, a[1], "maketrans", "2")
    else:
        y = ""
    z = arg_str(space, a[2], "maketrans", "3") if len(a) > 2 else ""
    w_d = space.newdict()
    if len(a) == 1:
        if not isinstance(w_x, W_DictObject):
            raise space.type_error("if you give only one argument to maketrans it must be a dict")
        for w_k in space.unpack_iterable(w_x):
            w_v = space.getitem(w_x, w_k)
            if isinstance(w_k, W_StrObject):
                if len(w_k.value) != 1:
                    raise space.value_error("string keys in translate table must be of length 1")
                space.setitem(w_d, space.newint(ord(w_k.value)), w_v)
            elif isinstance(w_k, W_IntObject) or isinstance(w_k, W_LongObject):
                space.setitem(w_d, w_k, w_v)
            else:
                raise space.type_error("keys in translate table must be strings or integers")
        return w_d
    if not isinstance(w_x, W_StrObject):
        raise space.type_error("first maketrans argument must be a string if there is a second argument")
    x = w_x.value
    if len(x) != len(y):
        raise space.value_error("the first two maketrans arguments must have equal length")
    i = 0
    while i < len(x):
        space.setitem(w_d, space.newint(ord(x[i])), space.newint(ord(y[i])))
        i += 1
    for c in z:
        space.setitem(w_d, space.newint(ord(c)), space.w_None)
    return w_d


# ---------------------------------------------------------------- install

def add(w_type: W_TypeObject, name: str, fn: Callable[[Space, Args], W_Root]) -> None:
    w_type.dict_w[name] = W_BuiltinFunction(name, fn, w_type.name)


def install(space: Space) -> None:
    w = space.w_str
    add(w, "upper", str_upper)
    add(w, "lower", str_lower)
    add(w, "capitalize", str_capitalize)
    add(w, "casefold", str_casefold)
    add(w, "swapcase", str_swapcase)
    add(w, "title", str_title)
    add(w, "isalnum", str_isalnum)
    add(w, "isalpha", str_isalpha)
    add(w, "isascii", str_isascii)
    add(w, "isdecimal", str_isdecimal)
    add(w, "isdigit", str_isdigit)
    add(w, "isidentifier", str_isidentifier)
    add(w, "islower", str_islower)
    add(w, "isnumeric", str_isnumeric)
    add(w, "isprintable", str_isprintable)
    add(w, "isspace", str_isspace)
    add(w, "istitle", str_istitle)
    add(w, "isupper", str_isupper)
    add(w, "center", str_center)
    add(w, "ljust", str_ljust)
    add(w, "rjust", str_rjust)
    add(w, "zfill", str_zfill)
    add(w, "expandtabs", str_expandtabs)
    add(w, "find", str_find)
    add(w, "rfind", str_rfind)
    add(w, "index", str_index)
    add(w, "rindex", str_rindex)
    add(w, "count", str_count)
    add(w, "startswith", str_startswith)
    add(w, "endswith", str_endswith)
    add(w, "split", str_split)
    add(w, "rsplit", str_rsplit)
    add(w, "splitlines", str_splitlines)
    add(w, "partition", str_partition)
    add(w, "rpartition", str_rpartition)
    add(w, "join", str_join)
    add(w, "strip", str_strip)
    add(w, "lstrip", str_lstrip)
    add(w, "rstrip", str_rstrip)
    add(w, "removeprefix", str_removeprefix)
    add(w, "removesuffix", str_removesuffix)
    add(w, "replace", str_replace)
    add(w, "encode", str_encode)
    add(w, "translate", str_translate)
    w_f = W_BuiltinFunction("maketrans", str_maketrans, "str")
    w_f.is_static = True
    w.dict_w["maketrans"] = w_f
