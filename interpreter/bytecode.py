"""Opcodes and code objects.

An instruction is an (opcode, argument) pair; a code object keeps them
in two parallel int lists `ops`/`args` plus `lines` (the source line of
each instruction). Jump arguments are instruction indexes (absolute).
The value stack holds W_Root; the block stack (SETUP_FINALLY/SETUP_WITH/
handler blocks) is kept in the frame, as in CPython 3.8.
"""

from interpreter.objspace.root import W_Root

# --- stack manipulation
NOP = 0
POP_TOP = 1
ROT_TWO = 2
ROT_THREE = 3
ROT_FOUR = 4
DUP_TOP = 5
DUP_TOP_TWO = 6
# --- constants and names
LOAD_CONST = 10          # arg: index in consts
LOAD_FAST = 11           # arg: index in varnames
STORE_FAST = 12
DELETE_FAST = 13
LOAD_DEREF = 14          # arg: index in cellvars + freevars
STORE_DEREF = 15
DELETE_DEREF = 16
LOAD_CLOSURE = 17        # push the cell itself
LOAD_CLASSDEREF = 18     # class body: locals dict, then the cell
LOAD_GLOBAL = 19         # arg: index in names
STORE_GLOBAL = 20
DELETE_GLOBAL = 21
LOAD_NAME = 22           # locals dict, globals, builtins
STORE_NAME = 23
DELETE_NAME = 24
LOAD_ATTR = 25           # arg: index in names
STORE_ATTR = 26
DELETE_ATTR = 27
LOAD_METHOD = 28         # pushes (func, self) or (NULL, bound)
CALL_METHOD = 29         # arg: argc
# --- operators
BINARY_OP = 30           # arg: OP_* below
INPLACE_OP = 31          # arg: OP_*
UNARY_NEG = 32
UNARY_POS = 33
UNARY_NOT = 34
UNARY_INVERT = 35
COMPARE_OP = 36          # arg: CMP_*
IS_OP = 37               # arg: 1 for `is not`
CONTAINS_OP = 38         # arg: 1 for `not in`
BINARY_SUBSCR = 39
STORE_SUBSCR = 40
DELETE_SUBSCR = 41
BUILD_SLICE = 42         # arg: 2 or 3
# --- building
BUILD_TUPLE = 50
BUILD_LIST = 51
BUILD_SET = 52
BUILD_MAP = 53           # arg: number of pairs
LIST_APPEND = 54         # arg: stack depth of the list (comprehensions)
SET_ADD = 55
MAP_ADD = 56
LIST_EXTEND = 57         # arg: depth
SET_UPDATE = 58
DICT_UPDATE = 59
DICT_MERGE = 60          # like DICT_UPDATE, duplicate keys are an error
LIST_TO_TUPLE = 61
BUILD_STRING = 62        # arg: count
FORMAT_VALUE = 63        # arg: conversion (0 none, 1 str, 2 repr, 3 ascii) | 4 if spec on stack
UNPACK_SEQUENCE = 64     # arg: count
UNPACK_EX = 65           # arg: before | (after << 8)
# --- control flow
JUMP = 70
POP_JUMP_IF_FALSE = 71
POP_JUMP_IF_TRUE = 72
JUMP_IF_FALSE_OR_POP = 73
JUMP_IF_TRUE_OR_POP = 74
GET_ITER = 75
FOR_ITER = 76            # arg: target when exhausted
RETURN_VALUE = 77
YIELD_VALUE = 78
GET_YIELD_FROM_ITER = 79
YIELD_FROM = 80
# --- calls and definitions
CALL_FUNCTION = 85       # arg: argc
CALL_FUNCTION_KW = 86    # arg: argc (incl. keywords); names tuple on top
CALL_FUNCTION_EX = 87    # arg: 1 if a kwargs dict is on the stack
MAKE_FUNCTION = 88       # arg: flags MF_*
LOAD_BUILD_CLASS = 89
# --- exceptions
SETUP_FINALLY = 90       # arg: handler; pushes a block
POP_BLOCK = 91
POP_EXCEPT = 92          # ends an except handler: restores the handled exception
RERAISE = 93             # re-raises the exception on top of the stack
RAISE_VARARGS = 94       # arg: 0 (bare raise), 1, 2 (with cause)
JUMP_IF_NOT_EXC_MATCH = 95  # TOS1 exc, TOS type: pops both... see eval
SETUP_WITH = 96          # arg: handler
WITH_EXCEPT_START = 97
LOAD_ASSERTION_ERROR = 98
# --- imports and misc
IMPORT_NAME = 100        # arg: names index; TOS fromlist, TOS1 level
IMPORT_FROM = 101
IMPORT_STAR = 102
PRINT_EXPR = 103
SETUP_ANNOTATIONS = 104
DELETE_LOCALS_ENTRY = 105

OPNAMES: dict[int, str] = {
    NOP: "NOP", POP_TOP: "POP_TOP", ROT_TWO: "ROT_TWO", ROT_THREE: "ROT_THREE",
    ROT_FOUR: "ROT_FOUR", DUP_TOP: "DUP_TOP", DUP_TOP_TWO: "DUP_TOP_TWO",
    LOAD_CONST: "LOAD_CONST", LOAD_FAST: "LOAD_FAST", STORE_FAST: "STORE_FAST",
    DELETE_FAST: "DELETE_FAST", LOAD_DEREF: "LOAD_DEREF", STORE_DEREF: "STORE_DEREF",
    DELETE_DEREF: "DELETE_DEREF", LOAD_CLOSURE: "LOAD_CLOSURE",
    LOAD_CLASSDEREF: "LOAD_CLASSDEREF", LOAD_GLOBAL: "LOAD_GLOBAL",
    STORE_GLOBAL: "STORE_GLOBAL", DELETE_GLOBAL: "DELETE_GLOBAL",
    LOAD_NAME: "LOAD_NAME", STORE_NAME: "STORE_NAME", DELETE_NAME: "DELETE_NAME",
    LOAD_ATTR: "LOAD_ATTR", STORE_ATTR: "STORE_ATTR", DELETE_ATTR: "DELETE_ATTR",
    LOAD_METHOD: "LOAD_METHOD", CALL_METHOD: "CALL_METHOD", BINARY_OP: "BINARY_OP",
    INPLACE_OP: "INPLACE_OP", UNARY_NEG: "UNARY_NEG", UNARY_POS: "UNARY_POS",
    UNARY_NOT: "UNARY_NOT", UNARY_INVERT: "UNARY_INVERT", COMPARE_OP: "COMPARE_OP",
    IS_OP: "IS_OP", CONTAINS_OP: "CONTAINS_OP", BINARY_SUBSCR: "BINARY_SUBSCR",
    STORE_SUBSCR: "STORE_SUBSCR", DELETE_SUBSCR: "DELETE_SUBSCR",
    BUILD_SLICE: "BUILD_SLICE", BUILD_TUPLE: "BUILD_TUPLE", BUILD_LIST: "BUILD_LIST",
    BUILD_SET: "BUILD_SET", BUILD_MAP: "BUILD_MAP", LIST_APPEND: "LIST_APPEND",
    SET_ADD: "SET_ADD", MAP_ADD: "MAP_ADD", LIST_EXTEND: "LIST_EXTEND",
    SET_UPDATE: "SET_UPDATE", DICT_UPDATE: "DICT_UPDATE", DICT_MERGE: "DICT_MERGE",
    LIST_TO_TUPLE: "LIST_TO_TUPLE", BUILD_STRING: "BUILD_STRING",
    FORMAT_VALUE: "FORMAT_VALUE", UNPACK_SEQUENCE: "UNPACK_SEQUENCE",
    UNPACK_EX: "UNPACK_EX", JUMP: "JUMP", POP_JUMP_IF_FALSE: "POP_JUMP_IF_FALSE",
    POP_JUMP_IF_TRUE: "POP_JUMP_IF_TRUE", JUMP_IF_FALSE_OR_POP: "JUMP_IF_FALSE_OR_POP",
    JUMP_IF_TRUE_OR_POP: "JUMP_IF_TRUE_OR_POP", GET_ITER: "GET_ITER",
    FOR_ITER: "FOR_ITER", RETURN_VALUE: "RETURN_VALUE", YIELD_VALUE: "YIELD_VALUE",
    GET_YIELD_FROM_ITER: "GET_YIELD_FROM_ITER", YIELD_FROM: "YIELD_FROM",
    CALL_FUNCTION: "CALL_FUNCTION", CALL_FUNCTION_KW: "CALL_FUNCTION_KW",
    CALL_FUNCTION_EX: "CALL_FUNCTION_EX", MAKE_FUNCTION: "MAKE_FUNCTION",
    LOAD_BUILD_CLASS: "LOAD_BUILD_CLASS", SETUP_FINALLY: "SETUP_FINALLY",
    POP_BLOCK: "POP_BLOCK", POP_EXCEPT: "POP_EXCEPT", RERAISE: "RERAISE",
    RAISE_VARARGS: "RAISE_VARARGS", JUMP_IF_NOT_EXC_MATCH: "JUMP_IF_NOT_EXC_MATCH",
    SETUP_WITH: "SETUP_WITH", WITH_EXCEPT_START: "WITH_EXCEPT_START",
    LOAD_ASSERTION_ERROR: "LOAD_ASSERTION_ERROR", IMPORT_NAME: "IMPORT_NAME",
    IMPORT_FROM: "IMPORT_FROM", IMPORT_STAR: "IMPORT_STAR", PRINT_EXPR: "PRINT_EXPR",
    SETUP_ANNOTATIONS: "SETUP_ANNOTATIONS", DELETE_LOCALS_ENTRY: "DELETE_LOCALS_ENTRY",
}

# BINARY_OP / INPLACE_OP arguments
OP_ADD = 0
OP_SUB = 1
OP_MUL = 2
OP_TRUEDIV = 3
OP_FLOORDIV = 4
OP_MOD = 5
OP_POW = 6
OP_LSHIFT = 7
OP_RSHIFT = 8
OP_AND = 9
OP_OR = 10
OP_XOR = 11
OP_MATMUL = 12

BINOP_SYMBOLS: list[str] = ["+", "-", "*", "/", "//", "%", "**", "<<", ">>", "&", "|", "^", "@"]
BINOP_DUNDERS: list[str] = ["add", "sub", "mul", "truediv", "floordiv", "mod", "pow",
                            "lshift", "rshift", "and", "or", "xor", "matmul"]

# COMPARE_OP arguments
CMP_LT = 0
CMP_LE = 1
CMP_EQ = 2
CMP_NE = 3
CMP_GT = 4
CMP_GE = 5
CMP_SYMBOLS: list[str] = ["<", "<=", "==", "!=", ">", ">="]
CMP_DUNDERS: list[str] = ["__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__"]
CMP_SWAPPED: list[int] = [CMP_GT, CMP_GE, CMP_EQ, CMP_NE, CMP_LT, CMP_LE]

# MAKE_FUNCTION flags (the values are pushed in this order)
MF_DEFAULTS = 1
MF_KWDEFAULTS = 2
MF_CLOSURE = 8

# code object flags
CO_VARARGS = 4
CO_VARKEYWORDS = 8
CO_NESTED = 16
CO_GENERATOR = 32
CO_CLASSBODY = 64      # runs with a locals dict (class body)
CO_MODULE = 128        # module-level code (locals dict is the globals)

# block kinds in the frame's block stack
BLOCK_FINALLY = 1      # SETUP_FINALLY: jump to handler with the exception pushed
BLOCK_HANDLER = 2      # inside an except/finally handler: remembers the previous handled exception
BLOCK_WITH = 3         # SETUP_WITH (same behaviour as BLOCK_FINALLY)


class CodeObject(W_Root):
    def __init__(self, name: str, qualname: str, filename: str, firstlineno: int) -> None:
        self.co_name: str = name
        self.co_qualname: str = qualname
        self.co_filename: str = filename
        self.co_firstlineno: int = firstlineno
        self.ops: list[int] = []
        self.args: list[int] = []
        self.lines: list[int] = []
        self.consts_w: list[W_Root] = []
        self.names: list[str] = []
        self.varnames: list[str] = []     # arguments first, then other locals
        self.cellvars: list[str] = []
        self.freevars: list[str] = []
        self.cell_from_arg: list[int] = []  # per cellvar: the argument index it copies, or -1
        self.argcount: int = 0
        self.posonlyargcount: int = 0
        self.kwonlyargcount: int = 0
        self.flags: int = 0
        self.docstring: W_Root | None = None

    def type_name(self) -> str:
        return "code"

    def type_index(self) -> int:
        return 26

    def total_args(self) -> int:
        n = self.argcount + self.kwonlyargcount
        if self.flags & CO_VARARGS:
            n += 1
        if self.flags & CO_VARKEYWORDS:
            n += 1
        return n

    def ncells(self) -> int:
        return len(self.cellvars) + len(self.freevars)

    def cell_name(self, i: int) -> str:
        if i < len(self.cellvars):
            return self.cellvars[i]
        return self.freevars[i - len(self.cellvars)]

    def dump(self) -> str:
        out: list[str] = ["code " + self.co_qualname]
        i = 0
        while i < len(self.ops):
            op = self.ops[i]
            out.append("  " + str(i) + " (line " + str(self.lines[i]) + ") " +
                       OPNAMES.get(op, "?" + str(op)) + " " + str(self.args[i]))
            i += 1
        return "\n".join(out)
