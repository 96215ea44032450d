"""format() / f-string format specs and %-formatting on W_ objects.

Number formatting uses the host `format(value, spec)` and `"%..." % v`
on int/float/str values; the translator maps these to the prelude's
formatting.format_int/format_float/format_str and str_mod (RPY-TODO:
wire the exact prelude entry points when translating)."""

from interpreter.objspace.root import W_Root, OperationError, positional
from interpreter.objspace.space import Space
from interpreter.objspace.intobject import W_IntObject, W_BoolObject
from interpreter.objspace.floatobject import W_FloatObject
from interpreter.objspace.longobject import W_LongObject
from interpreter.objspace.strobject import W_StrObject
from interpreter.objspace.tupleobject import W_TupleObject
from interpreter.objspace.dictobject import W_DictObject
from interpreter.objspace.instance import W_Instance


def ascii_of(r: str) -> str:
    out: list[str] = []
    for c in r:
        cp = ord(c)
        if cp < 128:
            out.append(c)
        elif cp < 0x100:
            out.append("\\x" + hex(cp)[2:].rjust(2, "0"))
        elif cp < 0x10000:
            out.append("\\u" + hex(cp)[2:].rjust(4, "0"))
        else:
            out.append("\\U" + hex(cp)[2:].rjust(8, "0"))
    return "".join(out)


def host_format_error(space: Space, e: ValueError) -> OperationError:
    return space.value_error(str(e))


def format_value(space: Space, w: W_Root, spec: str) -> str:
    if isinstance(w, W_Instance):
        w_f = space.lookup_user(w, "__format__")
        if w_f is not None:
            return space.str_w(space.call(w_f, positional([space.newstr(spec)])))
        if spec == "":
            return space.str(w)
        raise space.type_error("unsupported format string passed to " + space.type_name(w) + ".__format__")
    try:
        if isinstance(w, W_BoolObject):
            if spec == "":
                return "True" if w.boolval else "False"
            return format(w.boolval, spec)
        if isinstance(w, W_IntObject):
            if spec == "":
                return str(w.intval)
            return format(w.intval, spec)
        if isinstance(w, W_FloatObject):
            return format(w.floatval, spec)
        if isinstance(w, W_LongObject):
            if spec == "":
                return w.num.str()
            # RPY-TODO: big-int format specs (host int used untranslated)
            return format(int(w.num.str()), spec)
        if isinstance(w, W_StrObject):
            return format(w.value, spec)
    except ValueError as e:
        raise host_format_error(space, e)
    if spec == "":
        return space.str(w)
    raise space.type_error("unsupported format string passed to " + space.type_name(w) + ".__format__")


def format_mod(space: Space, fmt: str, w_values: W_Root) -> str:
    """fmt % values."""
    args_w: list[W_Root] = []
    w_mapping: W_Root | None = None
    if isinstance(w_values, W_TupleObject):
        args_w = w_values.items_w
    elif isinstance(w_values, W_DictObject) or (isinstance(w_values, W_Instance) and
                                                 space.lookup_user(w_values, "__getitem__") is not None):
        w_mapping = w_values
        args_w = [w_values]
    else:
        args_w = [w_values]
    out: list[str] = []
    i = 0
    n = len(fmt)
    argi = 0
    while i < n:
        c = fmt[i]
        if c != "%":
            j = fmt.find("%", i)
            if j < 0:
                j = n
            out.append(fmt[i:j])
            i = j
            continue
        i += 1
        if i >= n:
            raise space.value_error("incomplete format")
        w_arg: W_Root | None = None
        if fmt[i] == "(":
            j = fmt.find(")", i)
            if j < 0:
                raise space.value_error("incomplete format key")
            key = fmt[i + 1:j]
            if w_mapping is None:
                raise space.type_error("format requires a mapping")
            w_arg = space.getitem(w_mapping, space.newstr(key))
            i = j + 1
        spec_start = i
        while i < n and fmt[i] in "-+ #0":
            i += 1
        flags = fmt[spec_start:i]
        width = ""
        if i < n and fmt[i] == "*":
            width = str(space.int_w(args_w[argi]))
            argi += 1
            i += 1
        while i < n and fmt[i].isdigit():
            width += fmt[i]
            i += 1
        prec = ""
        if i < n and fmt[i] == ".":
            i += 1
            prec = "."
            if i < n and fmt[i] == "*":
                prec += str(space.int_w(args_w[argi]))
                argi += 1
                i += 1
            while i < n and fmt[i].isdigit():
                prec += fmt[i]
                i += 1
        if i >= n:
            raise space.value_error("incomplete format")
        t = fmt[i]
        i += 1
        if t == "%":
            out.append("%")
            continue
        if w_arg is None:
            if argi >= len(args_w):
                raise space.type_error("not enough arguments for format string")
            w_arg = args_w[argi]
            argi += 1
        spec = "%" + flags + width + prec
        if t == "s" or t == "r" or t == "a":
            if t == "s":
                s = space.str(w_arg)
            elif t == "r":
                s = space.repr(w_arg)
            else:
                s = ascii_of(space.repr(w_arg))
            out.append((spec + "s") % s)
        elif t in "diouxX":
            if isinstance(w_arg, W_FloatObject):
                v = int(w_arg.floatval)
            elif isinstance(w_arg, W_IntObject):
                v = w_arg.intval
            elif isinstance(w_arg, W_LongObject):
                v = int(w_arg.num.str())   # RPY-TODO: big ints in %-formatting
            else:
                raise space.type_error("%" + t + " format: a real number is required, not " + space.type_name(w_arg))
            out.append((spec + t) % v)
        elif t in "eEfFgG":
            out.append((spec + t) % space.float_w(w_arg))
        elif t == "c":
            if isinstance(w_arg, W_IntObject):
                out.append((spec + "s") % chr(w_arg.intval))
            else:
                out.append((spec + "s") % space.str_w(w_arg))
        else:
            raise space.value_error("unsupported format character '" + t + "' (0x" + hex(ord(t))[2:] +
                                    ") at index " + str(i - 1))
    if argi < len(args_w) and w_mapping is None:
        raise space.type_error("not all arguments converted during string formatting")
    return "".join(out)
