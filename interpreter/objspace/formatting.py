"""format() / f-string format specs and %-formatting on W_ objects.

The conversions themselves (ints of any size, floats, strs, complex)
are in numformat.py, written in the input language."""

from interpreter.objspace.root import W_Root, OperationError, positional
from interpreter.objspace.space import Space
from interpreter.objspace.intobject import W_IntObject, W_BoolObject
from interpreter.objspace.floatobject import W_FloatObject
from interpreter.objspace.longobject import W_LongObject
from interpreter.objspace.strobject import W_StrObject
from interpreter.objspace.tupleobject import W_TupleObject
from interpreter.objspace.dictobject import W_DictObject
from interpreter.objspace.instance import W_Instance
from interpreter.objspace.listobject import W_ListObject
from interpreter.objspace.bytesobject import W_BytesObject
from interpreter.objspace.complexobject import W_ComplexObject, complex_repr
from interpreter.objspace.extobject import W_BytearrayObject, W_MemoryView
from interpreter.objspace import numformat
from rlib.rbigint import rbigint


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


def format_error(space: Space, msg: str) -> OperationError:
    return space.value_error(msg)


def format_value(space: Space, w: W_Root, spec: str) -> str:
    if isinstance(w, W_Instance):
        w_f = space.lookup_user(w, "__format__")
        if w_f is not None:
            w_fr = space.call(w_f, positional([space.newstr(spec)]))
            if not isinstance(w_fr, W_StrObject):
                raise space.type_error("__format__ must return a str, not " + space.type_name(w_fr))
            return w_fr.value
        w_nb = space.num_base(w)
        if w_nb is not None:
            if spec == "":
                return space.str(w)
            return format_value(space, w_nb, spec)
        if spec == "":
            return space.str(w)
        raise space.type_error("unsupported format string passed to " + space.type_name(w) + ".__format__")
    try:
        if isinstance(w, W_BoolObject):
            if spec == "":
                return "True" if w.boolval else "False"
            return numformat.format_int(rbigint.fromint(w.intval), spec, "bool")
        if isinstance(w, W_IntObject):
            if spec == "":
                return str(w.intval)
            return numformat.format_int(rbigint.fromint(w.intval), spec, "int")
        if isinstance(w, W_FloatObject):
            return numformat.format_float(w.floatval, spec)
        if isinstance(w, W_LongObject):
            if spec == "":
                return w.num.str()
            return numformat.format_int(w.num, spec, "int")
        if isinstance(w, W_StrObject):
            return numformat.format_str(w.value, spec)
        if isinstance(w, W_ComplexObject):
            return format_complex(w, spec)
    except ValueError as e:
        raise space.value_error(str(e))
    except OverflowError as e:
        raise space.error(space.w_OverflowError, str(e))
    if spec == "":
        return space.str(w)
    raise space.type_error("unsupported format string passed to " + space.type_name(w) + ".__format__")


def format_complex(w: W_ComplexObject, spec: str) -> str:
    if spec == "":
        return complex_repr(w.realval, w.imagval)
    f = numformat.parse_spec(spec, "complex")
    if f.type == "" and f.precision < 0 and f.sign == "" and not f.zcoerce and not f.alt and \
            f.grouping == "" and not f.zero and f.align != "=":
        return numformat.pad(complex_repr(w.realval, w.imagval), "", f, ">")
    t = f.type
    if not (t == "" or t == "e" or t == "E" or t == "f" or t == "F" or t == "g" or t == "G" or t == "n"):
        raise numformat.unknown_code(t, "complex")
    if f.zero:
        raise ValueError("Zero padding is not allowed in complex format specifier")
    if f.align == "=":
        raise ValueError("'=' alignment flag is not allowed in complex format specifier")
    re = w.realval
    im = w.imagval
    skip_re = False
    parens = False
    if t == "":
        if re == 0.0 and not numformat.sign_bit(re):
            skip_re = True
        else:
            parens = True
        if f.precision < 0:
            t = "r"
    rest = numformat.FmtSpec()
    rest.sign = f.sign
    rest.zcoerce = f.zcoerce
    rest.alt = f.alt
    rest.grouping = f.grouping
    rest.precision = f.precision
    rest.type = t
    if t == "r":
        rest.type = ""
    re_s = ""
    if not skip_re:
        re_s = numformat.format_float_spec(re, rest, "complex")
    rest.sign = "+"
    if skip_re:
        rest.sign = f.sign
    im_s = numformat.format_float_spec(im, rest, "complex") + "j"
    body = re_s + im_s
    if parens:
        body = "(" + body + ")"
    return numformat.pad(body, "", f, ">")


def int_for_mod(space: Space, w_arg: W_Root, t: str) -> rbigint:
    """The int a %d/%x/%o conversion formats."""
    if isinstance(w_arg, W_IntObject):
        return rbigint.fromint(w_arg.intval)
    if isinstance(w_arg, W_LongObject):
        return w_arg.num
    w_nb = space.num_base(w_arg)
    if w_nb is not None and space.is_int(w_nb) and space.lookup_user(w_arg, "__index__") is None and \
            space.lookup_user(w_arg, "__int__") is None:
        return space.big_w(w_nb)
    if t == "d" or t == "i" or t == "u":
        if isinstance(w_arg, W_FloatObject):
            f = w_arg.floatval
            if f != f:
                raise space.value_error("cannot convert float NaN to integer")
            if f - f != 0.0:
                raise space.error(space.w_OverflowError, "cannot convert float infinity to integer")
            return rbigint.fromfloat(f)
        if isinstance(w_arg, W_Instance):
            w_m = space.lookup_user(w_arg, "__int__")
            if w_m is None:
                w_m = space.lookup_user(w_arg, "__index__")
            if w_m is not None:
                return space.big_w(space.call(w_m, positional([])))
        raise space.type_error("%" + t + " format: a real number is required, not " + space.type_name(w_arg))
    if isinstance(w_arg, W_Instance):
        w_i = space.lookup_user(w_arg, "__index__")
        if w_i is not None:
            return space.big_w(space.call(w_i, positional([])))
    raise space.type_error("%" + t + " format: an integer is required, not " + space.type_name(w_arg))


def star_arg(space: Space, args_w: list[W_Root], argi: int) -> int:
    if argi >= len(args_w):
        raise space.type_error("not enough arguments for format string")
    w = args_w[argi]
    if not isinstance(w, W_IntObject):
        raise space.type_error("* wants int")
    return w.intval


def format_mod(space: Space, fmt: str, w_values: W_Root) -> str:
    """fmt % values."""
    return format_mod_impl(space, fmt, w_values, False)


def format_mod_bytes(space: Space, fmt: bytes, w_values: W_Root) -> bytes:
    """fmt % values for bytes and bytearray (PEP 461)."""
    return format_mod_impl(space, fmt.decode("latin-1"), w_values, True).encode("latin-1")


def is_bytes_like(w: W_Root) -> bool:
    return isinstance(w, W_BytesObject) or isinstance(w, W_BytearrayObject) or isinstance(w, W_MemoryView)


def buf_w(space: Space, w: W_Root) -> bytes:
    """The bytes of a bytes-like object (bytesmethods.buf_w, which this
    module cannot import: bytesmethods imports it)."""
    if isinstance(w, W_BytesObject):
        return w.value
    if isinstance(w, W_BytearrayObject):
        return bytes(w.data)
    w_b = space.call_method(w, "tobytes", [])
    assert isinstance(w_b, W_BytesObject)
    return w_b.value


def bytes_for_mod(space: Space, w_arg: W_Root) -> str:
    """%s / %b of bytes formatting: the bytes (as latin-1) of a bytes-like
    object or of __bytes__."""
    if is_bytes_like(w_arg):
        return buf_w(space, w_arg).decode("latin-1")
    w_m = space.lookup_user(w_arg, "__bytes__")
    if w_m is not None:
        w_b = space.call(w_m, positional([]))
        if not isinstance(w_b, W_BytesObject):
            raise space.type_error("__bytes__ returned non-bytes (type " + space.type_name(w_b) + ")")
        return w_b.value.decode("latin-1")
    raise space.type_error("%b requires a bytes-like object, or an object that implements __bytes__, not '" +
                           space.type_name(w_arg) + "'")


def format_mod_impl(space: Space, fmt: str, w_values: W_Root, is_bytes: bool) -> str:
    """fmt % values; for bytes formatting fmt and the result hold the
    bytes as latin-1."""
    args_w: list[W_Root] = []
    w_mapping: W_Root | None = None
    if isinstance(w_values, W_TupleObject):
        args_w = w_values.items_w
    elif isinstance(w_values, W_DictObject) or isinstance(w_values, W_ListObject) or \
            (isinstance(w_values, W_BytesObject) and not is_bytes) or \
            (isinstance(w_values, W_MemoryView) and is_bytes) or \
            (isinstance(w_values, W_Instance) and space.lookup_user(w_values, "__getitem__") is not None):
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
        if fmt[i] == "%":
            out.append("%")
            i += 1
            continue
        w_arg: W_Root | None = None
        if fmt[i] == "(":
            depth = 1
            j = i + 1
            while j < n and depth > 0:
                if fmt[j] == "(":
                    depth += 1
                elif fmt[j] == ")":
                    depth -= 1
                j += 1
            if depth > 0:
                raise space.value_error("incomplete format key")
            key = fmt[i + 1:j - 1]
            if w_mapping is None:
                raise space.type_error("format requires a mapping")
            if is_bytes:
                w_arg = space.getitem(w_mapping, space.newbytes(key.encode("latin-1")))
            else:
                w_arg = space.getitem(w_mapping, space.newstr(key))
            argi = len(args_w)
            i = j
        m = numformat.ModSpec()
        while i < n:
            f = fmt[i]
            if f == "-":
                m.left = True
            elif f == "+":
                m.plus = True
            elif f == " ":
                m.space = True
            elif f == "#":
                m.alt = True
            elif f == "0":
                m.zero = True
            else:
                break
            i += 1
        if i < n and fmt[i] == "*":
            wd = star_arg(space, args_w, argi)
            argi += 1
            i += 1
            if wd < 0:
                m.left = True
                wd = -wd
            m.width = wd
        else:
            start = i
            wd = 0
            while i < n and "0" <= fmt[i] <= "9":
                if wd > numformat.WIDTH_LIMIT:
                    raise space.value_error("width too big")
                wd = wd * 10 + (ord(fmt[i]) - 48)
                i += 1
            if i > start:
                m.width = wd
        if i < n and fmt[i] == ".":
            i += 1
            if i < n and fmt[i] == "*":
                pr = star_arg(space, args_w, argi)
                argi += 1
                i += 1
                if pr < 0:
                    pr = 0
                m.prec = pr
            else:
                pr = 0
                while i < n and "0" <= fmt[i] <= "9":
                    if pr > numformat.WIDTH_LIMIT:
                        raise space.value_error("precision too big")
                    pr = pr * 10 + (ord(fmt[i]) - 48)
                    i += 1
                m.prec = pr
        if i < n and (fmt[i] == "h" or fmt[i] == "l" or fmt[i] == "L"):
            i += 1
        if i >= n:
            raise space.value_error("incomplete format")
        t = fmt[i]
        i += 1
        if w_arg is None:
            if argi >= len(args_w):
                raise space.type_error("not enough arguments for format string")
            w_arg = args_w[argi]
            argi += 1
        try:
            if is_bytes and (t == "s" or t == "b"):
                out.append(numformat.mod_str(bytes_for_mod(space, w_arg), m))
            elif is_bytes and (t == "r" or t == "a"):
                out.append(numformat.mod_str(ascii_of(space.repr(w_arg)), m))
            elif is_bytes and t == "c":
                ch = ""
                if isinstance(w_arg, W_IntObject):
                    if w_arg.intval < 0 or w_arg.intval > 255:
                        raise space.error(space.w_OverflowError, "%c arg not in range(256)")
                    ch = chr(w_arg.intval)
                elif isinstance(w_arg, W_LongObject):
                    raise space.error(space.w_OverflowError, "%c arg not in range(256)")
                elif (isinstance(w_arg, W_BytesObject) or isinstance(w_arg, W_BytearrayObject)) and \
                        len(buf_w(space, w_arg)) == 1:
                    ch = buf_w(space, w_arg).decode("latin-1")
                else:
                    raise space.type_error("%c requires an integer in range(256) or a single byte")
                m.prec = -1
                out.append(numformat.mod_str(ch, m))
            elif t == "s" or t == "r" or t == "a":
                if t == "s":
                    s = space.str(w_arg)
                elif t == "r":
                    s = space.repr(w_arg)
                else:
                    s = ascii_of(space.repr(w_arg))
                out.append(numformat.mod_str(s, m))
            elif t == "d" or t == "i" or t == "u" or t == "o" or t == "x" or t == "X":
                out.append(numformat.mod_int(int_for_mod(space, w_arg, t), m, t))
            elif t == "e" or t == "E" or t == "f" or t == "F" or t == "g" or t == "G":
                out.append(numformat.mod_float(space.float_w(w_arg), m, t))
            elif t == "c":
                ch = ""
                if isinstance(w_arg, W_IntObject):
                    if w_arg.intval < 0 or w_arg.intval > 0x10FFFF:
                        raise space.error(space.w_OverflowError, "%c arg not in range(0x110000)")
                    ch = chr(w_arg.intval)
                elif isinstance(w_arg, W_LongObject):
                    raise space.error(space.w_OverflowError, "%c arg not in range(0x110000)")
                elif isinstance(w_arg, W_StrObject) and len(w_arg.value) == 1:
                    ch = w_arg.value
                else:
                    raise space.type_error("%c requires int or char")
                m.prec = -1
                out.append(numformat.mod_str(ch, m))
            else:
                raise space.value_error("unsupported format character '" + t + "' (0x" + hex(ord(t))[2:] +
                                        ") at index " + str(i - 1))
        except ValueError as e:
            raise space.value_error(str(e))
        except OverflowError as e:
            raise space.error(space.w_OverflowError, str(e))
    if argi < len(args_w) and w_mapping is None:
        raise space.type_error("not all arguments converted during " + ("bytes" if is_bytes else "string") +
                               " formatting")
    return "".join(out)
