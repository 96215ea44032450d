"""Additions to the builtin `time` module: the *_ns variants and
process_time (from the wall clock and the performance counter, the only
clocks the translated program can read)."""

import time
from typing import Callable

from interpreter.objspace.root import W_Root, Args
from interpreter.objspace.space import Space, W_BuiltinFunction


def no_args(space: Space, args: Args, name: str) -> None:
    if len(args.args_w) != 0 or len(args.kw_names) != 0:
        raise space.type_error("time." + name + "() takes no arguments (" +
                               str(len(args.args_w) + len(args.kw_names)) + " given)")


def t_time_ns(space: Space, args: Args) -> W_Root:
    no_args(space, args, "time_ns")
    return space.newint(int(time.time() * 1e9))


def t_perf_counter_ns(space: Space, args: Args) -> W_Root:
    no_args(space, args, "perf_counter_ns")
    return space.newint(int(time.perf_counter() * 1e9))


def t_process_time(space: Space, args: Args) -> W_Root:
    no_args(space, args, "process_time")
    return space.newfloat(time.perf_counter())


def t_process_time_ns(space: Space, args: Args) -> W_Root:
    no_args(space, args, "process_time_ns")
    return space.newint(int(time.perf_counter() * 1e9))


def add(d: dict[str, W_Root], name: str, fn: Callable[[Space, Args], W_Root]) -> None:
    if name not in d:
        d[name] = W_BuiltinFunction(name, fn, "")


def extend_time(space: Space) -> None:
    w_mod = space.modules.get("time", None)
    if w_mod is None:
        return
    d = w_mod.w_dict
    add(d, "time_ns", t_time_ns)
    add(d, "perf_counter_ns", t_perf_counter_ns)
    add(d, "monotonic_ns", t_perf_counter_ns)
    add(d, "process_time", t_process_time)
    add(d, "process_time_ns", t_process_time_ns)
    add(d, "thread_time", t_process_time)
    add(d, "thread_time_ns", t_process_time_ns)
