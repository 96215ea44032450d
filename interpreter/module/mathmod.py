"""The builtin `math` module: argument checking and CPython 3.11's errors
around the float functions (the translator's math library, and
mathfuncs for the rest) and the integer functions (on big ints)."""

import math
from typing import Callable

from rlib.rbigint import rbigint

from interpreter.objspace.root import W_Root, OperationError, Args, positional
from interpreter.objspace.space import Space, W_BuiltinFunction
from interpreter.objspace.intobject import W_IntObject
from interpreter.objspace.floatobject import W_FloatObject
from interpreter.objspace.longobject import W_LongObject
from interpreter.objspace.moduleobject import W_Module
from interpreter import bytecode as bc
from interpreter.module import mathfuncs

INT_MAX = (1 << 63) - 1


# ---------------------------------------------------------------- arguments and errors

def no_keywords(space: Space, args: Args, name: str) -> None:
    if len(args.kw_names) > 0:
        raise space.type_error("math." + name + "() takes no keyword arguments")


def one_arg(space: Space, args: Args, name: str) -> W_Root:
    """The argument of a one-argument function (CPython's messages)."""
    no_keywords(space, args, name)
    n = len(args.args_w)
    if n != 1:
        raise space.type_error("math." + name + "() takes exactly one argument (" + str(n) + " given)")
    return args.args_w[0]


def some_args(space: Space, args: Args, name: str, lo: int, hi: int) -> list[W_Root]:
    """The arguments of a function taking lo..hi positional ones."""
    if len(args.kw_names) > 0:
        raise space.type_error(name + "() takes no keyword arguments")
    n = len(args.args_w)
    if lo <= n <= hi:
        return args.args_w
    if lo == hi:
        raise space.type_error(name + " expected " + str(lo) + " arguments, got " + str(n))
    if n < lo:
        raise space.type_error(name + " expected at least " + str(lo) + " argument" +
                               ("" if lo == 1 else "s") + ", got " + str(n))
    raise space.type_error(name + " expected at most " + str(hi) + " argument" +
                           ("" if hi == 1 else "s") + ", got " + str(n))


def domain_error(space: Space) -> OperationError:
    return space.value_error("math domain error")


def range_error(space: Space) -> OperationError:
    return space.error(space.w_OverflowError, "math range error")


def index_big(space: Space, w: W_Root) -> rbigint:
    """An integer argument (int, int subclass, or __index__)."""
    if isinstance(w, W_IntObject):
        return rbigint.fromint(w.intval)
    if isinstance(w, W_LongObject):
        return w.num
    w_m = space.lookup_user(w, "__index__")
    if w_m is not None:
        w_r = space.call(w_m, positional([]))
        if not space.is_int(w_r):
            raise space.type_error("__index__ returned non-int (type " + space.type_name(w_r) + ")")
        return space.big_w(w_r)
    w_nb = space.num_base(w)
    if w_nb is not None and space.is_int(w_nb):
        return space.big_w(w_nb)
    raise space.type_error("'" + space.type_name(w) + "' object cannot be interpreted as an integer")


def float_arg(space: Space, w: W_Root) -> float:
    """A float argument: float(), or an integer through __index__."""
    if isinstance(w, W_FloatObject):
        return w.floatval
    if not (space.is_int(w) or space.lookup_user(w, "__float__") is not None or
            space.num_base(w) is not None) and space.lookup_user(w, "__index__") is not None:
        return space.long_tofloat(index_big(space, w))
    return space.float_w(w)


def checked(space: Space, x: float, r: float, can_overflow: bool) -> W_Root:
    """CPython's errors for r = f(x): NaN from a number is a domain error;
    an infinity from a finite x overflows (or is a pole)."""
    if r != r and x == x:
        raise domain_error(space)
    if not mathfuncs.isfinite(r) and r == r and mathfuncs.isfinite(x):
        if can_overflow:
            raise range_error(space)
        raise domain_error(space)
    return space.newfloat(r)


# how a one-float function reports a NaN or an infinity it returns
EXACT = 0          # never: the result is just a float (fabs, degrees)
POLE = 1           # an infinity from a finite x is a domain error
OVERFLOW = 2       # an infinity from a finite x is an overflow


def float_function(name: str, f: Callable[[float], float], kind: int) -> Callable[[Space, Args], W_Root]:
    """A one-float function; f may raise ValueError/OverflowError (the
    math library's and mathfuncs' errors) or return NaN/inf."""
    def call(space: Space, args: Args) -> W_Root:
        x = float_arg(space, one_arg(space, args, name))
        try:
            r = f(x)
        except ValueError:
            raise domain_error(space)
        except OverflowError:
            raise range_error(space)
        if kind == EXACT:
            return space.newfloat(r)
        return checked(space, x, r, kind == OVERFLOW)
    return call


# ---------------------------------------------------------------- logarithms (also of big ints)

def log_of(space: Space, w: W_Root, f: Callable[[float], float]) -> float:
    """f(w) for a log function f; an int too large for a float is split
    as m * 2**e first, as CPython does."""
    if space.is_int(w):
        num = space.big_w(w)
        if num.sign <= 0:
            raise domain_error(space)
        try:
            return f(num.tofloat())
        except OverflowError:
            pass
        nbits = num.bit_length()
        m = mathfuncs.round_to_float(num, -nbits, False)
        e = nbits
        if m == 1.0:
            m = 0.5
            e += 1
        return f(m) + f(2.0) * float(e)
    x = float_arg(space, w)
    try:
        r = f(x)
    except ValueError:
        raise domain_error(space)
    if r != r and x == x:
        raise domain_error(space)
    if not mathfuncs.isfinite(r) and r == r and mathfuncs.isfinite(x):
        raise domain_error(space)
    return r


def m_log(space: Space, args: Args) -> W_Root:
    no_keywords(space, args, "log")
    a = args.args_w
    if len(a) < 1 or len(a) > 2:
        raise space.type_error("math.log requires 1 to 2 arguments")
    num = log_of(space, a[0], lambda x: math.log(x))
    if len(a) == 1:
        return space.newfloat(num)
    den = log_of(space, a[1], lambda x: math.log(x))
    if den == 0.0:
        raise space.error(space.w_ZeroDivisionError, "float division by zero")
    return space.newfloat(num / den)


def m_log2(space: Space, args: Args) -> W_Root:
    return space.newfloat(log_of(space, one_arg(space, args, "log2"), lambda x: math.log2(x)))


def m_log10(space: Space, args: Args) -> W_Root:
    return space.newfloat(log_of(space, one_arg(space, args, "log10"), lambda x: math.log10(x)))


# ---------------------------------------------------------------- two-float functions

def two_floats(space: Space, args: Args, name: str) -> tuple[float, float]:
    a = some_args(space, args, name, 2, 2)
    return (float_arg(space, a[0]), float_arg(space, a[1]))


def m_atan2(space: Space, args: Args) -> W_Root:
    xy = two_floats(space, args, "atan2")
    return space.newfloat(math.atan2(xy[0], xy[1]))


def m_pow(space: Space, args: Args) -> W_Root:
    xy = two_floats(space, args, "pow")
    try:
        return space.newfloat(math.pow(xy[0], xy[1]))
    except ValueError:
        raise domain_error(space)
    except OverflowError:
        raise range_error(space)


def m_copysign(space: Space, args: Args) -> W_Root:
    xy = two_floats(space, args, "copysign")
    return space.newfloat(math.copysign(xy[0], xy[1]))


def m_fmod(space: Space, args: Args) -> W_Root:
    xy = two_floats(space, args, "fmod")
    try:
        return space.newfloat(math.fmod(xy[0], xy[1]))
    except ValueError:
        raise domain_error(space)


def m_remainder(space: Space, args: Args) -> W_Root:
    xy = two_floats(space, args, "remainder")
    try:
        return space.newfloat(mathfuncs.remainder(xy[0], xy[1]))
    except ValueError:
        raise domain_error(space)


def m_nextafter(space: Space, args: Args) -> W_Root:
    xy = two_floats(space, args, "nextafter")
    return space.newfloat(mathfuncs.nextafter(xy[0], xy[1]))


def m_ldexp(space: Space, args: Args) -> W_Root:
    a = some_args(space, args, "ldexp", 2, 2)
    x = float_arg(space, a[0])
    w_n = a[1]
    w_nb = space.num_base(w_n)
    if not (space.is_int(w_n) or (w_nb is not None and space.is_int(w_nb))):
        raise space.type_error("Expected an int as second argument to ldexp.")
    n_big = index_big(space, w_n)
    n = 0
    if n_big.fits_int():
        n = n_big.toint()
    elif n_big.sign > 0:
        n = INT_MAX
    else:
        n = -INT_MAX
    try:
        return space.newfloat(mathfuncs.ldexp(x, n))
    except OverflowError:
        raise range_error(space)


def m_frexp(space: Space, args: Args) -> W_Root:
    fe = mathfuncs.frexp(float_arg(space, one_arg(space, args, "frexp")))
    return space.newtuple([space.newfloat(fe[0]), space.newint(fe[1])])


def m_modf(space: Space, args: Args) -> W_Root:
    x = float_arg(space, one_arg(space, args, "modf"))
    if x != x:
        return space.newtuple([space.newfloat(x), space.newfloat(x)])
    if not mathfuncs.isfinite(x):
        return space.newtuple([space.newfloat(math.copysign(0.0, x)), space.newfloat(x)])
    whole = x
    if abs(x) < mathfuncs.TWO52:
        whole = math.copysign(float(int(x)), x)
    return space.newtuple([space.newfloat(math.copysign(x - whole, x)), space.newfloat(whole)])


def m_isclose(space: Space, args: Args) -> W_Root:
    n = len(args.args_w)
    if n != 2:
        if n < 2:
            raise space.type_error("isclose() missing required argument '" + ("a" if n == 0 else "b") +
                                   "' (pos " + str(n + 1) + ")")
        raise space.type_error("isclose() takes exactly 2 positional arguments (" + str(n) + " given)")
    for k in args.kw_names:
        if k != "rel_tol" and k != "abs_tol":
            raise space.type_error("'" + k + "' is an invalid keyword argument for isclose()")
    x = float_arg(space, args.args_w[0])
    y = float_arg(space, args.args_w[1])
    w_rt = args.get_kw("rel_tol")
    w_at = args.get_kw("abs_tol")
    rt = 1e-09 if w_rt is None else float_arg(space, w_rt)
    at = 0.0 if w_at is None else float_arg(space, w_at)
    if rt < 0.0 or at < 0.0:
        raise space.value_error("tolerances must be non-negative")
    return space.newbool(math.isclose(x, y, rel_tol=rt, abs_tol=at))


# ---------------------------------------------------------------- rounding to int

def to_int(space: Space, x: float) -> W_Root:
    if x != x:
        raise space.value_error("cannot convert float NaN to integer")
    if not mathfuncs.isfinite(x):
        raise space.error(space.w_OverflowError, "cannot convert float infinity to integer")
    return space.newlong(rbigint.fromfloat(x))


def round_op(space: Space, args: Args, name: str, dunder: str) -> W_Root:
    """floor/ceil/trunc: ints unchanged, floats rounded, else the dunder."""
    w = one_arg(space, args, name)
    if space.is_int(w):
        return space.newlong(space.big_w(w))
    if isinstance(w, W_FloatObject):
        x = w.floatval
    else:
        w_m = space.lookup_user(w, dunder)
        if w_m is not None:
            return space.call(w_m, positional([]))
        w_nb = space.num_base(w)
        if w_nb is not None and space.is_int(w_nb):
            return space.newlong(space.big_w(w_nb))
        if name == "trunc" and (w_nb is None or not isinstance(w_nb, W_FloatObject)):
            raise space.type_error("type " + space.type_name(w) + " doesn't define __trunc__ method")
        x = float_arg(space, w)
    if name == "floor":
        return to_int(space, mathfuncs.floor_f(x))
    if name == "ceil":
        return to_int(space, -mathfuncs.floor_f(-x))
    return to_int(space, x)


def m_floor(space: Space, args: Args) -> W_Root:
    return round_op(space, args, "floor", "__floor__")


def m_ceil(space: Space, args: Args) -> W_Root:
    return round_op(space, args, "ceil", "__ceil__")


def m_trunc(space: Space, args: Args) -> W_Root:
    return round_op(space, args, "trunc", "__trunc__")


# ---------------------------------------------------------------- sums and norms

def floats_of(space: Space, w_iterable: W_Root) -> list[float]:
    out: list[float] = []
    for w in space.unpack_iterable(w_iterable):
        out.append(float_arg(space, w))
    return out


def m_fsum(space: Space, args: Args) -> W_Root:
    values = floats_of(space, one_arg(space, args, "fsum"))
    try:
        return space.newfloat(mathfuncs.fsum(values))
    except ValueError as e:
        raise space.value_error(str(e))
    except OverflowError as e:
        raise space.error(space.w_OverflowError, str(e))


def m_hypot(space: Space, args: Args) -> W_Root:
    no_keywords(space, args, "hypot")
    values: list[float] = []
    for w in args.args_w:
        values.append(float_arg(space, w))
    return space.newfloat(mathfuncs.norm(values))


def m_dist(space: Space, args: Args) -> W_Root:
    a = some_args(space, args, "dist", 2, 2)
    p = floats_of(space, a[0])
    q = floats_of(space, a[1])
    if len(p) != len(q):
        raise space.value_error("both points must have the same number of dimensions")
    diffs: list[float] = []
    i = 0
    while i < len(p):
        diffs.append(abs(p[i] - q[i]))
        i += 1
    return space.newfloat(mathfuncs.norm(diffs))


def m_prod(space: Space, args: Args) -> W_Root:
    n = len(args.args_w)
    if n != 1:
        raise space.type_error("prod() takes exactly 1 positional argument (" + str(n) + " given)")
    for k in args.kw_names:
        if k != "start":
            raise space.type_error("'" + k + "' is an invalid keyword argument for prod()")
    w_acc: W_Root = space.newint(1)
    w_s = args.get_kw("start")
    if w_s is not None:
        w_acc = w_s
    for w_x in space.unpack_iterable(args.args_w[0]):
        w_acc = space.binop(bc.OP_MUL, w_acc, w_x)
    return w_acc


# ---------------------------------------------------------------- integer functions

def big_gcd(a: rbigint, b: rbigint) -> rbigint:
    a = a.abs()
    b = b.abs()
    while b.sign != 0:
        if a.fits_int() and b.fits_int():
            x = a.toint()
            y = b.toint()
            while y != 0:
                r = x % y
                x = y
                y = r
            return rbigint.fromint(x)
        rest = a.mod(b)
        a = b
        b = rest
    return a


def m_gcd(space: Space, args: Args) -> W_Root:
    no_keywords(space, args, "gcd")
    g = rbigint.zero()
    for w in args.args_w:
        g = big_gcd(g, index_big(space, w))
    return space.newlong(g)


def m_lcm(space: Space, args: Args) -> W_Root:
    no_keywords(space, args, "lcm")
    acc = rbigint.fromint(1)
    for w in args.args_w:
        x = index_big(space, w).abs()
        if acc.sign == 0 or x.sign == 0:
            acc = rbigint.zero()
        else:
            acc = acc.floordiv(big_gcd(acc, x)).mul(x)
    return space.newlong(acc)


def m_isqrt(space: Space, args: Args) -> W_Root:
    n = index_big(space, one_arg(space, args, "isqrt"))
    if n.sign < 0:
        raise space.value_error("isqrt() argument must be nonnegative")
    return space.newlong(mathfuncs.isqrt_big(n))


def product_range(lo: int, hi: int) -> rbigint:
    """lo * (lo+1) * ... * hi (1 when empty), by halves so that the
    multiplications are balanced."""
    if hi < lo:
        return rbigint.fromint(1)
    if hi - lo < 8:
        r = rbigint.fromint(lo)
        i = lo + 1
        while i <= hi:
            r = r.mul(rbigint.fromint(i))
            i += 1
        return r
    mid = lo + (hi - lo) // 2
    return product_range(lo, mid).mul(product_range(mid + 1, hi))


def big_product_down(n: rbigint, k: int) -> rbigint:
    """n * (n-1) * ... * (n-k+1) for a possibly huge n."""
    if n.fits_int() and n.toint() < INT_MAX:
        return product_range(n.toint() - k + 1, n.toint())
    r = rbigint.fromint(1)
    i = 0
    while i < k:
        r = r.mul(n.sub(rbigint.fromint(i)))
        i += 1
    return r


def m_factorial(space: Space, args: Args) -> W_Root:
    w = one_arg(space, args, "factorial")
    if isinstance(w, W_FloatObject):
        raise space.type_error("'float' object cannot be interpreted as an integer")
    n = index_big(space, w)
    if n.sign < 0:
        raise space.value_error("factorial() not defined for negative values")
    if not n.fits_int():
        raise space.error(space.w_OverflowError, "factorial() argument should not exceed " + str(INT_MAX))
    return space.newlong(product_range(2, n.toint()))


def n_and_k(space: Space, w_n: W_Root, w_k: W_Root) -> tuple[rbigint, rbigint]:
    n = index_big(space, w_n)
    k = index_big(space, w_k)
    if n.sign < 0:
        raise space.value_error("n must be a non-negative integer")
    if k.sign < 0:
        raise space.value_error("k must be a non-negative integer")
    return (n, k)


def m_perm(space: Space, args: Args) -> W_Root:
    a = some_args(space, args, "perm", 1, 2)
    if len(a) == 1:
        n1 = index_big(space, a[0])
        if n1.sign < 0:
            raise space.value_error("n must be a non-negative integer")
        if not n1.fits_int():
            raise space.error(space.w_OverflowError, "n must not exceed " + str(INT_MAX))
        return space.newlong(product_range(2, n1.toint()))
    nk = n_and_k(space, a[0], a[1])
    n = nk[0]
    k = nk[1]
    if k.gt(n):
        return space.newint(0)
    if not k.fits_int():
        raise space.error(space.w_OverflowError, "k must not exceed " + str(INT_MAX))
    return space.newlong(big_product_down(n, k.toint()))


def m_comb(space: Space, args: Args) -> W_Root:
    a = some_args(space, args, "comb", 2, 2)
    nk = n_and_k(space, a[0], a[1])
    n = nk[0]
    k = nk[1]
    if k.gt(n):
        return space.newint(0)
    other = n.sub(k)
    if other.lt(k):
        k = other
    if not k.fits_int():
        raise space.error(space.w_OverflowError, "min(n - k, k) must not exceed " + str(INT_MAX))
    kk = k.toint()
    return space.newlong(big_product_down(n, kk).floordiv(product_range(2, kk)))


# ---------------------------------------------------------------- float predicates

def m_isnan(space: Space, args: Args) -> W_Root:
    x = float_arg(space, one_arg(space, args, "isnan"))
    return space.newbool(x != x)


def m_isinf(space: Space, args: Args) -> W_Root:
    x = float_arg(space, one_arg(space, args, "isinf"))
    return space.newbool(x == x and not mathfuncs.isfinite(x))


def m_isfinite(space: Space, args: Args) -> W_Root:
    return space.newbool(mathfuncs.isfinite(float_arg(space, one_arg(space, args, "isfinite"))))


def m_ulp(space: Space, args: Args) -> W_Root:
    return space.newfloat(mathfuncs.ulp(float_arg(space, one_arg(space, args, "ulp"))))


# ---------------------------------------------------------------- the module

def add(d: dict[str, W_Root], name: str, fn: Callable[[Space, Args], W_Root]) -> None:
    d[name] = W_BuiltinFunction(name, fn, "")


def add_float(d: dict[str, W_Root], name: str, f: Callable[[float], float], kind: int) -> None:
    add(d, name, float_function(name, f, kind))


def install_math(space: Space) -> None:
    d: dict[str, W_Root] = {}
    d["__name__"] = space.newstr("math")
    d["pi"] = space.newfloat(math.pi)
    d["e"] = space.newfloat(math.e)
    d["tau"] = space.newfloat(math.tau)
    d["inf"] = space.newfloat(math.inf)
    d["nan"] = space.newfloat(math.nan)
    add_float(d, "sqrt", lambda x: math.sqrt(x), POLE)
    add_float(d, "exp", lambda x: math.exp(x), OVERFLOW)
    add_float(d, "exp2", lambda x: mathfuncs.exp2(x), OVERFLOW)
    add_float(d, "expm1", lambda x: math.expm1(x), OVERFLOW)
    add_float(d, "log1p", lambda x: math.log1p(x), POLE)
    add_float(d, "sin", lambda x: math.sin(x), POLE)
    add_float(d, "cos", lambda x: math.cos(x), POLE)
    add_float(d, "tan", lambda x: math.tan(x), POLE)
    add_float(d, "asin", lambda x: math.asin(x), POLE)
    add_float(d, "acos", lambda x: math.acos(x), POLE)
    add_float(d, "atan", lambda x: math.atan(x), POLE)
    add_float(d, "sinh", lambda x: math.sinh(x), OVERFLOW)
    add_float(d, "cosh", lambda x: math.cosh(x), OVERFLOW)
    add_float(d, "tanh", lambda x: math.tanh(x), POLE)
    add_float(d, "asinh", lambda x: math.asinh(x), POLE)
    add_float(d, "acosh", lambda x: math.acosh(x), POLE)
    add_float(d, "atanh", lambda x: math.atanh(x), POLE)
    add_float(d, "fabs", lambda x: abs(x), EXACT)
    add_float(d, "degrees", lambda x: math.degrees(x), EXACT)
    add_float(d, "radians", lambda x: math.radians(x), EXACT)
    add_float(d, "cbrt", lambda x: mathfuncs.cbrt(x), POLE)
    add_float(d, "erf", lambda x: mathfuncs.erf(x), POLE)
    add_float(d, "erfc", lambda x: mathfuncs.erfc(x), POLE)
    add_float(d, "gamma", lambda x: mathfuncs.gamma(x), OVERFLOW)
    add_float(d, "lgamma", lambda x: mathfuncs.lgamma(x), OVERFLOW)
    add(d, "log", m_log)
    add(d, "log2", m_log2)
    add(d, "log10", m_log10)
    add(d, "atan2", m_atan2)
    add(d, "pow", m_pow)
    add(d, "copysign", m_copysign)
    add(d, "fmod", m_fmod)
    add(d, "remainder", m_remainder)
    add(d, "nextafter", m_nextafter)
    add(d, "ldexp", m_ldexp)
    add(d, "frexp", m_frexp)
    add(d, "modf", m_modf)
    add(d, "isclose", m_isclose)
    add(d, "floor", m_floor)
    add(d, "ceil", m_ceil)
    add(d, "trunc", m_trunc)
    add(d, "fsum", m_fsum)
    add(d, "hypot", m_hypot)
    add(d, "dist", m_dist)
    add(d, "prod", m_prod)
    add(d, "gcd", m_gcd)
    add(d, "lcm", m_lcm)
    add(d, "isqrt", m_isqrt)
    add(d, "factorial", m_factorial)
    add(d, "perm", m_perm)
    add(d, "comb", m_comb)
    add(d, "isnan", m_isnan)
    add(d, "isinf", m_isinf)
    add(d, "isfinite", m_isfinite)
    add(d, "ulp", m_ulp)
    space.modules["math"] = W_Module("math", d)
