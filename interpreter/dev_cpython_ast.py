"""TEST/DEV-ONLY: converts CPython's `ast` output into interpreter.pyast
nodes, to drive the compiler independently of our parser.

NOT PART OF THE TRANSLATED VM (uses the host `ast` module and reflection);
main.py uses interpreter.parser. Usage:
    python3 -m interpreter.dev_cpython_ast script.py   # runs it through the adapter
"""

import ast
import sys

from interpreter import pyast


def convert(node):
    if node is None:
        return None
    if isinstance(node, list):
        return [convert(x) for x in node]
    if isinstance(node, (str, int, float, bytes)):
        return node
    cls = type(node).__name__
    pos = [getattr(node, "lineno", 0) or 0, getattr(node, "col_offset", 0) or 0,
           getattr(node, "end_lineno", 0) or 0, getattr(node, "end_col_offset", 0) or 0]
    if cls == "Constant":
        v = node.value
        if v is None:
            return pyast.Constant(pyast.CONST_NONE, 0, 0.0, "", b"", *pos)
        if v is Ellipsis:
            return pyast.Constant(pyast.CONST_ELLIPSIS, 0, 0.0, "", b"", *pos)
        if isinstance(v, bool):
            return pyast.Constant(pyast.CONST_BOOL, int(v), 0.0, "", b"", *pos)
        if isinstance(v, int):
            if -2**63 <= v < 2**63:
                return pyast.Constant(pyast.CONST_INT, v, 0.0, "", b"", *pos)
            return pyast.Constant(pyast.CONST_BIGINT, 0, 0.0, str(v), b"", *pos)
        if isinstance(v, float):
            return pyast.Constant(pyast.CONST_FLOAT, 0, v, "", b"", *pos)
        if isinstance(v, complex):
            return pyast.Constant(pyast.CONST_COMPLEX, 0, v.imag, "", b"", *pos)
        if isinstance(v, str):
            return pyast.Constant(pyast.CONST_STR, 1 if node.kind == "u" else 0, 0.0, v, b"", *pos)
        if isinstance(v, bytes):
            return pyast.Constant(pyast.CONST_BYTES, 0, 0.0, "", v, *pos)
        raise TypeError(v)
    target = getattr(pyast, cls)
    vals = []
    for f in node._fields:
        if f in ("type_comment", "type_ignores", "kind"):
            continue
        x = getattr(node, f)
        if isinstance(x, ast.AST) and type(x).__name__ in ("Load", "Store", "Del"):
            vals.append(type(x).__name__)
        elif isinstance(x, (ast.operator, ast.boolop, ast.unaryop, ast.cmpop)):
            vals.append(type(x).__name__)
        elif isinstance(x, list) and x and isinstance(x[0], ast.cmpop):
            vals.append([type(o).__name__ for o in x])
        elif f == "conversion":
            vals.append(x)
        elif isinstance(x, (ast.AST, list)) or x is None:
            vals.append(convert(x))
        else:
            vals.append(x)
    if cls == "Module":
        return pyast.Module(vals[0], 0, 0, 0, 0)
    if cls in ("arguments", "comprehension", "withitem", "keyword", "alias", "arg"):
        return target(*vals, *pos)
    return target(*vals, *pos)


def parse(source, filename):
    return convert(ast.parse(source, filename))


if __name__ == "__main__":
    from interpreter.builtins import make_space
    from interpreter.compiler import compile_module
    from interpreter.main import main_globals, handle_uncaught, globals_obj
    from interpreter.objspace.root import OperationError
    path = sys.argv[1]
    space, ec = make_space(sys.argv[1:], [""])
    src = open(path).read()
    space.source_lines[path] = src.split("\n")
    code = compile_module(space, parse(src, path), path, False)
    g = main_globals(space, path)
    try:
        ec.run_module_code(code, globals_obj(space, g))
        status = 0
    except OperationError as e:
        status = handle_uncaught(space, e)
    space.flush_stdout()
    sys.exit(status)
