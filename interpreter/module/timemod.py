"""The builtin `time` module: clocks, struct_time, the UTC calendar
(gmtime, timegm-style mktime), asctime/ctime and strftime.

Limitations: the translated program reads only two clocks, the wall
clock and the performance counter, so monotonic/process_time/thread_time
are the performance counter; sleep() really sleeps (time.sleep). There is
no time zone database: localtime, mktime and ctime use UTC, which is
what CPython does when TZ is unset or UTC on a system whose local time is
UTC (time.tzname == ('UTC', 'UTC'), timezone == 0). strftime follows
glibc in the C locale; strptime is not provided."""

import time
from typing import Callable

from interpreter.objspace.root import W_Root, Args
from interpreter.objspace.space import Space, W_BuiltinFunction
from interpreter.objspace.typeobject import W_TypeObject
from interpreter.objspace.floatobject import W_FloatObject
from interpreter.objspace.strobject import W_StrObject
from interpreter.objspace.tupleobject import W_TupleObject
from interpreter.objspace.moduleobject import W_Module
from interpreter.module import structseq
from interpreter.objspace.oserrors import oserror, host_errno

DAY_NAMES = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MONTH_NAMES = ["January", "February", "March", "April", "May", "June", "July", "August",
               "September", "October", "November", "December"]
STRUCT_TIME_FIELDS = ["tm_year", "tm_mon", "tm_mday", "tm_hour", "tm_min", "tm_sec", "tm_wday",
                      "tm_yday", "tm_isdst", "tm_zone", "tm_gmtoff"]
# time_t range glibc's gmtime accepts (the year must fit a C int)
MAX_TIMESTAMP = 67767976233316800


class BrokenDown:
    """A broken-down time with Python's conventions (month 1..12, wday
    Monday=0, yday 1..366)."""

    def __init__(self, year: int, mon: int, mday: int, hour: int, minute: int, sec: int, wday: int,
                 yday: int, isdst: int, zone: str) -> None:
        self.year: int = year
        self.mon: int = mon
        self.mday: int = mday
        self.hour: int = hour
        self.minute: int = minute
        self.sec: int = sec
        self.wday: int = wday
        self.yday: int = yday
        self.isdst: int = isdst
        self.zone: str = zone


def no_args(space: Space, args: Args, name: str) -> None:
    if len(args.args_w) != 0 or len(args.kw_names) != 0:
        raise space.type_error("time." + name + "() takes no arguments (" +
                               str(len(args.args_w) + len(args.kw_names)) + " given)")


def opt_arg(space: Space, args: Args, name: str, n: int) -> list[W_Root]:
    if len(args.kw_names) > 0:
        raise space.type_error(name + "() takes no keyword arguments")
    if len(args.args_w) > n:
        raise space.type_error(name + " expected at most " + str(n) + " argument" +
                               ("" if n == 1 else "s") + ", got " + str(len(args.args_w)))
    return args.args_w


# ---------------------------------------------------------------- the calendar (proleptic Gregorian)

def days_from_civil(y: int, m: int, d: int) -> int:
    """Days since 1970-01-01 of y-m-d (any month number: 13 is January of
    the next year)."""
    y += (m - 1) // 12
    m = (m - 1) % 12 + 1
    if m <= 2:
        y -= 1
    era = y // 400
    yoe = y - era * 400
    mp = (m + 9) % 12
    doy = (153 * mp + 2) // 5 + d - 1
    doe = yoe * 365 + yoe // 4 - yoe // 100 + doy
    return era * 146097 + doe - 719468


def is_leap(y: int) -> bool:
    return y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)


def broken_down_utc(t: int, zone: str) -> BrokenDown:
    days = t // 86400
    secs = t - days * 86400
    z = days + 719468
    era = z // 146097
    doe = z - era * 146097
    yoe = (doe - doe // 1460 + doe // 36524 - doe // 146096) // 365
    doy = doe - (365 * yoe + yoe // 4 - yoe // 100)
    mp = (5 * doy + 2) // 153
    d = doy - (153 * mp + 2) // 5 + 1
    m = mp + 3 if mp < 10 else mp - 9
    y = yoe + era * 400 + (1 if m <= 2 else 0)
    yday = days - days_from_civil(y, 1, 1) + 1
    wday = (days + 3) % 7
    return BrokenDown(y, m, d, secs // 3600, secs % 3600 // 60, secs % 60, wday, yday, 0, zone)


def timestamp_arg(space: Space, a: list[W_Root]) -> int:
    """Seconds (rounded toward -inf) from an optional number argument;
    the current time when absent or None."""
    if len(a) == 0 or a[0] is space.w_None:
        return int(time.time() // 1.0)
    w = a[0]
    if isinstance(w, W_FloatObject) or space.lookup_user(w, "__float__") is not None:
        x = space.float_w(w)
        if x != x:
            raise space.value_error("Invalid value NaN (not a number)")
        if not (-9.2e18 < x < 9.2e18):
            raise space.error(space.w_OverflowError, "timestamp out of range for platform time_t")
        return int(x // 1.0)
    if not space.is_int(w):
        raise space.type_error("'" + space.type_name(w) + "' object cannot be interpreted as an integer")
    big = space.big_w(w)
    if not big.fits_int():
        raise space.error(space.w_OverflowError, "timestamp out of range for platform time_t")
    return big.toint()


def check_range(space: Space, t: int) -> None:
    if t > MAX_TIMESTAMP or t < -MAX_TIMESTAMP:
        raise space.error(space.exc_types["OSError"], "[Errno 75] Value too large for defined data type")


# ---------------------------------------------------------------- struct_time

def struct_time_type(space: Space) -> W_TypeObject:
    w_t = space.modules["time"].w_dict.get("struct_time", None)
    assert isinstance(w_t, W_TypeObject)
    return w_t


def new_struct_time(space: Space, bd: BrokenDown) -> W_Root:
    vals = [bd.year, bd.mon, bd.mday, bd.hour, bd.minute, bd.sec, bd.wday, bd.yday, bd.isdst]
    items_w: list[W_Root] = []
    for v in vals:
        items_w.append(space.newint(v))
    items_w.append(space.newstr(bd.zone))
    items_w.append(space.newint(0))
    return structseq.new(space, struct_time_type(space), items_w)


def time_tuple(space: Space, w: W_Root, fname: str) -> BrokenDown:
    """A struct_time or 9-tuple argument."""
    w_t = space.base_of(w)
    if not isinstance(w_t, W_TupleObject):
        raise space.type_error("Tuple or struct_time argument required")
    items_w = w_t.items_w
    if len(items_w) != 9:
        raise space.type_error(fname + "(): illegal time tuple argument")
    v: list[int] = []
    for w_i in items_w:
        v.append(space.int_w(w_i))
    zone = "UTC"
    if space.isinstance_w(w, struct_time_type(space)):
        w_z = space.getattr(w, "tm_zone")
        if isinstance(w_z, W_StrObject):
            zone = w_z.value
    return BrokenDown(v[0], v[1], v[2], v[3], v[4], v[5], v[6], v[7], v[8], zone)


def checked_tuple(space: Space, bd: BrokenDown) -> BrokenDown:
    """CPython's checks (and fixes of 0 fields) before asctime/strftime."""
    if bd.mon == 0:
        bd.mon = 1
    if bd.mon < 1 or bd.mon > 12:
        raise space.value_error("month out of range")
    if bd.mday == 0:
        bd.mday = 1
    if bd.mday < 1 or bd.mday > 31:
        raise space.value_error("day of month out of range")
    if bd.hour < 0 or bd.hour > 23:
        raise space.value_error("hour out of range")
    if bd.minute < 0 or bd.minute > 59:
        raise space.value_error("minute out of range")
    if bd.sec < 0 or bd.sec > 61:
        raise space.value_error("seconds out of range")
    if bd.wday < -1:
        raise space.value_error("day of week out of range")
    bd.wday = bd.wday % 7
    if bd.yday == 0:
        bd.yday = 1
    if bd.yday < 1 or bd.yday > 366:
        raise space.value_error("day of year out of range")
    if bd.isdst < -1:
        bd.isdst = -1
    elif bd.isdst > 1:
        bd.isdst = 1
    return bd


# ---------------------------------------------------------------- formatting

def pad(n: int, width: int, fill: str) -> str:
    s = str(abs(n))
    while len(s) < width:
        s = fill + s
    if n < 0:
        return "-" + s
    return s


def iso_week(bd: BrokenDown) -> tuple[int, int]:
    """(ISO year, ISO week number)."""
    year = bd.year
    wday = bd.wday                 # Monday = 0
    yday0 = bd.yday - 1
    week = (yday0 - wday + 10) // 7
    if week < 1:
        year -= 1
        last_yday0 = yday0 + (366 if is_leap(year) else 365)
        week = (last_yday0 - wday + 10) // 7
    elif week == 53:
        days_in_year = 366 if is_leap(year) else 365
        if yday0 - wday + 3 >= days_in_year:
            year += 1
            week = 1
    return (year, week)


def timestamp_of(bd: BrokenDown) -> int:
    return days_from_civil(bd.year, bd.mon, bd.mday) * 86400 + bd.hour * 3600 + bd.minute * 60 + bd.sec


def format_field(bd: BrokenDown, c: str, flag: str, width: int) -> str | None:
    """One strftime conversion (None: not a conversion glibc knows).
    Numbers are padded to their usual width with '0' (or ' '); a flag
    ('-' none, '_' spaces, '0' zeros) and a width override that."""
    num = 0
    w = 2
    fill = "0"
    text = ""
    is_num = True
    sunday_wday = (bd.wday + 1) % 7
    if c == "a":
        text = DAY_NAMES[bd.wday][:3]
        is_num = False
    elif c == "A":
        text = DAY_NAMES[bd.wday]
        is_num = False
    elif c == "b" or c == "h":
        text = MONTH_NAMES[bd.mon - 1][:3]
        is_num = False
    elif c == "B":
        text = MONTH_NAMES[bd.mon - 1]
        is_num = False
    elif c == "p":
        text = "AM" if bd.hour < 12 else "PM"
        is_num = False
    elif c == "P":
        text = "am" if bd.hour < 12 else "pm"
        is_num = False
    elif c == "Z":
        text = bd.zone
        is_num = False
    elif c == "z":
        text = "+0000"
        is_num = False
    elif c == "n":
        text = "\n"
        is_num = False
    elif c == "t":
        text = "\t"
        is_num = False
    elif c == "c":
        text = format_time(bd, "%a %b %e %H:%M:%S %Y")
        is_num = False
    elif c == "x" or c == "D":
        text = format_time(bd, "%m/%d/%y")
        is_num = False
    elif c == "X" or c == "T":
        text = format_time(bd, "%H:%M:%S")
        is_num = False
    elif c == "R":
        text = format_time(bd, "%H:%M")
        is_num = False
    elif c == "r":
        text = format_time(bd, "%I:%M:%S %p")
        is_num = False
    elif c == "F":
        text = format_time(bd, "%Y-%m-%d")
        is_num = False
    elif c == "d":
        num = bd.mday
    elif c == "e":
        num = bd.mday
        fill = " "
    elif c == "H":
        num = bd.hour
    elif c == "k":
        num = bd.hour
        fill = " "
    elif c == "I" or c == "l":
        num = bd.hour % 12
        if num == 0:
            num = 12
        if c == "l":
            fill = " "
    elif c == "j":
        num = bd.yday
        w = 3
    elif c == "m":
        num = bd.mon
    elif c == "M":
        num = bd.minute
    elif c == "S":
        num = bd.sec
    elif c == "s":
        num = timestamp_of(bd)
        w = 1
    elif c == "u":
        num = bd.wday + 1
        w = 1
    elif c == "w":
        num = sunday_wday
        w = 1
    elif c == "U":
        num = (bd.yday - 1 + 7 - sunday_wday) // 7
    elif c == "W":
        num = (bd.yday - 1 + 7 - bd.wday) // 7
    elif c == "V":
        num = iso_week(bd)[1]
    elif c == "G":
        num = iso_week(bd)[0]
        w = 1
    elif c == "g":
        num = iso_week(bd)[0] % 100
    elif c == "Y":
        num = bd.year
        w = 1
    elif c == "y":
        num = bd.year % 100
    elif c == "C":
        num = bd.year // 100
        w = 1
    else:
        return None
    if not is_num:
        if flag == "^":
            text = text.upper()
        elif flag == "#":
            text = text.swapcase() if c == "p" else text.upper()
        while len(text) < width:
            text = " " + text
        return text
    if flag == "-":
        return str(num)
    if flag == "_":
        fill = " "
    elif flag == "0":
        fill = "0"
    if width > 0:
        w = width
    return pad(num, w, fill)


def format_time(bd: BrokenDown, fmt: str) -> str:
    out: list[str] = []
    i = 0
    n = len(fmt)
    while i < n:
        ch = fmt[i]
        if ch != "%" or i + 1 >= n:
            out.append(ch)
            i += 1
            continue
        start = i
        i += 1
        flag = ""
        if fmt[i] in "-_0^#":
            flag = fmt[i]
            i += 1
        width = 0
        while i < n and "0" <= fmt[i] <= "9":
            width = width * 10 + ord(fmt[i]) - 48
            i += 1
        if i < n and (fmt[i] == "E" or fmt[i] == "O"):
            i += 1
        if i >= n:
            out.append(fmt[start:])
            break
        c = fmt[i]
        i += 1
        if c == "%":
            out.append("%")
            continue
        text = format_field(bd, c, flag, width)
        if text is None:
            out.append(fmt[start:i])
        else:
            out.append(text)
    return "".join(out)


def asctime_of(bd: BrokenDown) -> str:
    return (DAY_NAMES[bd.wday][:3] + " " + MONTH_NAMES[bd.mon - 1][:3] + " " + pad(bd.mday, 2, " ") + " " +
            pad(bd.hour, 2, "0") + ":" + pad(bd.minute, 2, "0") + ":" + pad(bd.sec, 2, "0") + " " +
            str(bd.year))


# ---------------------------------------------------------------- functions

def t_time(space: Space, args: Args) -> W_Root:
    no_args(space, args, "time")
    return space.newfloat(time.time())


def t_time_ns(space: Space, args: Args) -> W_Root:
    no_args(space, args, "time_ns")
    return space.newint(int(time.time() * 1e9))


def t_perf_counter(space: Space, args: Args) -> W_Root:
    no_args(space, args, "perf_counter")
    return space.newfloat(time.perf_counter())


def t_perf_counter_ns(space: Space, args: Args) -> W_Root:
    no_args(space, args, "perf_counter_ns")
    return space.newint(int(time.perf_counter() * 1e9))


def t_sleep(space: Space, args: Args) -> W_Root:
    a = opt_arg(space, args, "sleep", 1)
    if len(a) != 1:
        raise space.type_error("time.sleep() takes exactly one argument (" + str(len(a)) + " given)")
    w = a[0]
    if not (isinstance(w, W_FloatObject) or space.is_int(w) or space.lookup_user(w, "__float__") is not None):
        raise space.type_error("'" + space.type_name(w) + "' object cannot be interpreted as an integer")
    secs = space.float_w(w)
    if secs != secs:
        raise space.value_error("Invalid value NaN (not a number)")
    if secs < 0.0:
        raise space.value_error("sleep length must be non-negative")
    space.flush_stdout()
    try:
        time.sleep(secs)
    except OverflowError:
        raise space.error(space.w_OverflowError, "timestamp out of range for platform time_t")
    except OSError as e:
        raise oserror(space, host_errno(e), "", False)
    return space.w_None


def t_gmtime(space: Space, args: Args) -> W_Root:
    t = timestamp_arg(space, opt_arg(space, args, "gmtime", 1))
    check_range(space, t)
    return new_struct_time(space, broken_down_utc(t, "GMT"))


def t_localtime(space: Space, args: Args) -> W_Root:
    t = timestamp_arg(space, opt_arg(space, args, "localtime", 1))
    check_range(space, t)
    return new_struct_time(space, broken_down_utc(t, "UTC"))


def t_mktime(space: Space, args: Args) -> W_Root:
    a = opt_arg(space, args, "mktime", 1)
    if len(a) != 1:
        raise space.type_error("time.mktime() takes exactly one argument (" + str(len(a)) + " given)")
    bd = time_tuple(space, a[0], "mktime")
    return space.newfloat(float(timestamp_of(bd)))


def t_asctime(space: Space, args: Args) -> W_Root:
    a = opt_arg(space, args, "asctime", 1)
    if len(a) == 0:
        bd = broken_down_utc(int(time.time() // 1.0), "UTC")
    else:
        bd = checked_tuple(space, time_tuple(space, a[0], "asctime"))
    return space.newstr(asctime_of(bd))


def t_ctime(space: Space, args: Args) -> W_Root:
    t = timestamp_arg(space, opt_arg(space, args, "ctime", 1))
    check_range(space, t)
    return space.newstr(asctime_of(broken_down_utc(t, "UTC")))


def t_strftime(space: Space, args: Args) -> W_Root:
    a = opt_arg(space, args, "strftime", 2)
    if len(a) == 0:
        raise space.type_error("strftime expected at least 1 argument, got 0")
    w_fmt = a[0]
    if not isinstance(w_fmt, W_StrObject):
        raise space.type_error("strftime() argument 1 must be str, not " + space.type_name(w_fmt))
    if "\x00" in w_fmt.value:
        raise space.value_error("embedded null character")
    if len(a) == 1:
        bd = broken_down_utc(int(time.time() // 1.0), "UTC")
    else:
        bd = checked_tuple(space, time_tuple(space, a[1], "strftime"))
    return space.newstr(format_time(bd, w_fmt.value))


# ---------------------------------------------------------------- the module

def add(d: dict[str, W_Root], name: str, fn: Callable[[Space, Args], W_Root]) -> None:
    d[name] = W_BuiltinFunction(name, fn, "")


def install_time(space: Space) -> None:
    d: dict[str, W_Root] = {}
    d["__name__"] = space.newstr("time")
    add(d, "time", t_time)
    add(d, "time_ns", t_time_ns)
    add(d, "perf_counter", t_perf_counter)
    add(d, "perf_counter_ns", t_perf_counter_ns)
    add(d, "monotonic", t_perf_counter)
    add(d, "monotonic_ns", t_perf_counter_ns)
    add(d, "process_time", t_perf_counter)
    add(d, "process_time_ns", t_perf_counter_ns)
    add(d, "thread_time", t_perf_counter)
    add(d, "thread_time_ns", t_perf_counter_ns)
    add(d, "sleep", t_sleep)
    add(d, "gmtime", t_gmtime)
    add(d, "localtime", t_localtime)
    add(d, "mktime", t_mktime)
    add(d, "asctime", t_asctime)
    add(d, "ctime", t_ctime)
    add(d, "strftime", t_strftime)
    d["struct_time"] = structseq.make_type(space, "time", "struct_time", STRUCT_TIME_FIELDS, 9)
    d["timezone"] = space.newint(0)
    d["altzone"] = space.newint(0)
    d["daylight"] = space.newint(0)
    d["tzname"] = space.newtuple([space.newstr("UTC"), space.newstr("UTC")])
    space.modules["time"] = W_Module("time", d)
