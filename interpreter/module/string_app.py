"""App-level sources of the `string` and `gc` modules."""

STRING_SOURCE = r'''
"""A collection of string constants, capwords and Template."""

__all__ = ["ascii_letters", "ascii_lowercase", "ascii_uppercase", "capwords",
           "digits", "hexdigits", "octdigits", "printable", "punctuation",
           "whitespace", "Formatter", "Template"]

whitespace = " \t\n\r\x0b\x0c"
ascii_lowercase = "abcdefghijklmnopqrstuvwxyz"
ascii_uppercase = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
ascii_letters = ascii_lowercase + ascii_uppercase
digits = "0123456789"
hexdigits = digits + "abcdef" + "ABCDEF"
octdigits = "01234567"
punctuation = "".join([chr(c) for c in range(33, 127) if not chr(c).isalnum()])
printable = digits + ascii_letters + punctuation + whitespace


def capwords(s, sep=None):
    """Split s into words, capitalize each word and join them with sep (or a space)."""
    return (sep or " ").join([x.capitalize() for x in s.split(sep)])


_ID_START = "_" + ascii_letters
_ID_CHARS = _ID_START + digits


class _Sentinel:
    pass


_sentinel_dict = {}


class _ChainMap:
    def __init__(self, first, second):
        self.first = first
        self.second = second

    def __getitem__(self, key):
        if key in self.first:
            return self.first[key]
        return self.second[key]


class Template:
    """A string class for supporting $-substitutions."""

    delimiter = "$"
    idpattern = r"(?a:[_a-z][_a-z0-9]*)"
    braceidpattern = None

    def __init__(self, template):
        self.template = template

    def _scan(self):
        """The parts of the template: (kind, text, pos) with kind one of
        "text", "escaped", "named", "braced", "invalid"."""
        t = self.template
        delim = self.delimiter
        dl = len(delim)
        parts = []
        i = 0
        n = len(t)
        start = 0
        while i < n:
            if not t.startswith(delim, i):
                i += 1
                continue
            if i > start:
                parts.append(("text", t[start:i], start))
            j = i + dl
            if t.startswith(delim, j):
                parts.append(("escaped", delim, i))
                i = j + dl
            elif j < n and t[j] in _ID_START:
                k = j + 1
                while k < n and t[k] in _ID_CHARS:
                    k += 1
                parts.append(("named", t[j:k], i))
                i = k
            elif j < n and t[j] == "{" and j + 1 < n and t[j + 1] in _ID_START:
                k = j + 2
                while k < n and t[k] in _ID_CHARS:
                    k += 1
                if k < n and t[k] == "}":
                    parts.append(("braced", t[j + 1:k], i))
                    i = k + 1
                else:
                    parts.append(("invalid", delim, j))
                    i = j
            else:
                parts.append(("invalid", delim, j))
                i = j
            start = i
        if start < n:
            parts.append(("text", t[start:], start))
        return parts

    def _invalid(self, i):
        lines = self.template[:i].splitlines(True)
        if not lines:
            colno = 1
            lineno = 1
        else:
            colno = i - len("".join(lines[:-1]))
            lineno = len(lines)
        raise ValueError("Invalid placeholder in string: line %d, col %d" % (lineno, colno))

    def substitute(self, mapping=_sentinel_dict, /, **kws):
        if mapping is _sentinel_dict:
            mapping = kws
        elif kws:
            mapping = _ChainMap(kws, mapping)
        out = []
        for kind, text, pos in self._scan():
            if kind == "text" or kind == "escaped":
                out.append(text)
            elif kind == "invalid":
                self._invalid(pos)
            else:
                out.append("%s" % (mapping[text],))
        return "".join(out)

    def safe_substitute(self, mapping=_sentinel_dict, /, **kws):
        if mapping is _sentinel_dict:
            mapping = kws
        elif kws:
            mapping = _ChainMap(kws, mapping)
        out = []
        for kind, text, pos in self._scan():
            if kind == "text" or kind == "escaped" or kind == "invalid":
                out.append(text)
            else:
                try:
                    out.append("%s" % (mapping[text],))
                except KeyError:
                    if kind == "named":
                        out.append(self.delimiter + text)
                    else:
                        out.append(self.delimiter + "{" + text + "}")
        return "".join(out)

    def is_valid(self):
        for kind, text, pos in self._scan():
            if kind == "invalid":
                return False
        return True

    def get_identifiers(self):
        ids = []
        for kind, text, pos in self._scan():
            if (kind == "named" or kind == "braced") and text not in ids:
                ids.append(text)
        return ids


class Formatter:
    """A minimal string.Formatter: format/vformat through str.format."""

    def format(self, format_string, /, *args, **kwargs):
        return self.vformat(format_string, args, kwargs)

    def vformat(self, format_string, args, kwargs):
        return format_string.format(*args, **kwargs)

    def get_value(self, key, args, kwargs):
        if isinstance(key, int):
            return args[key]
        return kwargs[key]

    def format_field(self, value, format_spec):
        return format(value, format_spec)

    def convert_field(self, value, conversion):
        if conversion is None:
            return value
        if conversion == "s":
            return str(value)
        if conversion == "r":
            return repr(value)
        if conversion == "a":
            return ascii(value)
        raise ValueError("Unknown conversion specifier " + str(conversion))
'''

GC_SOURCE = r'''
"""The garbage collector interface (the VM's collector runs by itself)."""

DEBUG_STATS = 1
DEBUG_COLLECTABLE = 2
DEBUG_UNCOLLECTABLE = 4
DEBUG_SAVEALL = 32
DEBUG_LEAK = 38

garbage = []
callbacks = []
_state = {"enabled": True, "debug": 0, "threshold": (700, 10, 10), "frozen": 0}


def collect(generation=2):
    """Run a collection; returns the number of unreachable objects found."""
    if not isinstance(generation, int):
        raise TypeError("'" + type(generation).__name__ + "' object cannot be interpreted as an integer")
    if generation < 0 or generation > 2:
        raise ValueError("invalid generation")
    return 0


def enable():
    _state["enabled"] = True


def disable():
    _state["enabled"] = False


def isenabled():
    return _state["enabled"]


def get_count():
    return (0, 0, 0)


def get_threshold():
    return _state["threshold"]


def set_threshold(threshold0, threshold1=None, threshold2=None):
    t = list(_state["threshold"])
    t[0] = threshold0
    if threshold1 is not None:
        t[1] = threshold1
    if threshold2 is not None:
        t[2] = threshold2
    _state["threshold"] = tuple(t)


def get_debug():
    return _state["debug"]


def set_debug(flags):
    _state["debug"] = flags


def get_objects(generation=None):
    return []


def get_stats():
    return [{"collections": 0, "collected": 0, "uncollectable": 0} for i in range(3)]


def get_referrers(*objs):
    return []


def get_referents(*objs):
    out = []
    for o in objs:
        if isinstance(o, (list, tuple, set, frozenset)):
            out.extend(o)
        elif isinstance(o, dict):
            for k in o:
                out.append(k)
                out.append(o[k])
    return out


def _tracked(obj):
    if obj is None or isinstance(obj, (int, float, str, bytes, bool, complex)):
        return False
    if isinstance(obj, dict):
        for k in obj:
            if _tracked(k) or _tracked(obj[k]):
                return True
        return False
    return True


def is_tracked(obj):
    return _tracked(obj)


def is_finalized(obj):
    return False


def freeze():
    _state["frozen"] = 1


def unfreeze():
    _state["frozen"] = 0


def get_freeze_count():
    return 0
'''
