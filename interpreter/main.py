"""Command line of the VM: `script.py args`, `-c code args`, `-` (stdin),
`-m module`, `-V`/`--version`, `-h`, `-u`, `-i`, and a REPL when started
with no arguments on a terminal."""

import os
import sys

from rlib.objectmodel import we_are_translated

from interpreter import bytecode as bc
from interpreter.bytecode import CodeObject
from interpreter.objspace.root import W_Root, OperationError
from interpreter.objspace.space import Space
from interpreter.objspace.oserrors import host_errno
from interpreter.objspace.typeobject import W_TypeObject
from interpreter.objspace.strobject import W_StrObject
from interpreter.objspace.intobject import W_IntObject
from interpreter.objspace.instance import W_BaseException, TracebackEntry
from interpreter.objspace.moduleobject import W_Module
from interpreter.objspace.dictobject import W_DictObject, wrap_strdict
from interpreter.builtins import make_space
from interpreter.eval import ExecutionContext, read_file
from interpreter.compiler import compile_module, CompileError
from interpreter.tokenizer import ParseError
from interpreter import parser

VERSION = "Python 3.11.0"

USAGE = """usage: pypy-c [option] ... [-c cmd | -m mod | file | -] [arg] ...
Options:
-c cmd : program passed in as string (terminates option list)
-h     : print this help message and exit (also -? or --help)
-i     : inspect interactively after running script
-m mod : run library module as a script (terminates option list)
-u     : unbuffered stdout
-V     : print the Python version number and exit (also --version)
file   : program read from script file
-      : program read from stdin (default; interactive mode if a tty)
arg ...: arguments passed to program in sys.argv[1:]
"""


class SyntaxErrorInfo(Exception):
    def __init__(self, kind: str, msg: str, filename: str, lineno: int, offset: int, end_offset: int,
                 text: str) -> None:
        Exception.__init__(self)
        self.kind: str = kind
        self.msg: str = msg
        self.filename: str = filename
        self.lineno: int = lineno
        self.offset: int = offset
        self.end_offset: int = end_offset
        self.text: str = text


def compile_source_ex(space: Space, source: str, filename: str, interactive: bool) -> CodeObject:
    try:
        mod = parser.parse_module(source, filename)
    except ParseError as e:
        raise SyntaxErrorInfo(e.kind, e.msg, filename, e.lineno, e.offset,
                              e.end_offset if e.end_lineno == e.lineno else -1, e.text)
    try:
        return compile_module(space, mod, filename, interactive)
    except CompileError as e:
        lines = source.split("\n")
        text = lines[e.lineno - 1] if 0 < e.lineno <= len(lines) else ""
        raise SyntaxErrorInfo("SyntaxError", e.msg, filename, e.lineno, e.offset, -1, text)


def compile_source(space: Space, source: str, filename: str) -> CodeObject:
    """The hook used by `import`: syntax errors become SyntaxError exceptions."""
    try:
        return compile_source_ex(space, source, filename, False)
    except SyntaxErrorInfo as e:
        w_t = space.exc_types.get(e.kind, space.w_SyntaxError)
        raise OperationError(space.new_exception(w_t, [space.newstr(e.msg)]))


def format_syntax_error(e: SyntaxErrorInfo) -> str:
    out = '  File "' + e.filename + '", line ' + str(e.lineno) + "\n"
    text = e.text
    if text != "":
        text = text.rstrip("\n")
        stripped = text.lstrip(" \t\f")
        indent = len(text) - len(stripped)
        out += "    " + stripped + "\n"
        col = e.offset - 1 - indent
        if col < 0:
            col = 0
        width = 1
        if e.end_offset > e.offset:
            width = e.end_offset - e.offset
        out += "    " + " " * col + "^" * width + "\n"
    out += e.kind + ": " + e.msg + "\n"
    return out


def exc_type_name(space: Space, w_type: W_TypeObject) -> str:
    if w_type.module == "builtins" or w_type.module == "__main__":
        return w_type.qualname
    return w_type.module + "." + w_type.qualname


def format_exception_only(space: Space, w_exc: W_Root) -> str:
    w_type = space.type(w_exc)
    name = exc_type_name(space, w_type)
    try:
        msg = space.str(w_exc)
    except OperationError:
        msg = "<exception str() failed>"
    if msg == "":
        return name + "\n"
    return name + ": " + msg + "\n"


def format_traceback(space: Space, w_exc: W_Root, seen: list[W_Root]) -> str:
    out = ""
    seen.append(w_exc)
    if isinstance(w_exc, W_BaseException):
        w_cause = w_exc.w_cause
        w_ctx = w_exc.w_context
        if w_cause is not None and not _in(seen, w_cause):
            out += format_traceback(space, w_cause, seen)
            out += "\nThe above exception was the direct cause of the following exception:\n\n"
        elif w_ctx is not None and not w_exc.suppress_context and not _in(seen, w_ctx):
            out += format_traceback(space, w_ctx, seen)
            out += "\nDuring handling of the above exception, another exception occurred:\n\n"
        tb = w_exc.traceback
        if tb is not None:
            out += "Traceback (most recent call last):\n"
            entry: TracebackEntry | None = tb
            while entry is not None:
                code = entry.code
                out += '  File "' + code.co_filename + '", line ' + str(entry.lineno) + ", in " + code.co_name + "\n"
                lines = space.source_lines.get(code.co_filename, None)
                # Like CPython, source lines come from files only (not
                # from `-c`, stdin or the REPL).
                if lines is not None and not code.co_filename.startswith("<") and \
                        0 < entry.lineno <= len(lines):
                    src = lines[entry.lineno - 1].strip()
                    if src != "":
                        out += "    " + src + "\n"
                entry = entry.next
    out += format_exception_only(space, w_exc)
    return out


def _in(lst: list[W_Root], w: W_Root) -> bool:
    for x in lst:
        if x is w:
            return True
    return False


def handle_uncaught(space: Space, e: OperationError) -> int:
    """Print the traceback (or handle SystemExit); returns the exit status."""
    w_exc = e.w_value
    if space.exc_matches(w_exc, space.w_SystemExit):
        w_code = space.getattr(w_exc, "code")
        if w_code is space.w_None:
            return 0
        if isinstance(w_code, W_IntObject):
            return w_code.intval & 0xFF
        space.write_stderr(space.str(w_code) + "\n")
        return 1
    space.write_stderr(format_traceback(space, w_exc, []))
    return 1


def run_code(space: Space, ec: ExecutionContext, source: str, filename: str, w_globals: dict[str, W_Root]) -> int:
    space.source_lines[filename] = source.split("\n")
    try:
        code = compile_source_ex(space, source, filename, False)
    except SyntaxErrorInfo as se:
        space.write_stderr(format_syntax_error(se))
        return 1
    try:
        ec.run_module_code(code, globals_obj(space, w_globals))
    except OperationError as e:
        return handle_uncaught(space, e)
    return 0


def globals_obj(space: Space, w_globals: dict[str, W_Root]) -> W_DictObject:
    """The dict object of the __main__ module whose str mirror is w_globals."""
    w_m = space.modules.get("__main__", None)
    if w_m is not None and w_m.w_dict is w_globals:
        return w_m.get_dictobj()
    return wrap_strdict(w_globals)


def main_globals(space: Space, filename: str) -> dict[str, W_Root]:
    g: dict[str, W_Root] = {}
    g["__name__"] = space.newstr("__main__")
    g["__file__"] = space.newstr(filename)
    g["__package__"] = space.w_None
    g["__doc__"] = space.w_None
    space.modules["__main__"] = W_Module("__main__", g)
    return g


def read_stdin() -> str:
    chunks: list[bytes] = []
    while True:
        data = os.read(0, 65536)
        if len(data) == 0:
            break
        chunks.append(data)
    return b"".join(chunks).decode("utf-8")


def repl(space: Space, ec: ExecutionContext, w_globals: dict[str, W_Root], show_banner: bool) -> int:
    w_gobj = globals_obj(space, w_globals)
    if show_banner:
        space.write_stderr(VERSION + " (pyvm) on linux\nType \"help\", \"copyright\", \"credits\" or \"license\" for more information.\n")
    while True:
        source = ""
        prompt = ">>> "
        while True:
            space.write_stderr(prompt)
            line = sys.stdin.readline()
            if line == "":
                space.write_stderr("\n")
                return 0
            source += line
            if not parser.is_incomplete_input(source):
                break
            prompt = "... "
        if source.strip() == "":
            continue
        space.source_lines["<stdin>"] = source.split("\n")
        try:
            code = compile_source_ex(space, source, "<stdin>", True)
        except SyntaxErrorInfo as se:
            space.write_stderr(format_syntax_error(se))
            continue
        try:
            ec.run_module_code(code, w_gobj)
        except OperationError as e:
            if space.exc_matches(e.w_value, space.w_SystemExit):
                return handle_uncaught(space, e)
            space.write_stderr(format_traceback(space, e.w_value, []))
        space.flush_stdout()


def main(argv: list[str]) -> int:
    if not we_are_translated():
        sys.setrecursionlimit(30000)
    i = 1
    unbuffered = False
    inspect = False
    command: str | None = None
    module: str | None = None
    script: str | None = None
    use_stdin = False
    while i < len(argv):
        a = argv[i]
        if a == "-c":
            if i + 1 >= len(argv):
                sys.stderr.write("Argument expected for the -c option\n")
                return 2
            command = argv[i + 1]
            i += 1
            break
        if a.startswith("-c") and len(a) > 2:
            command = a[2:]
            break
        if a == "-m":
            if i + 1 >= len(argv):
                sys.stderr.write("Argument expected for the -m option\n")
                return 2
            module = argv[i + 1]
            i += 1
            break
        if a == "-V" or a == "--version":
            sys.stdout.write(VERSION + "\n")
            return 0
        if a == "-h" or a == "--help" or a == "-?":
            sys.stdout.write(USAGE)
            return 0
        if a == "-u":
            unbuffered = True
        elif a == "-i":
            inspect = True
        elif a == "-":
            use_stdin = True
            break
        elif a == "-B" or a == "-E" or a == "-s" or a == "-S" or a == "-O":
            pass
        elif a.startswith("-"):
            sys.stderr.write("Unknown option: " + a + "\n" + USAGE)
            return 2
        else:
            script = a
            break
        i += 1
    rest = argv[i + 1:] if i < len(argv) else []
    if command is not None:
        prog_argv = ["-c"] + rest
        sys_path = [""]
    elif module is not None:
        prog_argv = [module] + rest
        sys_path = [os.getcwd()]
    elif script is not None:
        prog_argv = [script] + rest
        d = script.rfind("/")
        sys_path = [script[:d] if d > 0 else ("/" if d == 0 else "")]
    else:
        prog_argv = [""] + rest if use_stdin else [""]
        if use_stdin:
            prog_argv = ["-"] + rest
        sys_path = [""]
    space, ec = make_space(prog_argv, sys_path)
    ec.compile_source = compile_source
    space.unbuffered = unbuffered
    status = 0
    try:
        if command is not None:
            w_globals = main_globals(space, "<string>")
            del w_globals["__file__"]
            status = run_code(space, ec, command + "\n", "<string>", w_globals)
        elif module is not None:
            w_globals = main_globals(space, module)
            path = ec.find_module_file(module)
            if path == "":
                space.write_stderr(argv[0] + ": No module named " + module + "\n")
                return 1
            w_globals["__file__"] = space.newstr(path)
            status = run_code(space, ec, read_file(path), path, w_globals)
        elif script is not None:
            filename = script if script.startswith("/") else os.getcwd() + "/" + script
            w_globals = main_globals(space, filename)
            try:
                source = read_file(script)
            except OSError as e:
                space.write_stderr(argv[0] + ": can't open file '" + script + "': [Errno " + str(host_errno(e)) + "] " +
                                   "No such file or directory\n")
                return 2
            status = run_code(space, ec, source, filename, w_globals)
        else:
            w_globals = main_globals(space, "<stdin>")
            if not use_stdin and (os.isatty(0) or inspect):
                status = repl(space, ec, w_globals, os.isatty(0))
                inspect = False
            else:
                status = run_code(space, ec, read_stdin(), "<stdin>", w_globals)
        if inspect:
            status = repl(space, ec, w_globals, False)
    finally:
        space.flush_stdout()
    return status
