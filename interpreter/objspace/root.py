"""W_Root, the root of all application-level objects, and the host-level
exception that carries an application-level exception."""


class W_Root:
    """Base of every object the interpreted program can see."""

    def type_name(self) -> str:
        return "object"

    def name_attr(self, qualified: bool) -> str | None:
        """`__name__` (or `__qualname__`) of a builtin object that has one
        as data (a generator), else None."""
        return None

    def type_index(self) -> int:
        """Index of this object's builtin type in Space.types_by_index
        (W_Instance and W_TypeObject answer through their own type)."""
        return 0


class OperationError(Exception):
    """Raised (at host level) to propagate an application-level exception.
    `w_value` is the exception instance (a W_BaseException)."""

    def __init__(self, w_value: W_Root) -> None:
        Exception.__init__(self)
        self.w_value: W_Root = w_value


class Args:
    """Arguments of a call: positional values, then keyword names and values."""

    def __init__(self, args_w: list[W_Root], kw_names: list[str], kw_values: list[W_Root]) -> None:
        self.args_w: list[W_Root] = args_w
        self.kw_names: list[str] = kw_names
        self.kw_values: list[W_Root] = kw_values

    def prepend(self, w_first: W_Root) -> "Args":
        args_w: list[W_Root] = [w_first]
        args_w.extend(self.args_w)
        return Args(args_w, self.kw_names, self.kw_values)

    def has_kw(self) -> bool:
        return len(self.kw_names) > 0

    def get_kw(self, name: str) -> W_Root | None:
        i = 0
        while i < len(self.kw_names):
            if self.kw_names[i] == name:
                return self.kw_values[i]
            i += 1
        return None


# The keyword lists of every call without keywords: shared, which is safe
# because no code changes an Args' keyword lists after building it (calls
# with keywords build their own); saves two allocations per call.
NO_KW_NAMES: list[str] = []
NO_KW_VALUES: list[W_Root] = []


def positional(args_w: list[W_Root]) -> Args:
    return Args(args_w, NO_KW_NAMES, NO_KW_VALUES)


class W_Null(W_Root):
    """Internal sentinel (never visible to programs): an empty stack slot,
    an unbound local, the 'no self' marker of LOAD_METHOD."""

    def type_name(self) -> str:
        return "NULL"

    def type_index(self) -> int:
        return 39


class CallEngine:
    """Interface the Space uses to run Python code (implemented by
    eval.ExecutionContext; declared here to avoid an import cycle)."""

    def call_function(self, w_func: W_Root, args: Args) -> W_Root:
        raise NotImplementedError

    def resume_generator(self, w_gen: W_Root, w_value: W_Root, w_exc: W_Root | None) -> W_Root | None:
        raise NotImplementedError

    def current_frame_info(self) -> W_Root | None:
        raise NotImplementedError


# Indexes of the builtin types in Space.types_by_index (see W_Root.type_index).
T_OBJECT = 0
T_INT = 1
T_BOOL = 2
T_FLOAT = 3
T_STR = 4
T_BYTES = 5
T_LIST = 6
T_TUPLE = 7
T_DICT = 8
T_SET = 9
T_FROZENSET = 10
T_NONE = 11
T_NOTIMPLEMENTED = 12
T_ELLIPSIS = 13
T_FUNCTION = 14
T_METHOD = 15
T_BUILTIN_FUNCTION = 16
T_CELL = 17
T_STATICMETHOD = 18
T_CLASSMETHOD = 19
T_PROPERTY = 20
T_SUPER = 21
T_RANGE = 22
T_SLICE = 23
T_MODULE = 24
T_GENERATOR = 25
T_CODE = 26
T_ITERATOR = 27
T_DICT_KEYS = 28
T_DICT_VALUES = 29
T_DICT_ITEMS = 30
T_LONG = 31
T_TYPE = 32
T_ENUMERATE = 33
T_ZIP = 34
T_MAP = 35
T_FILTER = 36
T_REVERSED = 37
T_FRAME = 38
T_NULL = 39
T_LAST = 40
