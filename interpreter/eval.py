"""The stackless eval loop.

Frames are heap objects linked by `back`. A call from Python code to a
Python function (or a bound method of one, or a class whose __init__ is
a Python function) pushes a new frame and continues in the same loop;
RETURN_VALUE pops it and pushes the result on the caller's stack. The
host stack is only used when VM code calls back into Python (a builtin
calling a function: sorted(key=...), __repr__ from print, ...), which runs
a nested `execute` until its entry frame returns.

Generators are suspended frames: resuming one runs `execute` with the
generator frame as the entry frame; YIELD_VALUE returns from it.

Exceptions: an OperationError raised while running an instruction (or by
RAISE_VARARGS) is handled by `handle_exception`, which walks the frame's
block stack (SETUP_FINALLY/SETUP_WITH handlers) and then the caller
frames, prepending one traceback entry per frame it passes through.
"""

import os
from typing import Callable

from interpreter import bytecode as bc
from interpreter.bytecode import CodeObject
from interpreter.objspace.root import (W_Root, OperationError, Args, CallEngine, W_Null, positional,
                                       T_GENERATOR, T_FRAME)
from interpreter.objspace.space import Space, W_BuiltinFunction
from interpreter.objspace.typeobject import W_TypeObject, KIND_OBJECT, KIND_EXCEPTION
from interpreter.objspace.intobject import W_IntObject, W_BoolObject
from interpreter.objspace.floatobject import W_FloatObject
from interpreter.objspace.strobject import W_StrObject
from interpreter.objspace.listobject import W_ListObject
from interpreter.objspace.tupleobject import W_TupleObject
from interpreter.objspace.dictobject import W_DictObject
from interpreter.objspace.setobject import W_SetObject
from interpreter.objspace.funcobject import W_Function, W_Method, W_Cell, W_StaticMethod, W_ClassMethod, W_Super
from interpreter.objspace.instance import W_Instance, W_BaseException, TracebackEntry, instance_dict_or_none
from interpreter.objspace.moduleobject import W_Module
from interpreter.objspace.iterobject import W_SliceObject, W_ListIterator, W_RangeIterator
from interpreter.objspace import formatting
from interpreter.module import sysmodules


class Reraise(OperationError):
    """Raised by RERAISE and bare `raise`: handled in the current frame
    without adding a traceback entry."""


# The cells of a frame whose code has no cell or free variables: shared,
# since a frame's cell list is only ever replaced whole, never appended to.
NO_CELLS: list[W_Cell] = []


class Block:
    def __init__(self, kind: int, handler: int, level: int, w_prev_exc: W_Root | None) -> None:
        self.kind: int = kind
        self.handler: int = handler
        self.level: int = level
        self.w_prev_exc: W_Root | None = w_prev_exc


class Frame(W_Root):
    def __init__(self, code: CodeObject, w_globals_obj: W_DictObject, locals_dict: dict[str, W_Root] | None,
                 w_null: W_Root) -> None:
        self.code: CodeObject = code
        self.pc: int = 0
        self.stack: list[W_Root] = []
        self.locals_w: list[W_Root] = [w_null] * len(code.varnames)
        self.cells: list[W_Cell] = NO_CELLS
        # the globals dict object and its str mirror (read by LOAD_GLOBAL;
        # writes go through the dict object so both views stay the same)
        self.w_globals_obj: W_DictObject = w_globals_obj
        self.w_globals: dict[str, W_Root] = w_globals_obj.storage.enable_strmap()
        self.locals_dict: dict[str, W_Root] | None = locals_dict
        self.blocks: list[Block] = []
        self.back: Frame | None = None
        self.w_init_instance: W_Root | None = None
        self.w_handled_exc: W_Root | None = None
        self.generator: W_Generator | None = None
        self.yielded: bool = False

    def type_name(self) -> str:
        return "frame"

    def type_index(self) -> int:
        return T_FRAME

    def lineno(self) -> int:
        pc = self.pc - 1
        if pc < 0:
            pc = 0
        if pc >= len(self.code.lines):
            return self.code.co_firstlineno
        return self.code.lines[pc]


class W_Generator(W_Root):
    def __init__(self, frame: Frame, name: str, qualname: str) -> None:
        self.frame: Frame = frame
        self.name: str = name
        self.qualname: str = qualname
        self.started: bool = False
        self.running: bool = False
        self.finished: bool = False
        self.w_retval: W_Root | None = None

    def type_name(self) -> str:
        return "generator"

    def name_attr(self, qualified: bool) -> str | None:
        return self.qualname if qualified else self.name

    def type_index(self) -> int:
        return T_GENERATOR


class ExecutionContext(CallEngine):
    def __init__(self, space: Space) -> None:
        self.space: Space = space
        self.topframe: Frame | None = None
        self.depth: int = 0
        self.compile_source: Callable[[Space, str, str], CodeObject] | None = None
        self.w_null: W_Root = space.w_null

    # ------------------------------------------------------------------
    # frames and argument binding

    def func_error(self, w_func: W_Function, msg: str) -> OperationError:
        return self.space.type_error(w_func.qualname + "() " + msg)

    def make_frame(self, w_func: W_Function, args: Args) -> Frame:
        space = self.space
        code = w_func.code
        frame = Frame(code, w_func.w_globals, None, self.w_null)
        if code.flags & bc.CO_CLASSBODY:
            frame.locals_dict = {}
        locals_w = frame.locals_w
        args_w = args.args_w
        argcount = code.argcount
        n = len(args_w)
        nkwonly = code.kwonlyargcount
        varargs = (code.flags & bc.CO_VARARGS) != 0
        varkw = (code.flags & bc.CO_VARKEYWORDS) != 0
        if n > argcount and not varargs:
            ndef = len(w_func.defaults_w)
            if ndef > 0:
                takes = "from " + str(argcount - ndef) + " to " + str(argcount) + " positional arguments"
            elif argcount == 1:
                takes = "1 positional argument"
            else:
                takes = str(argcount) + " positional arguments"
            given = str(n) + (" was given" if n == 1 else " were given")
            raise self.func_error(w_func, "takes " + takes + " but " + given)
        i = 0
        m = n if n < argcount else argcount
        while i < m:
            locals_w[i] = args_w[i]
            i += 1
        slot = argcount + nkwonly
        if varargs:
            extra: list[W_Root] = []
            j = argcount
            while j < n:
                extra.append(args_w[j])
                j += 1
            locals_w[slot] = space.newtuple(extra)
            slot += 1
        w_kwdict: W_DictObject | None = None
        if varkw:
            w_kwdict = space.newdict()
            locals_w[slot] = w_kwdict
        if len(args.kw_names) > 0:
            k = 0
            while k < len(args.kw_names):
                name = args.kw_names[k]
                found = -1
                j = code.posonlyargcount
                while j < argcount + nkwonly:
                    if code.varnames[j] == name:
                        found = j
                        break
                    j += 1
                if found >= 0:
                    if locals_w[found] is not self.w_null:
                        raise self.func_error(w_func, "got multiple values for argument '" + name + "'")
                    locals_w[found] = args.kw_values[k]
                elif w_kwdict is not None:
                    space.dict_setitem_str(w_kwdict, name, args.kw_values[k])
                else:
                    raise self.func_error(w_func, "got an unexpected keyword argument '" + name + "'")
                k += 1
        if n < argcount:
            defaults_w = w_func.defaults_w
            first_default = argcount - len(defaults_w)
            missing: list[str] = []
            j = n
            while j < argcount:
                if locals_w[j] is self.w_null:
                    if j >= first_default:
                        locals_w[j] = defaults_w[j - first_default]
                    else:
                        missing.append(code.varnames[j])
                j += 1
            if len(missing) > 0:
                raise self.func_error(w_func, "missing " + str(len(missing)) + " required positional argument" +
                                      ("" if len(missing) == 1 else "s") + ": " + self.name_list(missing))
        if nkwonly > 0:
            missing2: list[str] = []
            j = argcount
            while j < argcount + nkwonly:
                if locals_w[j] is self.w_null:
                    w_d = w_func.kwdefaults_w.get(code.varnames[j], None)
                    if w_d is not None:
                        locals_w[j] = w_d
                    else:
                        missing2.append(code.varnames[j])
                j += 1
            if len(missing2) > 0:
                raise self.func_error(w_func, "missing " + str(len(missing2)) + " required keyword-only argument" +
                                      ("" if len(missing2) == 1 else "s") + ": " + self.name_list(missing2))
        # cells
        if len(code.cellvars) > 0 or len(code.freevars) > 0:
            cells: list[W_Cell] = []
            c = 0
            while c < len(code.cellvars):
                ai = code.cell_from_arg[c]
                if ai >= 0:
                    cells.append(W_Cell(locals_w[ai]))
                else:
                    cells.append(W_Cell(None))
                c += 1
            cells.extend(w_func.closure)
            frame.cells = cells
        return frame

    def name_list(self, names: list[str]) -> str:
        quoted: list[str] = []
        for n in names:
            quoted.append("'" + n + "'")
        if len(quoted) == 1:
            return quoted[0]
        if len(quoted) == 2:
            return quoted[0] + " and " + quoted[1]
        return ", ".join(quoted[:-1]) + ", and " + quoted[-1]

    def push_frame(self, frame: Frame) -> None:
        if self.depth >= self.space.recursion_limit:
            raise self.space.error(self.space.w_RecursionError, "maximum recursion depth exceeded")
        frame.back = self.topframe
        self.topframe = frame
        self.depth += 1

    # ------------------------------------------------------------------
    # CallEngine interface

    def call_function(self, w_func: W_Root, args: Args) -> W_Root:
        assert isinstance(w_func, W_Function)
        frame = self.make_frame(w_func, args)
        if w_func.code.flags & bc.CO_GENERATOR:
            return W_Generator(frame, w_func.name, w_func.qualname)
        self.push_frame(frame)
        return self.execute(frame, None)

    def run_class_body(self, w_func: W_Function, ns: dict[str, W_Root]) -> W_Root:
        frame = self.make_frame(w_func, positional([]))
        frame.locals_dict = ns
        self.push_frame(frame)
        return self.execute(frame, None)

    def run_module_code(self, code: CodeObject, w_globals_obj: W_DictObject) -> W_Root:
        frame = Frame(code, w_globals_obj, None, self.w_null)
        frame.locals_dict = frame.w_globals
        self.push_frame(frame)
        return self.execute(frame, None)

    def current_frame_info(self) -> W_Root | None:
        return self.topframe

    def resume_generator(self, w_gen: W_Root, w_value: W_Root, w_exc: W_Root | None) -> W_Root | None:
        space = self.space
        assert isinstance(w_gen, W_Generator)
        if w_gen.finished:
            if w_exc is not None:
                raise OperationError(w_exc)
            w_gen.w_retval = None
            return None
        if w_gen.running:
            raise space.value_error("generator already executing")
        frame = w_gen.frame
        if not w_gen.started:
            if w_value is not space.w_None and w_exc is None:
                raise space.type_error("can't send non-None value to a just-started generator")
            w_gen.started = True
        else:
            if w_exc is None:
                frame.stack.append(w_value)
            elif frame.pc < len(frame.code.ops) and frame.code.ops[frame.pc] == bc.YIELD_FROM:
                # delegate throw() to the sub-iterator of `yield from`
                w_sub = frame.stack[-1]
                if isinstance(w_sub, W_Generator):
                    w_gen.running = True
                    try:
                        w_res = self.resume_generator(w_sub, space.w_None, w_exc)
                    except OperationError as e:
                        w_gen.running = False
                        frame.stack.pop()
                        w_exc = e.w_value
                        w_res = None
                        return self.resume_generator_exc(w_gen, frame, w_exc)
                    w_gen.running = False
                    if w_res is not None:
                        return w_res
                    frame.stack.pop()
                    w_rv = w_sub.w_retval
                    frame.stack.append(w_rv if w_rv is not None else space.w_None)
                    frame.pc += 1
                    w_exc = None
            else:
                frame.stack.append(space.w_None)
        if w_exc is not None:
            return self.resume_generator_exc(w_gen, frame, w_exc)
        return self.run_generator(w_gen, frame, None)

    def resume_generator_exc(self, w_gen: W_Generator, frame: Frame, w_exc: W_Root) -> W_Root | None:
        if not w_gen.started:
            w_gen.started = True
        return self.run_generator(w_gen, frame, w_exc)

    def run_generator(self, w_gen: W_Generator, frame: Frame, w_exc: W_Root | None) -> W_Root | None:
        space = self.space
        frame.generator = w_gen
        self.push_frame(frame)
        w_gen.running = True
        try:
            w_res = self.execute(frame, w_exc)
        except OperationError as e:
            w_gen.running = False
            w_gen.finished = True
            if space.exc_matches(e.w_value, space.w_StopIteration):
                w_err = space.new_exception(space.w_RuntimeError, [space.newstr("generator raised StopIteration")])
                w_err.w_context = e.w_value
                w_err.w_cause = e.w_value
                raise OperationError(w_err)
            raise
        w_gen.running = False
        if frame.yielded:
            frame.yielded = False
            return w_res
        w_gen.finished = True
        w_gen.w_retval = w_res
        return None

    # ------------------------------------------------------------------
    # the loop

    def execute(self, entry: Frame, w_initial_exc: W_Root | None) -> W_Root:
        """Run `entry` (already pushed) and the frames it calls until
        entry returns or yields; returns the value."""
        frame = entry
        if w_initial_exc is not None:
            frame = self.handle_exception(frame, entry, w_initial_exc, True)
        while True:
            try:
                return self.run_loop(frame, entry)
            except OperationError as e:
                frame2 = self.topframe
                assert frame2 is not None
                frame = self.handle_exception(frame2, entry, e.w_value, not isinstance(e, Reraise))
            except RecursionError:
                # The host stack ran out inside an operation that recurses
                # on it (repr of a deep structure, a __eq__ calling ==, ...):
                # a Python-level RecursionError, as on CPython, never a
                # crash of the VM.
                frame2 = self.topframe
                assert frame2 is not None
                w_err = self.space.new_exception(self.space.w_RecursionError,
                                                 [self.space.newstr("maximum recursion depth exceeded")])
                frame = self.handle_exception(frame2, entry, w_err, True)

    def current_handled(self, frame: Frame | None) -> W_Root | None:
        f = frame
        while f is not None:
            w = f.w_handled_exc
            if w is not None:
                return w
            f = f.back
        return None

    def handle_exception(self, frame: Frame, entry: Frame, w_exc: W_Root, add_entry: bool) -> Frame:
        space = self.space
        if isinstance(w_exc, W_BaseException):
            if w_exc.traceback is None and w_exc.w_context is None:
                w_ctx = self.current_handled(frame)
                if w_ctx is not None and w_ctx is not w_exc:
                    w_exc.w_context = w_ctx
        while True:
            if add_entry and isinstance(w_exc, W_BaseException):
                w_exc.traceback = TracebackEntry(frame.code, frame.lineno(), w_exc.traceback)
            add_entry = True
            while len(frame.blocks) > 0:
                b = frame.blocks.pop()
                if b.kind == bc.BLOCK_HANDLER:
                    frame.w_handled_exc = b.w_prev_exc
                    continue
                del frame.stack[b.level:]
                frame.blocks.append(Block(bc.BLOCK_HANDLER, 0, b.level, frame.w_handled_exc))
                frame.w_handled_exc = w_exc
                frame.stack.append(w_exc)
                frame.pc = b.handler
                self.topframe = frame
                return frame
            del frame.stack[:]
            frame.w_handled_exc = None
            back = frame.back
            self.depth -= 1
            self.topframe = back
            if frame is entry:
                raise OperationError(w_exc)
            assert back is not None
            frame = back

    def call_in_frame(self, frame: Frame, w_callable: W_Root, args: Args) -> Frame | None:
        """Call from Python code: a new frame for Python functions (the loop
        continues in it), else the result is pushed on frame's stack."""
        space = self.space
        if isinstance(w_callable, W_Function):
            if not (w_callable.code.flags & bc.CO_GENERATOR):
                new = self.make_frame(w_callable, args)
                self.push_frame(new)
                return new
        elif isinstance(w_callable, W_Method):
            w_f = w_callable.w_func
            if isinstance(w_f, W_Function) and not (w_f.code.flags & bc.CO_GENERATOR):
                new = self.make_frame(w_f, args.prepend(w_callable.w_self))
                self.push_frame(new)
                return new
        elif isinstance(w_callable, W_TypeObject):
            if (w_callable.kind == KIND_OBJECT or w_callable.kind == KIND_EXCEPTION) and \
                    w_callable.w_metatype is None:
                w_new = w_callable.lookup("__new__")
                if w_new is None or isinstance(w_new, W_BuiltinFunction):
                    w_init = w_callable.lookup("__init__")
                    if isinstance(w_init, W_Function) and not (w_init.code.flags & bc.CO_GENERATOR):
                        w_inst = space.allocate_instance(w_callable, args.args_w)
                        new = self.make_frame(w_init, args.prepend(w_inst))
                        new.w_init_instance = w_inst
                        self.push_frame(new)
                        return new
        frame.stack.append(space.call(w_callable, args))
        return None

    def run_loop(self, frame: Frame, entry: Frame) -> W_Root:
        """Run instructions from frame.pc on, following calls and returns,
        until `entry` returns or yields.

        The frequent opcodes run inline, each ending in `continue` (a jump
        straight back to the loop head: an if/elif chain would join every
        branch again on the way out, which the JVM and CLI backends pay for
        in code size); the rarer ones go to op_cold and the op_* helpers
        below it. This keeps every translated function small: HotSpot does
        not JIT-compile a method of over 8000 bytes of bytecode, and Mono
        and the C compiler also do better with smaller functions."""
        space = self.space
        w_null = self.w_null
        while True:
            code = frame.code
            ops = code.ops
            opargs = code.args
            stack = frame.stack
            pc = frame.pc
            while True:
                op = ops[pc]
                arg = opargs[pc]
                pc += 1
                frame.pc = pc
                if op == bc.LOAD_FAST:
                    w_v = frame.locals_w[arg]
                    if w_v is w_null:
                        raise self.unbound_local(code, arg)
                    stack.append(w_v)
                    continue
                if op == bc.LOAD_ATTR:
                    w_o = stack.pop()
                    stack.append(space.getattr(w_o, code.names[arg]))
                    continue
                if op == bc.LOAD_CONST:
                    stack.append(code.consts_w[arg])
                    continue
                if op == bc.STORE_FAST:
                    frame.locals_w[arg] = stack.pop()
                    continue
                if op == bc.BINARY_OP:
                    w_b = stack.pop()
                    w_a = stack.pop()
                    if isinstance(w_a, W_IntObject) and isinstance(w_b, W_IntObject):
                        stack.append(space.int_binop(arg, w_a, w_b))
                    else:
                        stack.append(space.binop(arg, w_a, w_b))
                    continue
                if op == bc.LOAD_GLOBAL:
                    w_g = frame.w_globals.get(code.names[arg], None)
                    if w_g is None:
                        w_g = self.load_builtin(code.names[arg])
                    stack.append(w_g)
                    continue
                if op == bc.POP_JUMP_IF_FALSE:
                    w_c = stack.pop()
                    if w_c is space.w_False or (w_c is not space.w_True and not space.is_true(w_c)):
                        pc = arg
                    continue
                if op == bc.STORE_ATTR:
                    w_o = stack.pop()
                    w_val = stack.pop()
                    space.setattr(w_o, code.names[arg], w_val)
                    continue
                if op == bc.COMPARE_OP:
                    w_b = stack.pop()
                    w_a = stack.pop()
                    if isinstance(w_a, W_IntObject) and isinstance(w_b, W_IntObject):
                        stack.append(space.newbool(space.cmp_int(arg, w_a.intval, w_b.intval)))
                    else:
                        stack.append(space.compare(arg, w_a, w_b))
                    continue
                if op == bc.RETURN_VALUE:
                    w_ret = stack.pop()
                    back = frame.back
                    self.depth -= 1
                    self.topframe = back
                    w_inst = frame.w_init_instance
                    if w_inst is not None:
                        w_ret = self.init_result(w_inst, w_ret)
                    if frame is entry:
                        return w_ret
                    assert back is not None
                    back.stack.append(w_ret)
                    frame = back
                    break
                if op == bc.LOAD_METHOD:
                    self.op_load_method(stack, code.names[arg])
                    continue
                if op == bc.CALL_METHOD:
                    args_w = stack[len(stack) - arg:]
                    del stack[len(stack) - arg:]
                    w_self = stack.pop()
                    w_meth = stack.pop()
                    if w_meth is w_null:
                        w_callable = w_self
                    else:
                        w_callable = w_meth
                        args_w.insert(0, w_self)
                        if isinstance(w_meth, W_BuiltinFunction):
                            stack.append(w_meth.fn(space, positional(args_w)))
                            continue
                    new = self.call_in_frame(frame, w_callable, positional(args_w))
                    if new is not None:
                        frame = new
                        break
                    continue
                if op == bc.CALL_FUNCTION:
                    args_w = stack[len(stack) - arg:]
                    del stack[len(stack) - arg:]
                    w_callable = stack.pop()
                    if isinstance(w_callable, W_BuiltinFunction) and w_callable.qualifier == "":
                        stack.append(w_callable.fn(space, positional(args_w)))
                        continue
                    new = self.call_in_frame(frame, w_callable, positional(args_w))
                    if new is not None:
                        frame = new
                        break
                    continue
                if op == bc.INPLACE_OP:
                    w_b = stack.pop()
                    w_a = stack.pop()
                    stack.append(space.inplace_binop(arg, w_a, w_b))
                    continue
                if op == bc.DUP_TOP:
                    stack.append(stack[-1])
                    continue
                if op == bc.ROT_TWO:
                    w_1 = stack[-1]
                    stack[-1] = stack[-2]
                    stack[-2] = w_1
                    continue
                if op == bc.IS_OP:
                    w_b = stack.pop()
                    w_a = stack.pop()
                    res = w_a is w_b
                    stack.append(space.newbool(res if arg == 0 else not res))
                    continue
                if op == bc.JUMP:
                    pc = arg
                    continue
                if op == bc.JUMP_IF_FALSE_OR_POP:
                    if not space.is_true(stack[-1]):
                        pc = arg
                    else:
                        stack.pop()
                    continue
                if op == bc.JUMP_IF_TRUE_OR_POP:
                    if space.is_true(stack[-1]):
                        pc = arg
                    else:
                        stack.pop()
                    continue
                if op == bc.BINARY_SUBSCR:
                    w_i = stack.pop()
                    w_o = stack.pop()
                    stack.append(space.getitem(w_o, w_i))
                    continue
                if op == bc.STORE_SUBSCR:
                    w_i = stack.pop()
                    w_o = stack.pop()
                    w_val = stack.pop()
                    space.setitem(w_o, w_i, w_val)
                    continue
                if op == bc.POP_TOP:
                    stack.pop()
                    continue
                if op == bc.FOR_ITER:
                    w_next = space.next_or_null(stack[-1])
                    if w_next is None:
                        stack.pop()
                        pc = arg
                    else:
                        stack.append(w_next)
                    continue
                if op == bc.POP_JUMP_IF_TRUE:
                    w_c = stack.pop()
                    if w_c is space.w_True or (w_c is not space.w_False and space.is_true(w_c)):
                        pc = arg
                    continue
                if op == bc.UNARY_NOT:
                    stack.append(space.newbool(not space.is_true(stack.pop())))
                    continue
                if op == bc.GET_ITER:
                    stack.append(space.iter(stack.pop()))
                    continue
                if op == bc.LOAD_DEREF:
                    w_cv = frame.cells[arg].w_value
                    if w_cv is None:
                        raise self.unbound_deref(code, arg)
                    stack.append(w_cv)
                    continue
                if op == bc.UNPACK_SEQUENCE:
                    self.op_unpack_sequence(stack, arg)
                    continue
                if op == bc.JUMP_IF_NOT_EXC_MATCH:
                    w_check = stack.pop()
                    w_exc = stack.pop()
                    if not space.exception_match(space.type(w_exc), w_check):
                        pc = arg
                    continue
                if op == bc.YIELD_VALUE:
                    w_y = stack.pop()
                    frame.yielded = True
                    self.depth -= 1
                    self.topframe = frame.back
                    return w_y
                if op == bc.YIELD_FROM:
                    w_r = self.op_yield_from(frame, stack)
                    if w_r is not None:
                        return w_r
                    continue
                if op == bc.CALL_FUNCTION_KW or op == bc.CALL_FUNCTION_EX:
                    new = self.op_call_kw(frame, stack, op, arg)
                    if new is not None:
                        frame = new
                        break
                    continue
                self.op_cold(frame, stack, op, arg)

    # ------------------------------------------------------------------
    # opcodes run outside run_loop; frame.pc is already past the
    # instruction (tracebacks and handle_exception read it)

    def unbound_local(self, code: CodeObject, idx: int) -> OperationError:
        space = self.space
        return space.error(space.w_UnboundLocalError, "cannot access local variable '" +
                           code.varnames[idx] + "' where it is not associated with a value")

    def load_builtin(self, name: str) -> W_Root:
        """LOAD_GLOBAL of a name that is not in the globals."""
        space = self.space
        w_v = space.builtins.get(name, None)
        if w_v is None:
            raise space.error(space.w_NameError, "name '" + name + "' is not defined")
        return w_v

    def init_result(self, w_inst: W_Root, w_ret: W_Root) -> W_Root:
        """RETURN_VALUE from a frame running __init__ for a class call."""
        space = self.space
        if w_ret is not space.w_None:
            raise space.type_error("__init__() should return None, not '" + space.type_name(w_ret) + "'")
        return w_inst

    def op_load_method(self, stack: list[W_Root], name: str) -> None:
        """LOAD_METHOD: pushes (function, self) when the attribute is a
        plain method found on the type, else (NULL, attribute)."""
        space = self.space
        w_o = stack.pop()
        w_t = space.type(w_o)
        w_m: W_Root | None = None
        if isinstance(w_o, W_Instance) and not w_t.has_user_getattr:
            w_d = w_t.lookup(name)
            # a function stored on the instance (in its map or its
            # materialized __dict__) shadows the method
            if isinstance(w_d, W_Function) and w_o.map.indexes.get(name, -1) < 0 and \
                    instance_dict_or_none(w_o) is None:
                w_m = w_d
        elif not isinstance(w_o, W_TypeObject) and not isinstance(w_o, W_Module) and \
                not isinstance(w_o, W_Super) and not isinstance(w_o, W_Instance):
            w_d = w_t.lookup(name)
            if isinstance(w_d, W_BuiltinFunction) and w_d.qualifier != "" and not w_d.is_static:
                w_m = w_d
        if w_m is not None:
            stack.append(w_m)
            stack.append(w_o)
        else:
            stack.append(self.w_null)
            stack.append(space.getattr(w_o, name))

    def op_call_kw(self, frame: Frame, stack: list[W_Root], op: int, arg: int) -> Frame | None:
        """CALL_FUNCTION_KW and CALL_FUNCTION_EX: the new frame to run, or
        None when the result is already on the stack."""
        space = self.space
        if op == bc.CALL_FUNCTION_KW:
            w_names = stack.pop()
            assert isinstance(w_names, W_TupleObject)
            nkw = len(w_names.items_w)
            vals_w = stack[len(stack) - arg:]
            del stack[len(stack) - arg:]
            w_callable = stack.pop()
            kw_names: list[str] = []
            for w_n in w_names.items_w:
                kw_names.append(space.str_w(w_n))
            npos = arg - nkw
            return self.call_in_frame(frame, w_callable, Args(vals_w[:npos], kw_names, vals_w[npos:]))
        kw_names2: list[str] = []
        kw_values2: list[W_Root] = []
        if arg & 1:
            w_kw = stack.pop()
            assert isinstance(w_kw, W_DictObject)
            st = w_kw.storage
            i = 0
            while i < len(st.keys_w):
                w_k = st.keys_w[i]
                w_kv = st.values_w[i]
                if w_k is not None and w_kv is not None:
                    if not isinstance(w_k, W_StrObject):
                        raise space.type_error("keywords must be strings")
                    kw_names2.append(w_k.value)
                    kw_values2.append(w_kv)
                i += 1
        w_pos = stack.pop()
        w_callable2 = stack.pop()
        assert isinstance(w_pos, W_TupleObject)
        return self.call_in_frame(frame, w_callable2, Args(list(w_pos.items_w), kw_names2, kw_values2))

    def op_yield_from(self, frame: Frame, stack: list[W_Root]) -> W_Root | None:
        """YIELD_FROM: the value to yield (the frame stays on this
        instruction), or None when the sub-iterator is exhausted and its
        return value replaced it on the stack."""
        space = self.space
        w_sent = stack.pop()
        w_sub = stack[-1]
        if isinstance(w_sub, W_Generator):
            w_r = self.resume_generator(w_sub, w_sent, None)
            w_rv: W_Root | None = w_sub.w_retval
        else:
            w_rv = None
            if w_sent is space.w_None:
                w_r = space.next_or_null(w_sub)
            else:
                try:
                    w_r = space.call_method(w_sub, "send", [w_sent])
                except OperationError as e:
                    if not space.exc_matches(e.w_value, space.w_StopIteration):
                        raise
                    w_r = None
                    w_rv = space.getattr(e.w_value, "value")
        if w_r is None:
            stack.pop()
            stack.append(w_rv if w_rv is not None else space.w_None)
            return None
        frame.pc -= 1
        frame.yielded = True
        self.depth -= 1
        self.topframe = frame.back
        return w_r

    def op_unpack_sequence(self, stack: list[W_Root], arg: int) -> None:
        space = self.space
        w_seq = stack.pop()
        if isinstance(w_seq, W_TupleObject) or isinstance(w_seq, W_ListObject):
            items_w = w_seq.items_w if isinstance(w_seq, W_TupleObject) else \
                list(self.list_items(w_seq))
        else:
            if isinstance(w_seq, W_IntObject) or isinstance(w_seq, W_FloatObject) or \
                    w_seq is space.w_None:
                raise space.type_error("cannot unpack non-iterable " + space.type_name(w_seq) +
                                       " object")
            items_w = space.unpack_iterable(w_seq)
        if len(items_w) != arg:
            if len(items_w) > arg:
                raise space.value_error("too many values to unpack (expected " + str(arg) + ")")
            raise space.value_error("not enough values to unpack (expected " + str(arg) +
                                    ", got " + str(len(items_w)) + ")")
        i = arg - 1
        while i >= 0:
            stack.append(items_w[i])
            i -= 1

    def op_cold(self, frame: Frame, stack: list[W_Root], op: int, arg: int) -> None:
        """The opcodes that run_loop does not run itself, by opcode range.
        None of them jumps, changes frame or leaves the loop; any may raise."""
        if op < bc.BINARY_OP:
            self.op_names(frame, stack, op, arg)
        elif op < bc.BUILD_TUPLE:
            self.op_unary(frame, stack, op, arg)
        elif op < bc.BUILD_STRING:
            self.op_build(frame, stack, op, arg)
        elif op < bc.SETUP_FINALLY:
            self.op_misc(frame, stack, op, arg)
        elif op < bc.IMPORT_NAME:
            self.op_exc(frame, stack, op, arg)
        else:
            self.op_import(frame, stack, op, arg)

    def unknown_opcode(self, op: int) -> OperationError:
        space = self.space
        return space.error(space.w_SystemError, "unknown opcode " + str(op))

    def store_name(self, frame: Frame, name: str, w_value: W_Root) -> None:
        """STORE_NAME: into the frame's namespace (a module's goes through
        its dict object, which keeps its storage in step)."""
        ld = frame.locals_dict
        assert ld is not None
        if ld is frame.w_globals:
            frame.w_globals_obj.storage.set_str(name, w_value)
        else:
            ld[name] = w_value

    def op_names(self, frame: Frame, stack: list[W_Root], op: int, arg: int) -> None:
        """Stack shuffles and the variables (local, cell, global, name)."""
        space = self.space
        code = frame.code
        if op == bc.ROT_THREE:
            w_1 = stack.pop()
            stack.insert(len(stack) - 2, w_1)
        elif op == bc.ROT_FOUR:
            w_1 = stack.pop()
            stack.insert(len(stack) - 3, w_1)
        elif op == bc.DUP_TOP_TWO:
            stack.append(stack[-2])
            stack.append(stack[-2])
        elif op == bc.NOP:
            pass
        elif op == bc.STORE_DEREF:
            frame.cells[arg].w_value = stack.pop()
        elif op == bc.STORE_NAME:
            self.store_name(frame, code.names[arg], stack.pop())
        elif op == bc.LOAD_NAME:
            name = code.names[arg]
            ld = frame.locals_dict
            w_v: W_Root | None = None
            if ld is not None:
                w_v = ld.get(name, None)
            if w_v is None:
                w_v = frame.w_globals.get(name, None)
                if w_v is None:
                    w_v = self.load_builtin(name)
            stack.append(w_v)
        elif op == bc.STORE_GLOBAL:
            frame.w_globals_obj.storage.set_str(code.names[arg], stack.pop())
        elif op == bc.DELETE_FAST:
            if frame.locals_w[arg] is self.w_null:
                raise self.unbound_local(code, arg)
            frame.locals_w[arg] = self.w_null
        elif op == bc.DELETE_DEREF:
            if frame.cells[arg].w_value is None:
                raise self.unbound_deref(code, arg)
            frame.cells[arg].w_value = None
        elif op == bc.LOAD_CLOSURE:
            stack.append(frame.cells[arg])
        elif op == bc.LOAD_CLASSDEREF:
            name = code.cell_name(arg)
            ld = frame.locals_dict
            w_v2: W_Root | None = None
            if ld is not None:
                w_v2 = ld.get(name, None)
            if w_v2 is None:
                w_v2 = frame.cells[arg].w_value
                if w_v2 is None:
                    raise self.unbound_deref(code, arg)
            stack.append(w_v2)
        elif op == bc.DELETE_GLOBAL:
            name = code.names[arg]
            if not frame.w_globals_obj.storage.del_str(name):
                raise space.error(space.w_NameError, "name '" + name + "' is not defined")
        elif op == bc.DELETE_NAME:
            name = code.names[arg]
            ld = frame.locals_dict
            assert ld is not None
            if name not in ld:
                raise space.error(space.w_NameError, "name '" + name + "' is not defined")
            if ld is frame.w_globals:
                frame.w_globals_obj.storage.del_str(name)
            else:
                del ld[name]
        elif op == bc.DELETE_ATTR:
            space.delattr(stack.pop(), code.names[arg])
        else:
            raise self.unknown_opcode(op)

    def op_unary(self, frame: Frame, stack: list[W_Root], op: int, arg: int) -> None:
        """The rarer operators, DELETE_SUBSCR and BUILD_SLICE."""
        space = self.space
        if op == bc.UNARY_NEG:
            stack.append(space.unary_neg(stack.pop()))
        elif op == bc.CONTAINS_OP:
            w_b = stack.pop()
            w_a = stack.pop()
            res = space.contains(w_b, w_a)
            stack.append(space.newbool(res if arg == 0 else not res))
        elif op == bc.BUILD_SLICE:
            w_step: W_Root = space.w_None
            if arg == 3:
                w_step = stack.pop()
            w_stop = stack.pop()
            w_start = stack.pop()
            stack.append(W_SliceObject(w_start, w_stop, w_step))
        elif op == bc.UNARY_POS:
            stack.append(space.unary_pos(stack.pop()))
        elif op == bc.UNARY_INVERT:
            stack.append(space.unary_invert(stack.pop()))
        elif op == bc.DELETE_SUBSCR:
            w_i = stack.pop()
            w_o = stack.pop()
            space.delitem(w_o, w_i)
        else:
            raise self.unknown_opcode(op)

    def op_build(self, frame: Frame, stack: list[W_Root], op: int, arg: int) -> None:
        """Building containers (and adding to the one a comprehension or a
        call with * and ** builds), UNPACK_EX."""
        space = self.space
        if op == bc.BUILD_TUPLE:
            items_w = stack[len(stack) - arg:]
            del stack[len(stack) - arg:]
            stack.append(space.newtuple(items_w))
        elif op == bc.BUILD_LIST:
            items_w = stack[len(stack) - arg:]
            del stack[len(stack) - arg:]
            stack.append(space.newlist(items_w))
        elif op == bc.LIST_APPEND:
            w_val = stack.pop()
            w_l = stack[len(stack) - arg]
            assert isinstance(w_l, W_ListObject)
            w_l.items_w.append(w_val)
        elif op == bc.BUILD_MAP:
            items_w = stack[len(stack) - 2 * arg:]
            del stack[len(stack) - 2 * arg:]
            w_dict = space.newdict()
            i = 0
            while i < arg:
                space.dict_setitem(w_dict, items_w[2 * i], items_w[2 * i + 1])
                i += 1
            stack.append(w_dict)
        elif op == bc.BUILD_SET:
            items_w = stack[len(stack) - arg:]
            del stack[len(stack) - arg:]
            stack.append(space.newset_from(items_w, False))
        elif op == bc.SET_ADD:
            w_val = stack.pop()
            w_s = stack[len(stack) - arg]
            assert isinstance(w_s, W_SetObject)
            space.set_add(w_s, w_val)
        elif op == bc.MAP_ADD:
            w_val = stack.pop()
            w_key = stack.pop()
            w_dm = stack[len(stack) - arg]
            assert isinstance(w_dm, W_DictObject)
            space.dict_setitem(w_dm, w_key, w_val)
        elif op == bc.LIST_EXTEND:
            w_src = stack.pop()
            w_l = stack[len(stack) - arg]
            assert isinstance(w_l, W_ListObject)
            w_l.items_w.extend(space.unpack_iterable(w_src))
        elif op == bc.SET_UPDATE:
            w_src = stack.pop()
            w_s = stack[len(stack) - arg]
            assert isinstance(w_s, W_SetObject)
            space.set_update_from(w_s.storage, w_src)
        elif op == bc.DICT_UPDATE or op == bc.DICT_MERGE:
            self.op_dict_update(stack, op, arg)
        elif op == bc.LIST_TO_TUPLE:
            w_l = stack.pop()
            assert isinstance(w_l, W_ListObject)
            stack.append(space.newtuple(w_l.items_w))
        else:
            raise self.unknown_opcode(op)

    def op_dict_update(self, stack: list[W_Root], op: int, arg: int) -> None:
        """DICT_UPDATE ({**a}) and DICT_MERGE (f(**a): duplicates are an error)."""
        space = self.space
        w_src = stack.pop()
        w_dm = stack[len(stack) - arg]
        assert isinstance(w_dm, W_DictObject)
        if op == bc.DICT_MERGE and isinstance(w_src, W_DictObject):
            for w_mk in w_src.storage.live_keys():
                if space.storage_contains(w_dm.storage, w_mk):
                    raise space.type_error(self.callable_name(stack[len(stack) - arg - 2]) +
                                           " got multiple values for keyword argument '" +
                                           space.str(w_mk) + "'")
        elif op == bc.DICT_MERGE and not isinstance(w_src, W_DictObject) and \
                space.getattr_or_null(w_src, "keys") is None:
            raise space.type_error(self.callable_name(stack[len(stack) - arg - 2]) +
                                   " argument after ** must be a mapping, not " +
                                   space.type_name(w_src))
        space.dict_update(w_dm, w_src)

    def op_misc(self, frame: Frame, stack: list[W_Root], op: int, arg: int) -> None:
        """f-strings, UNPACK_EX, functions and classes."""
        space = self.space
        if op == bc.BUILD_STRING:
            parts: list[str] = []
            for w_p in stack[len(stack) - arg:]:
                parts.append(space.str_w(w_p))
            del stack[len(stack) - arg:]
            stack.append(space.newstr("".join(parts)))
        elif op == bc.FORMAT_VALUE:
            spec = ""
            if arg & 4:
                spec = space.str_w(stack.pop())
            w_val = stack.pop()
            conv = arg & 3
            if conv == 1:
                w_val = space.newstr(space.str(w_val))
            elif conv == 2:
                w_val = space.newstr(space.repr(w_val))
            elif conv == 3:
                w_val = space.newstr(formatting.ascii_of(space.repr(w_val)))
            if spec == "" and isinstance(w_val, W_StrObject):
                stack.append(w_val)
            else:
                stack.append(space.newstr(formatting.format_value(space, w_val, spec)))
        elif op == bc.UNPACK_EX:
            before = arg & 255
            after = arg >> 8
            items_w = space.unpack_iterable(stack.pop())
            if len(items_w) < before + after:
                raise space.value_error("not enough values to unpack (expected at least " +
                                        str(before + after) + ", got " + str(len(items_w)) + ")")
            i = len(items_w) - 1
            while i >= len(items_w) - after:
                stack.append(items_w[i])
                i -= 1
            stack.append(space.newlist(items_w[before:len(items_w) - after]))
            i = before - 1
            while i >= 0:
                stack.append(items_w[i])
                i -= 1
        elif op == bc.MAKE_FUNCTION:
            stack.append(self.make_function(frame, stack, arg))
        elif op == bc.LOAD_BUILD_CLASS:
            w_bc = space.builtins.get("__build_class__", None)
            assert w_bc is not None
            stack.append(w_bc)
        elif op == bc.GET_YIELD_FROM_ITER:
            w_src = stack.pop()
            stack.append(space.iter(w_src))
        else:
            raise self.unknown_opcode(op)

    def make_function(self, frame: Frame, stack: list[W_Root], arg: int) -> W_Function:
        """MAKE_FUNCTION: pops the code object, then what `arg` says is there."""
        space = self.space
        w_code = stack.pop()
        assert isinstance(w_code, CodeObject)
        closure: list[W_Cell] = []
        if arg & bc.MF_CLOSURE:
            w_cl = stack.pop()
            assert isinstance(w_cl, W_TupleObject)
            for w_cell in w_cl.items_w:
                assert isinstance(w_cell, W_Cell)
                closure.append(w_cell)
        kwdefaults: dict[str, W_Root] = {}
        if arg & bc.MF_KWDEFAULTS:
            w_kwd = stack.pop()
            assert isinstance(w_kwd, W_DictObject)
            kwdefaults = space.str_keyed_items(w_kwd)
        defaults: list[W_Root] = []
        if arg & bc.MF_DEFAULTS:
            w_defs = stack.pop()
            assert isinstance(w_defs, W_TupleObject)
            defaults = w_defs.items_w
        w_fn = W_Function(w_code, frame.w_globals_obj, w_code.co_name, w_code.co_qualname,
                          defaults, kwdefaults, closure)
        w_modname = frame.w_globals.get("__name__", None)
        if isinstance(w_modname, W_StrObject):
            w_fn.module = w_modname.value
        return w_fn

    def op_exc(self, frame: Frame, stack: list[W_Root], op: int, arg: int) -> None:
        """Blocks, raise and with (JUMP_IF_NOT_EXC_MATCH, which jumps, is in
        run_loop)."""
        space = self.space
        if op == bc.SETUP_FINALLY:
            frame.blocks.append(Block(bc.BLOCK_FINALLY, arg, len(stack), None))
        elif op == bc.POP_BLOCK:
            frame.blocks.pop()
        elif op == bc.POP_EXCEPT:
            b = frame.blocks.pop()
            assert b.kind == bc.BLOCK_HANDLER
            frame.w_handled_exc = b.w_prev_exc
        elif op == bc.RERAISE:
            w_exc = stack.pop()
            raise Reraise(w_exc)
        elif op == bc.RAISE_VARARGS:
            w_exc = self.make_raise(frame, stack, arg)
            if arg == 0:
                raise Reraise(w_exc)
            raise OperationError(w_exc)
        elif op == bc.SETUP_WITH:
            w_mgr = stack.pop()
            w_enter = space.getattr_or_null(w_mgr, "__enter__")
            w_exit = space.getattr_or_null(w_mgr, "__exit__")
            if w_enter is None or w_exit is None:
                raise space.type_error("'" + space.type_name(w_mgr) +
                                       "' object does not support the context manager protocol")
            stack.append(w_exit)
            # __enter__ runs before the block is set up: if it raises,
            # this manager's __exit__ is not called
            w_entered = space.call(w_enter, positional([]))
            frame.blocks.append(Block(bc.BLOCK_FINALLY, arg, len(stack), None))
            stack.append(w_entered)
        elif op == bc.WITH_EXCEPT_START:
            w_exc = stack[-1]
            w_exit2 = stack[-2]
            stack.append(space.call(w_exit2, positional([space.type(w_exc), w_exc, space.w_None])))
        elif op == bc.LOAD_ASSERTION_ERROR:
            stack.append(space.w_AssertionError)
        else:
            raise self.unknown_opcode(op)

    def op_import(self, frame: Frame, stack: list[W_Root], op: int, arg: int) -> None:
        """Imports and PRINT_EXPR (the interactive prompt)."""
        space = self.space
        code = frame.code
        if op == bc.IMPORT_NAME:
            w_fromlist = stack.pop()
            w_level = stack.pop()
            stack.append(self.import_name(frame, code.names[arg], w_fromlist, space.int_w(w_level)))
        elif op == bc.IMPORT_FROM:
            stack.append(self.import_from(stack[-1], code.names[arg]))
        elif op == bc.IMPORT_STAR:
            w_mod = stack.pop()
            if isinstance(w_mod, W_Module):
                star_keys: list[str] = []
                for key in w_mod.w_dict:
                    if not key.startswith("_"):
                        star_keys.append(key)
                ld = frame.locals_dict
                if ld is not None:
                    for key in star_keys:
                        if ld is frame.w_globals:
                            frame.w_globals_obj.storage.set_str(key, w_mod.w_dict[key])
                        else:
                            ld[key] = w_mod.w_dict[key]
        elif op == bc.SETUP_ANNOTATIONS:
            ld = frame.locals_dict
            assert ld is not None
            if ld.get("__annotations__", None) is None:
                self.store_name(frame, "__annotations__", space.newdict())
        elif op == bc.PRINT_EXPR:
            w_val = stack.pop()
            if w_val is not space.w_None:
                space.write_stdout(space.repr(w_val) + "\n")
                frame.w_globals_obj.storage.set_str("_", w_val)
        else:
            raise self.unknown_opcode(op)

    def import_from(self, w_mod: W_Root, name: str) -> W_Root:
        space = self.space
        w_v = space.getattr_or_null(w_mod, name)
        if w_v is None and isinstance(w_mod, W_Module):
            w_v = self.try_import_submodule(w_mod, name)
        if w_v is None:
            modname = w_mod.name if isinstance(w_mod, W_Module) else "?"
            where = ""
            if isinstance(w_mod, W_Module):
                w_file = w_mod.w_dict.get("__file__", None)
                if isinstance(w_file, W_StrObject):
                    where = " (" + w_file.value + ")"
                else:
                    where = " (unknown location)"
            raise space.error(space.w_ImportError, "cannot import name '" + name + "' from '" +
                              modname + "'" + where)
        return w_v

    def callable_name(self, w: W_Root) -> str:
        if isinstance(w, W_Method):
            w = w.w_func
        if isinstance(w, W_Function):
            return w.module + "." + w.qualname + "()"
        if isinstance(w, W_BuiltinFunction):
            return w.name + "()"
        if isinstance(w, W_TypeObject):
            return w.name + "()"
        return self.space.type_name(w) + " object"

    def list_items(self, w: W_Root) -> list[W_Root]:
        if isinstance(w, W_ListObject):
            return w.items_w
        return []

    def unbound_deref(self, code: CodeObject, idx: int) -> OperationError:
        space = self.space
        name = code.cell_name(idx)
        if idx < len(code.cellvars):
            return space.error(space.w_UnboundLocalError, "cannot access local variable '" + name +
                               "' where it is not associated with a value")
        return space.error(space.w_NameError, "cannot access free variable '" + name +
                           "' where it is not associated with a value in enclosing scope")

    def make_raise(self, frame: Frame, stack: list[W_Root], arg: int) -> W_Root:
        space = self.space
        if arg == 0:
            w_cur = self.current_handled(frame)
            if w_cur is None:
                return space.new_exception(space.w_RuntimeError, [space.newstr("No active exception to reraise")])
            return w_cur
        w_cause: W_Root | None = None
        if arg == 2:
            w_cause = stack.pop()
        w_exc = self.instantiate_exception(stack.pop())
        if arg == 2:
            assert w_cause is not None
            if w_cause is space.w_None:
                w_exc.w_cause = None
            else:
                if not isinstance(w_cause, W_BaseException) and not (
                        isinstance(w_cause, W_TypeObject) and w_cause.issubtype(space.w_BaseException)):
                    raise space.type_error("exception causes must derive from BaseException")
                w_exc.w_cause = self.instantiate_exception(w_cause)
            w_exc.suppress_context = True
        w_ctx = self.current_handled(frame)
        if w_ctx is not None and w_ctx is not w_exc:
            w_exc.w_context = w_ctx
        return w_exc

    def instantiate_exception(self, w_value: W_Root) -> W_BaseException:
        space = self.space
        if isinstance(w_value, W_TypeObject):
            if not w_value.issubtype(space.w_BaseException):
                raise space.type_error("exceptions must derive from BaseException")
            w_value = space.call(w_value, positional([]))
        if not isinstance(w_value, W_BaseException):
            raise space.type_error("exceptions must derive from BaseException")
        return w_value

    # ------------------------------------------------------------------
    # imports

    def import_name(self, frame: Frame, name: str, w_fromlist: W_Root, level: int) -> W_Root:
        space = self.space
        if level > 0:
            w_pkg = frame.w_globals.get("__package__", None)
            pkg = ""
            if isinstance(w_pkg, W_StrObject):
                pkg = w_pkg.value
            parts = pkg.split(".") if pkg != "" else []
            if level - 1 > len(parts):
                raise space.error(space.w_ImportError, "attempted relative import beyond top-level package")
            base = ".".join(parts[:len(parts) - (level - 1)])
            if name == "":
                name = base
            elif base != "":
                name = base + "." + name
        parts2 = name.split(".")
        w_top: W_Module | None = None
        prefix = ""
        w_mod: W_Module | None = None
        for p in parts2:
            prefix = p if prefix == "" else prefix + "." + p
            w_mod = self.load_module(prefix, w_mod)
            if w_top is None:
                w_top = w_mod
        assert w_top is not None and w_mod is not None
        if w_fromlist is space.w_None and level == 0:
            return w_top
        return w_mod

    def try_import_submodule(self, w_pkg: W_Module, name: str) -> W_Root | None:
        if "__path__" not in w_pkg.w_dict:
            return None
        try:
            return self.load_module(w_pkg.name + "." + name, w_pkg)
        except OperationError:
            return None

    def load_module(self, fullname: str, w_parent: W_Module | None) -> W_Module:
        """The module `fullname`, loaded if needed, with sys.modules kept in
        step (interpreter/module/sysmodules.py)."""
        space = self.space
        w_loaded = sysmodules.lookup(space, fullname)
        if w_loaded is not None:
            return w_loaded
        try:
            w_m = self.find_and_load(fullname, w_parent)
        except OperationError:
            sysmodules.forget(space, fullname)
            raise
        sysmodules.record(space, fullname, w_m)
        return w_m

    def find_and_load(self, fullname: str, w_parent: W_Module | None) -> W_Module:
        space = self.space
        installer = space.lazy_modules.get(fullname, None)
        if installer is not None:
            installer(space)
            w_m = space.modules.get(fullname, None)
            if w_m is not None:
                return w_m
        app_source = space.app_modules.get(fullname, None)
        if app_source is not None:
            short = fullname.split(".")[-1]
            return self.exec_source_module(fullname, "<frozen " + fullname + ">", app_source, False, "",
                                           w_parent, short)
        dirs: list[str] = []
        if w_parent is not None:
            w_path = w_parent.w_dict.get("__path__", None)
            if isinstance(w_path, W_ListObject):
                for w_p in w_path.items_w:
                    dirs.append(space.str_w(w_p))
        else:
            dirs = space.sys_path
        short = fullname.split(".")[-1]
        for d in dirs:
            base = short if d == "" else d + "/" + short
            pkg_init = base + "/__init__.py"
            path = base + ".py"
            is_pkg = False
            if is_file(pkg_init):
                path = pkg_init
                is_pkg = True
            elif not is_file(path):
                continue
            return self.exec_file_module(fullname, path, is_pkg, base, w_parent, short)
        raise space.error(space.w_ModuleNotFoundError, "No module named '" + fullname + "'")

    def find_module_file(self, fullname: str) -> str:
        """The .py file of a top-level module or package on sys.path, or ""."""
        for d in self.space.sys_path:
            base = fullname if d == "" else d + "/" + fullname
            if is_file(base + "/__init__.py"):
                return base + "/__init__.py"
            if is_file(base + ".py"):
                return base + ".py"
        return ""

    def exec_file_module(self, fullname: str, path: str, is_pkg: bool, base: str,
                         w_parent: W_Module | None, short: str) -> W_Module:
        source = read_file(path)
        if not path.startswith("/"):
            path = os.getcwd() + "/" + path
        return self.exec_source_module(fullname, path, source, is_pkg, base, w_parent, short)

    def exec_source_module(self, fullname: str, path: str, source: str, is_pkg: bool, base: str,
                           w_parent: W_Module | None, short: str) -> W_Module:
        space = self.space
        w_globals: dict[str, W_Root] = {}
        w_globals["__name__"] = space.newstr(fullname)
        w_globals["__file__"] = space.newstr(path)
        if is_pkg:
            w_globals["__package__"] = space.newstr(fullname)
            w_globals["__path__"] = space.newlist([space.newstr(base)])
        else:
            dot = fullname.rfind(".")
            w_globals["__package__"] = space.newstr(fullname[:dot] if dot >= 0 else "")
        w_mod = W_Module(fullname, w_globals)
        space.modules[fullname] = w_mod
        comp = self.compile_source
        assert comp is not None
        space.source_lines[path] = source.split("\n")
        try:
            code = comp(space, source, path)
            self.run_module_code(code, w_mod.get_dictobj())
        except OperationError:
            del space.modules[fullname]
            raise
        if w_parent is not None:
            w_parent.set_item(short, w_mod)
        return w_mod


def is_file(path: str) -> bool:
    try:
        st = os.stat(path)
    except OSError:
        return False
    return (st.st_mode & 0o170000) == 0o100000


def read_file(path: str) -> str:
    fd = os.open(path, os.O_RDONLY, 0o777)
    chunks: list[bytes] = []
    while True:
        data = os.read(fd, 65536)
        if len(data) == 0:
            break
        chunks.append(data)
    os.close(fd)
    return b"".join(chunks).decode("utf-8")
