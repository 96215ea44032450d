"""complex: W_ComplexObject and its arithmetic on (real, imag) float
pairs. The Space dispatches to the helpers here (binop, compare, hash,
repr); the constructor and methods are in complexmethods.py."""

import math

from interpreter.objspace.root import W_Root, T_OBJECT


class W_ComplexObject(W_Root):
    def __init__(self, realval: float, imagval: float) -> None:
        self.realval: float = realval
        self.imagval: float = imagval

    def type_name(self) -> str:
        return "complex"

    def type_index(self) -> int:
        # the Space maps W_ComplexObject to space.w_complex itself
        return T_OBJECT


class ComplexError(Exception):
    """kind 0: ZeroDivisionError, 1: OverflowError, 2: ValueError."""

    def __init__(self, kind: int, msg: str) -> None:
        Exception.__init__(self)
        self.kind: int = kind
        self.msg: str = msg


def _part_repr(x: float) -> str:
    """repr of one part, without a '.0' for integral values."""
    s = repr(x)
    n = len(s)
    if n >= 2 and s[n - 2:] == ".0":
        return s[:n - 2]
    return s


def _is_neg_zero_or_neg(x: float) -> bool:
    if x < 0.0:
        return True
    if x == 0.0:
        return math.copysign(1.0, x) < 0.0
    return False


def complex_repr(re: float, im: float) -> str:
    ims = _part_repr(im)
    if re == 0.0 and not _is_neg_zero_or_neg(re):
        return ims + "j"
    res = _part_repr(re)
    if ims[0] != "-":
        ims = "+" + ims
    return "(" + res + ims + "j)"


def c_mul(ar: float, ai: float, br: float, bi: float) -> tuple[float, float]:
    return (ar * br - ai * bi, ar * bi + ai * br)


def c_div(ar: float, ai: float, br: float, bi: float) -> tuple[float, float]:
    """Smith's algorithm; ComplexError(0) for a zero divisor."""
    abs_br = abs(br)
    abs_bi = abs(bi)
    if abs_br >= abs_bi:
        if abs_br == 0.0:
            raise ComplexError(0, "complex division by zero")
        ratio = bi / br
        denom = br + bi * ratio
        return ((ar + ai * ratio) / denom, (ai - ar * ratio) / denom)
    if abs_bi >= abs_br:
        ratio = br / bi
        denom = br * ratio + bi
        return ((ar * ratio + ai) / denom, (ai * ratio - ar) / denom)
    nan = float("nan")
    return (nan, nan)


def _powu(xr: float, xi: float, n: int) -> tuple[float, float]:
    rr = 1.0
    ri = 0.0
    pr = xr
    pi = xi
    mask = 1
    while mask > 0 and n >= mask:
        if n & mask:
            t = c_mul(rr, ri, pr, pi)
            rr = t[0]
            ri = t[1]
        mask = mask << 1
        t2 = c_mul(pr, pi, pr, pi)
        pr = t2[0]
        pi = t2[1]
    return (rr, ri)


def c_pow(ar: float, ai: float, br: float, bi: float) -> tuple[float, float]:
    if bi == 0.0 and abs(br) <= 100.0 and br == float(int(br)):
        n = int(br)
        if n >= 0:
            r = _powu(ar, ai, n)
        else:
            p = _powu(ar, ai, -n)
            try:
                r = c_div(1.0, 0.0, p[0], p[1])
            except ComplexError:
                raise ComplexError(0, "0.0 to a negative or complex power")
    elif br == 0.0 and bi == 0.0:
        r = (1.0, 0.0)
    elif ar == 0.0 and ai == 0.0:
        if bi != 0.0 or br < 0.0:
            raise ComplexError(0, "0.0 to a negative or complex power")
        r = (0.0, 0.0)
    else:
        try:
            vabs = math.hypot(ar, ai)
            ln = math.pow(vabs, br)
            at = math.atan2(ai, ar)
            phase = at * br
            if bi != 0.0:
                ln = ln / math.exp(at * bi)
                phase = phase + bi * math.log(vabs)
            r = (ln * math.cos(phase), ln * math.sin(phase))
        except OverflowError:
            raise ComplexError(1, "complex exponentiation")
    if (r[0] - r[0] != 0.0 and r[0] == r[0]) or (r[1] - r[1] != 0.0 and r[1] == r[1]):
        # an infinite part from finite operands
        if ar - ar == 0.0 and ai - ai == 0.0 and br - br == 0.0 and bi - bi == 0.0:
            raise ComplexError(1, "complex exponentiation")
    return r


def c_abs(re: float, im: float) -> float:
    if re - re != 0.0 or im - im != 0.0:
        # inf beats nan
        if re != re and im == im and im - im != 0.0:
            return abs(im)
        if im != im and re == re and re - re != 0.0:
            return abs(re)
        if re != re or im != im:
            return float("nan")
        return float("inf")
    r = math.hypot(re, im)
    if r - r != 0.0:
        raise ComplexError(1, "absolute value too large")
    return r
