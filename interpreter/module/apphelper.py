"""Helper modules written in Python (app-level source) that builtin
modules need while the VM starts, before the main program installs the
compiler hook used by `import`: compiled and run here, once, and kept in
space.modules under a private name."""

from interpreter.objspace.root import W_Root
from interpreter.objspace.space import Space
from interpreter.objspace.moduleobject import W_Module
from interpreter import parser
from interpreter.compiler import compile_module
from interpreter.eval import ExecutionContext


def helper_module(space: Space, name: str, source: str) -> W_Module:
    w_m = space.modules.get(name, None)
    if w_m is not None:
        return w_m
    filename = "<frozen " + name + ">"
    code = compile_module(space, parser.parse_module(source, filename), filename, False)
    d: dict[str, W_Root] = {}
    d["__name__"] = space.newstr(name)
    w_m = W_Module(name, d)
    space.modules[name] = w_m
    ec = space.engine
    assert isinstance(ec, ExecutionContext)
    ec.run_module_code(code, w_m.get_dictobj())
    return w_m
