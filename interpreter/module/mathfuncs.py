"""Float algorithms of the `math` module that have no math-library
primitive in the input language: frexp/ldexp, nextafter/ulp, remainder,
exp2, cbrt, erf/erfc, gamma/lgamma, fsum, and the correctly rounded
Euclidean norm behind hypot/dist.

They use only IEEE basic operations (exact on every target) and the
`math` functions the translator provides (exp, log, pow, sin, cos, fmod).
Where CPython's result is not the correctly rounded one, the algorithm is
the one that computes CPython's value, operation for operation:
- exp2, cbrt, erf, erfc: CPython calls the C library; these follow glibc
  2.36's algorithms (x86-64: dbl-64/e_exp2.c, s_cbrt.c, the fdlibm-derived
  s_erf.c), with their published coefficients;
- gamma, lgamma: CPython's own Lanczos approximation (g = 6.0247, 13
  terms, coefficients from Boost) with the reflection formula.
Errors are ValueError("math domain error") / OverflowError("math range
error"), raised here as plain exceptions; mathmod turns them into the
VM's."""

import math

from rlib.rbigint import rbigint

TWO52 = 4503599627370496.0
TWO54 = 18014398509481984.0
MIN_NORMAL = 2.2250738585072014e-308
MAX_FLOAT = 1.7976931348623157e+308
MIN_SUBNORMAL = 5e-324


def pow2_table(base: float) -> list[float]:
    """[base**512, base**256, ..., base**1] (base 2.0 or 0.5), exactly."""
    squares: list[float] = [base]
    i = 0
    while i < 9:
        squares.append(squares[i] * squares[i])
        i += 1
    squares.reverse()
    return squares


POW2_UP: list[float] = pow2_table(2.0)
POW2_DOWN: list[float] = pow2_table(0.5)


def scale2(x: float, n: int) -> float:
    """x * 2**n when every intermediate step is exact (the result and x
    normal, or n >= 0 with a finite result)."""
    while n >= 512:
        x = x * POW2_UP[0]
        n -= 512
    while n <= -512:
        x = x * POW2_DOWN[0]
        n += 512
    k = 256
    i = 1
    while i < 10:
        if n >= k:
            x = x * POW2_UP[i]
            n -= k
        elif n <= -k:
            x = x * POW2_DOWN[i]
            n += k
        k = k // 2
        i += 1
    return x


def isfinite(x: float) -> bool:
    return x - x == 0.0


def floor_f(x: float) -> float:
    """floor(x) as a float (math.floor gives a 64-bit int)."""
    if abs(x) >= TWO52 or not isfinite(x):
        return x
    return float(math.floor(x))


def copysign1(x: float) -> float:
    """1.0 or -1.0 with the sign of x (also of -0.0 and of NaN's sign)."""
    return math.copysign(1.0, x)


# ---------------------------------------------------------------- frexp, ldexp, ulp

def frexp(x: float) -> tuple[float, int]:
    """(m, e) with x == m * 2**e and 0.5 <= |m| < 1; (x, 0) for zeros,
    infinities and NaN."""
    if x == 0.0 or not isfinite(x):
        return (x, 0)
    a = abs(x)
    e = 0
    if a < MIN_NORMAL:
        a = a * TWO54
        e = -54
    # bring a into [1, 2): first from above, then from below
    k = 512
    i = 0
    while i < 10:
        if a >= POW2_UP[i]:
            a = a * POW2_DOWN[i]
            e += k
        k = k // 2
        i += 1
    k = 512
    i = 0
    while i < 10:
        # invariant: 2**(1 - 2k) <= a < 2
        if a * POW2_UP[i] < 2.0:
            a = a * POW2_UP[i]
            e -= k
        k = k // 2
        i += 1
    a = a * 0.5
    e += 1
    if x < 0.0:
        a = -a
    return (a, e)


def ldexp(x: float, n: int) -> float:
    """x * 2**n rounded once (half to even); OverflowError("math range
    error") when a finite x overflows."""
    if x == 0.0 or not isfinite(x):
        return x
    if n > 100000:
        n = 100000
    elif n < -100000:
        n = -100000
    fe = frexp(x)
    m = fe[0]
    e = fe[1] + n
    if e > 1024:
        raise OverflowError("math range error")
    if e >= -1021:
        return scale2(m, e)
    # subnormal or zero: m * 2**(e + 1074) is the result in units of the
    # smallest subnormal; round it to an integer once
    if e + 1074 < 0:
        return 0.0 * m
    t = abs(scale2(m, e + 1074))
    r = (t + TWO52) - TWO52
    return copysign1(m) * scale2(r, -1074)


def nextafter(x: float, y: float) -> float:
    if x != x or y != y:
        return x + y
    if x == y:
        return y
    if x == 0.0:
        return math.copysign(MIN_SUBNORMAL, y)
    if not isfinite(x):
        return math.copysign(MAX_FLOAT, x)
    away = (y > x) == (x > 0.0)
    fe = frexp(x)
    step_e = fe[1] - 53
    if step_e < -1074:
        step_e = -1074
    if not away and abs(fe[0]) == 0.5 and step_e > -1074:
        step_e -= 1      # below a power of two the spacing halves
    # on magnitudes, so that a step down to zero keeps the sign of x
    step = scale2(1.0, step_e)
    if away:
        return math.copysign(abs(x) + step, x)
    return math.copysign(abs(x) - step, x)


def ulp(x: float) -> float:
    if x != x:
        return x
    x = abs(x)
    if not isfinite(x):
        return x
    up = nextafter(x, math.inf)
    if isfinite(up):
        return up - x
    return x - nextafter(x, -math.inf)


def remainder(x: float, y: float) -> float:
    """IEEE 754 remainder: x - n*y with n the integer nearest x/y (ties to
    even), computed exactly."""
    if x != x or y != y:
        return x + y
    if not isfinite(x) or y == 0.0:
        raise ValueError("math domain error")
    if not isfinite(y):
        return x
    ax = abs(x)
    ay = abs(y)
    m = math.fmod(ax, ay)        # exact; ax = q*ay + m
    c = ay - m                   # exact too: the distance up to the next multiple
    if m < c:
        r = m
    elif m > c:
        r = -c
    else:
        # halfway: pick the even quotient
        if ay > MAX_FLOAT / 2.0:
            even = ax < ay
        else:
            even = math.fmod(ax, 2.0 * ay) < ay
        r = m if even else -c
    return copysign1(x) * r


# ---------------------------------------------------------------- exp2 (glibc's algorithm)

# 2**(k/128) == EXP2_HI[k] * (1 + EXP2_TAIL[k]) for k in 0..127: HI is the
# double nearest 2**(k/128), TAIL the double nearest 2**(k/128)/HI - 1.
EXP2_TABLE: list[tuple[float, float]] = [
    (1.0, 0.0),
    (1.0054299011128027, 9.447885451727066e-17),
    (1.0108892860517005, -1.507066976926039e-17),
    (1.016378314910953, -5.679155082825012e-17),
    (1.0218971486541166, 4.9997448722726326e-17),
    (1.0274459491187637, -4.823683599994895e-17),
    (1.0330248790212284, 7.357846871247418e-18),
    (1.0386341019613787, 5.773230223741951e-17),
    (1.0442737824274138, 8.189317638195515e-17),
    (1.0499440858006872, 5.326891139980878e-17),
    (1.0556451783605572, 1.6665881442326747e-18),
    (1.061377227289262, -1.128113245461828e-17),
    (1.0671404006768237, -7.402825309426177e-17),
    (1.0729348675259756, -3.578659767309563e-18),
    (1.0787607977571199, -6.170654745608695e-17),
    (1.0846183622133092, 2.919139999949279e-17),
    (1.0905077326652577, -2.7939114859515733e-17),
    (1.0964290818163769, -5.399285355184285e-17),
    (1.102382583307841, 4.776959425256223e-17),
    (1.1083684117236787, -7.927701432338473e-17),
    (1.1143867425958924, 9.341710609905046e-17),
    (1.1204377524096067, -5.534520675707472e-17),
    (1.1265216186082418, 4.585670326662351e-17),
    (1.1326385195987192, 2.8582430411116143e-17),
    (1.1387886347566916, 7.826573258636076e-17),
    (1.1449721444318042, 4.053626906769216e-17),
    (1.1511892299529827, 2.823784425951061e-17),
    (1.1574400736337511, -7.882802262487991e-17),
    (1.1637248587775775, 3.2904726646008416e-17),
    (1.1700437696832502, -1.5792094703347882e-18),
    (1.1763969916502812, 4.721368121170128e-17),
    (1.182784710984341, 1.3045277096919659e-17),
    (1.189207115002721, 3.3484623336251524e-17),
    (1.1956643920398273, 3.8611199774925664e-17),
    (1.202156731452703, 5.527550048505249e-17),
    (1.2086843236265816, -3.927184172445234e-17),
    (1.215247359980469, -6.346552106729483e-17),
    (1.2218460329727576, -8.684417614865944e-17),
    (1.22848053610687, -1.5456342819397733e-17),
    (1.2351510639369334, -8.70763476495455e-17),
    (1.241857812073484, 3.750854201303127e-17),
    (1.2486009771892048, -6.616854503526488e-17),
    (1.255380757024691, -5.346099009198751e-18),
    (1.2621973503942507, -2.443726321015018e-17),
    (1.2690509571917332, 2.1023049675215714e-18),
    (1.275941778396392, 7.771067937501065e-17),
    (1.2828700160787783, 1.3357510088834541e-17),
    (1.2898358734066657, 6.938291696959204e-17),
    (1.2968395546510096, 1.9572585293112036e-17),
    (1.3038812651919358, 6.632256961675804e-17),
    (1.3109612115247644, -5.478069123926778e-17),
    (1.318079601266064, -4.140839310392624e-17),
    (1.3252366431597413, -2.1571477251208752e-17),
    (1.3324325470831615, -3.8287766552120535e-17),
    (1.339667524053303, 6.663804589232195e-17),
    (1.3469417862329458, 2.3936187400285282e-17),
    (1.3542555469368927, 5.68648095791174e-17),
    (1.3616090206382248, 1.1264523354521684e-18),
    (1.3690024229745905, 7.007875046906994e-17),
    (1.3764359707545302, -5.0119214278381254e-17),
    (1.383909881963832, -4.8923067513522756e-17),
    (1.3914243757719262, -3.5260089953269434e-17),
    (1.3989796725383112, -6.872303720902018e-17),
    (1.4065759938190154, 5.001446664133532e-18),
    (1.4142135623730951, -6.835808657661922e-17),
    (1.4218926021691656, -1.1307344092910212e-17),
    (1.42961333839197, -8.416011634717156e-18),
    (1.4373759974489824, -2.9247977035436566e-17),
    (1.4451808069770467, -2.092304381843353e-17),
    (1.4530279958490526, -3.9778645875427124e-17),
    (1.460917794180647, -3.833464968654295e-17),
    (1.4688504333369818, 5.763611164480894e-17),
    (1.4768261459394993, -2.3591094770850053e-17),
    (1.4848451658727524, 7.260074661098575e-17),
    (1.4929077282912648, 9.50689710108796e-18),
    (1.5010140696264256, -4.272956133839906e-17),
    (1.5091644275934228, -6.735219232374683e-17),
    (1.5173590411982147, -2.8396044410430936e-17),
    (1.5255981507445384, -7.226635472101257e-17),
    (1.533881997840956, 5.786121003395918e-17),
    (1.5422108254079407, 5.1548301170786783e-17),
    (1.550584877685, -9.416257568878152e-18),
    (1.559004400237837, 2.4253985766689806e-17),
    (1.567469639965553, -6.604314051707707e-17),
    (1.5759808451078865, -6.432131775424189e-18),
    (1.5845382652524937, -1.2204007601863921e-17),
    (1.593142151342267, -6.336161863401293e-17),
    (1.6017927556826934, -3.7800879246373815e-17),
    (1.6104903319492543, 1.5341410053603723e-17),
    (1.6192351351948637, 1.2932855580427452e-17),
    (1.6280274218573478, -4.123367330661149e-17),
    (1.6368674497669644, 4.703083974463456e-17),
    (1.645755478153965, -6.152602891550265e-17),
    (1.6546917676561943, 5.827849326195279e-17),
    (1.6636765803267364, 3.540948262646183e-17),
    (1.6727101796415966, -3.2741571320938764e-17),
    (1.681792830507429, 4.875160526227062e-17),
    (1.6909247992693053, -5.718569790077838e-17),
    (1.7001063537185235, -4.719539664590972e-18),
    (1.709337763100463, -5.773451958805706e-17),
    (1.718619298122478, -1.0772487078934056e-17),
    (1.7279512309618377, -6.221808618533911e-17),
    (1.7373338352737062, 1.821405440362259e-17),
    (1.746767386199169, -6.155536546227639e-17),
    (1.7562521603732995, 1.685487290628973e-17),
    (1.7657884359332727, 5.3581249177694816e-17),
    (1.7753764925265212, 3.621615935336894e-17),
    (1.785016611318935, 8.588379527574144e-18),
    (1.7947090750031072, 1.01562190116415e-17),
    (1.804454167806624, -2.869134889187244e-17),
    (1.8142521755003989, -5.495118966122005e-17),
    (1.8241033854070534, -5.56965572431627e-17),
    (1.8340080864093424, 1.790126907604513e-17),
    (1.843966568958626, -3.2211766346200164e-17),
    (1.8539791250833855, 5.265370768556274e-17),
    (1.864046048397789, 3.5089866402403033e-17),
    (1.8741676341103, -3.266924100901318e-17),
    (1.8843441790323345, -4.3657593008079375e-17),
    (1.8945759815869656, 1.7963932659833022e-17),
    (1.9048633418176741, 3.4300925275214166e-17),
    (1.9152065613971474, -5.545065618639427e-17),
    (1.925605943636125, -5.149009745457733e-17),
    (1.9360617934922943, 5.336805878514151e-17),
    (1.9465744175792332, 3.498978661192973e-17),
    (1.9571441241754002, 4.5784915277060095e-17),
    (1.9677712232331759, -5.241934575393899e-17),
    (1.978456026387951, 2.0414278897578303e-17),
    (1.9891988469672663, 4.124842848606488e-18),
]
# 1.5 * 2**52 / 128: adding and subtracting it rounds x to a multiple of 1/128
EXP2_SHIFT = 52776558133248.0
# minimax polynomial for 2**r - 1 on |r| <= 1/256
EXP2_POLY: list[float] = [0.6931471805599453, 0.24022650695909065, 0.0555041086686087, 0.009618131975721055, 0.0013332074570119598]
TWO_M1022 = 2.2250738585072014e-308


def exp2(x: float) -> float:
    """2**x as glibc computes it: x = k/128 + r, 2**(k/128) from the table,
    2**r from the polynomial; OverflowError("math range error") above the
    largest double."""
    if x != x:
        return x
    ax = abs(x)
    if ax < 5.551115123125783e-17:          # 2**-54
        return 1.0 + x
    near_limits = False
    if ax >= 512.0:
        if ax >= 1024.0:
            if not isfinite(x):
                return 0.0 if x < 0.0 else x
            if x > 0.0:
                raise OverflowError("math range error")
            if x <= -1075.0:
                return 0.0
        near_limits = ax > 928.0
    kd = x + EXP2_SHIFT
    kd -= EXP2_SHIFT
    k = int(kd * 128.0)
    r = x - kd
    entry = EXP2_TABLE[k % 128]
    tail = entry[1]
    r2 = r * r
    tmp = tail + r * EXP2_POLY[0] + r2 * (EXP2_POLY[1] + r * EXP2_POLY[2]) + \
        r2 * r2 * (EXP2_POLY[3] + r * EXP2_POLY[4])
    e = k // 128
    if not near_limits:
        scale = scale2(entry[0], e)
        return scale + scale * tmp
    if k > 0:
        scale = scale2(entry[0], e - 1)
        y = 2.0 * (scale + scale * tmp)
        if not isfinite(y):
            raise OverflowError("math range error")
        return y
    # towards the subnormals: round at 1.0 first so that the final scaling
    # rounds only once
    scale = scale2(entry[0], e + 1022)
    y = scale + scale * tmp
    if y < 1.0:
        lo = scale - y + scale * tmp
        hi = 1.0 + y
        lo = 1.0 - hi + y + lo
        y = (hi + lo) - 1.0
        if y == 0.0:
            y = 0.0
    return TWO_M1022 * y


# ---------------------------------------------------------------- cbrt (glibc's algorithm)

CBRT2 = 1.2599210498948731648
SQR_CBRT2 = 1.5874010519681994748
CBRT_FACTOR: list[float] = [1.0 / SQR_CBRT2, 1.0 / CBRT2, 1.0, CBRT2, SQR_CBRT2]


def cbrt(x: float) -> float:
    if x == 0.0 or not isfinite(x):
        return x + x
    fe = frexp(abs(x))
    xm = fe[0]
    xe = fe[1]
    # a polynomial start, then one Halley step on the reduced argument
    u = (0.354895765043919860
         + ((1.50819193781584896
             + ((-2.11499494167371287
                 + ((2.44693122563534430
                     + ((-1.83469277483613086
                         + (0.784932344976639262 - 0.145263899385486377 * xm) * xm)
                        * xm))
                    * xm))
                * xm))
            * xm))
    t2 = u * u * u
    # C's xe % 3 and xe / 3 truncate toward zero
    q = abs(xe) // 3
    if xe < 0:
        q = -q
    rem = xe - 3 * q
    ym = u * (t2 + 2.0 * xm) / (2.0 * t2 + xm) * CBRT_FACTOR[2 + rem]
    if x < 0.0:
        ym = -ym
    return scale2(ym, q)


# ---------------------------------------------------------------- erf, erfc (glibc's fdlibm algorithm)

ERF_TINY = 1e-300
ERX = 8.45062911510467529297e-01
EFX = 1.28379167095512586316e-01
PP: list[float] = [1.28379167095512558561e-01, -3.25042107247001499370e-01, -2.84817495755985104766e-02,
                   -5.77027029648944159157e-03, -2.37630166566501626084e-05]
QQ: list[float] = [0.0, 3.97917223959155352819e-01, 6.50222499887672944485e-02, 5.08130628187576562776e-03,
                   1.32494738004321644526e-04, -3.96022827877536812320e-06]
PA: list[float] = [-2.36211856075265944077e-03, 4.14856118683748331666e-01, -3.72207876035701323847e-01,
                   3.18346619901161753674e-01, -1.10894694282396677476e-01, 3.54783043256182359371e-02,
                   -2.16637559486879084300e-03]
QA: list[float] = [0.0, 1.06420880400844228286e-01, 5.40397917702171048937e-01, 7.18286544141962662868e-02,
                   1.26171219808761642112e-01, 1.36370839120290507362e-02, 1.19844998467991074170e-02]
RA: list[float] = [-9.86494403484714822705e-03, -6.93858572707181764372e-01, -1.05586262253232909814e+01,
                   -6.23753324503260060396e+01, -1.62396669462573470355e+02, -1.84605092906711035994e+02,
                   -8.12874355063065934246e+01, -9.81432934416914548592e+00]
SA: list[float] = [0.0, 1.96512716674392571292e+01, 1.37657754143519042600e+02, 4.34565877475229228821e+02,
                   6.45387271733267880336e+02, 4.29008140027567833386e+02, 1.08635005541779435134e+02,
                   6.57024977031928170135e+00, -6.04244152148580987438e-02]
RB: list[float] = [-9.86494292470009928597e-03, -7.99283237680523006574e-01, -1.77579549177547519889e+01,
                   -1.60636384855821916062e+02, -6.37566443368389627722e+02, -1.02509513161107724954e+03,
                   -4.83519191608651397019e+02]
SB: list[float] = [0.0, 3.03380607434824582924e+01, 3.25792512996573918826e+02, 1.53672958608443695994e+03,
                   3.19985821950859553908e+03, 2.55305040643316442583e+03, 4.74528541206955367215e+02,
                   -2.24409524465858183362e+01]
# The interval bounds, as doubles (the C code compares high words).
ERF_SMALL = 3.725290298461914e-09          # 2**-28
ERF_UNDERFLOW = 2.848094538889218e-306
ERF_MID = 2.8571434020996094               # ~ 1/0.35 (erf)
ERFC_MID = 2.8571414947509766              # ~ 1/0.35 (erfc)
ERFC_TINY = 1.3877787807814457e-17         # 2**-56


def erf_small_ratio(x: float) -> float:
    """(erf(x) - x) / x for |x| < 0.84375, as the rational R(x*x)."""
    z = x * x
    r1 = PP[0] + z * PP[1]
    z2 = z * z
    r2 = PP[2] + z * PP[3]
    z4 = z2 * z2
    s1 = 1.0 + z * QQ[1]
    s2 = QQ[2] + z * QQ[3]
    s3 = QQ[4] + z * QQ[5]
    r = r1 + z2 * r2 + z4 * PP[4]
    s = s1 + z2 * s2 + z4 * s3
    return r / s


def erf_near_one(ax: float) -> float:
    """erf(|x|) - ERX for 0.84375 <= |x| < 1.25, as P1(s)/Q1(s), s = |x|-1."""
    s = ax - 1.0
    p1 = PA[0] + s * PA[1]
    s2 = s * s
    q1 = 1.0 + s * QA[1]
    s4 = s2 * s2
    p2 = PA[2] + s * PA[3]
    s6 = s4 * s2
    q2 = QA[2] + s * QA[3]
    p3 = PA[4] + s * PA[5]
    q3 = QA[4] + s * QA[5]
    p = p1 + s2 * p2 + s4 * p3 + s6 * PA[6]
    q = q1 + s2 * q2 + s4 * q3 + s6 * QA[6]
    return p / q


def erfc_tail(ax: float, mid: float) -> float:
    """x * erfc(x) for 1.25 <= x < 28, as exp(-x*x - 0.5625 + R/S) with
    the square split so that it is exact."""
    s = 1.0 / (ax * ax)
    if ax < mid:
        r1 = RA[0] + s * RA[1]
        s2 = s * s
        t1 = 1.0 + s * SA[1]
        s4 = s2 * s2
        r2 = RA[2] + s * RA[3]
        s6 = s4 * s2
        t2 = SA[2] + s * SA[3]
        s8 = s4 * s4
        r3 = RA[4] + s * RA[5]
        t3 = SA[4] + s * SA[5]
        r4 = RA[6] + s * RA[7]
        t4 = SA[6] + s * SA[7]
        big_r = r1 + s2 * r2 + s4 * r3 + s6 * r4
        big_s = t1 + s2 * t2 + s4 * t3 + s6 * t4 + s8 * SA[8]
    else:
        r1 = RB[0] + s * RB[1]
        s2 = s * s
        t1 = 1.0 + s * SB[1]
        s4 = s2 * s2
        r2 = RB[2] + s * RB[3]
        s6 = s4 * s2
        t2 = SB[2] + s * SB[3]
        r3 = RB[4] + s * RB[5]
        t3 = SB[4] + s * SB[5]
        t4 = SB[6] + s * SB[7]
        big_r = r1 + s2 * r2 + s4 * r3 + s6 * RB[6]
        big_s = t1 + s2 * t2 + s4 * t3 + s6 * t4
    # z: ax with its low 32 bits cleared (20 fraction bits), so z*z is exact
    fe = frexp(ax)
    z = scale2(float(math.floor(scale2(fe[0], 21))), fe[1] - 21)
    return math.exp(-z * z - 0.5625) * math.exp((z - ax) * (z + ax) + big_r / big_s)


def erf(x: float) -> float:
    if x != x:
        return x
    if not isfinite(x):
        return copysign1(x)
    ax = abs(x)
    if ax < 0.84375:
        if ax < ERF_SMALL:
            if ax < ERF_UNDERFLOW:
                return 0.0625 * (16.0 * x + (16.0 * EFX) * x)
            return x + EFX * x
        return x + x * erf_small_ratio(x)
    if ax < 1.25:
        if x >= 0.0:
            return ERX + erf_near_one(ax)
        return -ERX - erf_near_one(ax)
    if ax >= 6.0:
        if x >= 0.0:
            return 1.0 - ERF_TINY
        return ERF_TINY - 1.0
    r = erfc_tail(ax, ERF_MID)
    if x >= 0.0:
        return 1.0 - r / ax
    return r / ax - 1.0


def erfc(x: float) -> float:
    if x != x:
        return x
    if not isfinite(x):
        return 0.0 if x > 0.0 else 2.0
    ax = abs(x)
    if ax < 0.84375:
        if ax < ERFC_TINY:
            return 1.0 - x
        y = erf_small_ratio(x)
        if x < 0.25:
            return 1.0 - (x + x * y)
        r = x * y
        r += x - 0.5
        return 0.5 - r
    if ax < 1.25:
        if x >= 0.0:
            return (1.0 - ERX) - erf_near_one(ax)
        return 1.0 + (ERX + erf_near_one(ax))
    if ax < 28.0:
        if x < 0.0 and ax >= 6.0:
            return 2.0 - ERF_TINY
        r = erfc_tail(ax, ERFC_MID)
        if x > 0.0:
            return r / ax
        return 2.0 - r / ax
    if x > 0.0:
        return ERF_TINY * ERF_TINY
    return 2.0 - ERF_TINY


# ---------------------------------------------------------------- gamma, lgamma (Lanczos)

LANCZOS_G = 6.024680040776729583740234375
LANCZOS_G_MINUS_HALF = 5.524680040776729583740234375
LANCZOS_NUM: list[float] = [
    23531376880.410759688572007674451636754734846804940,
    42919803642.649098768957899047001988850926355848959,
    35711959237.355668049440185451547166705960488635843,
    17921034426.037209699919755754458931112671403265390,
    6039542586.3520280050642916443072979210699388420708,
    1439720407.3117216736632230727949123939715485786772,
    248874557.86205415651146038641322942321632125127801,
    31426415.585400194380614231628318205362874684987640,
    2876370.6289353724412254090516208496135991145378768,
    186056.26539522349504029498971604569928220784236328,
    8071.6720023658162106380029022722506138218516325024,
    210.82427775157934587250973392071336271166969580291,
    2.5066282746310002701649081771338373386264310793408]
# the denominator is x(x+1)...(x+11), expanded
LANCZOS_DEN: list[float] = [0.0, 39916800.0, 120543840.0, 150917976.0, 105258076.0, 45995730.0,
                            13339535.0, 2637558.0, 357423.0, 32670.0, 1925.0, 66.0, 1.0]
LOG_PI = 1.144729885849400174143427351353058711647


def factorials_as_floats(n: int) -> list[float]:
    """[0!, 1!, ..., (n-1)!]: exact doubles for n <= 23."""
    out: list[float] = []
    f = 1.0
    i = 0
    while i < n:
        out.append(f)
        i += 1
        f = f * float(i)
    return out


GAMMA_INTEGRAL: list[float] = factorials_as_floats(23)


def lanczos_sum(x: float) -> float:
    """The Lanczos rational function at x > 0: Horner in x below 5, in 1/x
    above (numerator and denominator scaled alike, so no overflow)."""
    num = 0.0
    den = 0.0
    n = len(LANCZOS_NUM)
    if x < 5.0:
        i = n - 1
        while i >= 0:
            num = num * x + LANCZOS_NUM[i]
            den = den * x + LANCZOS_DEN[i]
            i -= 1
    else:
        i = 0
        while i < n:
            num = num / x + LANCZOS_NUM[i]
            den = den / x + LANCZOS_DEN[i]
            i += 1
    return num / den


def sinpi(x: float) -> float:
    """sin(pi*x) for finite x, reduced to [0, 2) first so that it is exact
    at integers and half-integers."""
    y = math.fmod(abs(x), 2.0)
    # n = C's round(2y): halves away from zero
    t = 2.0 * y
    n = math.floor(t)
    if t - float(n) >= 0.5:
        n += 1
    if n == 0:
        r = math.sin(math.pi * y)
    elif n == 1:
        r = math.cos(math.pi * (y - 0.5))
    elif n == 2:
        r = math.sin(math.pi * (1.0 - y))
    elif n == 3:
        r = -math.cos(math.pi * (y - 1.5))
    else:
        r = math.sin(math.pi * (y - 2.0))
    return copysign1(x) * r


def gamma(x: float) -> float:
    if not isfinite(x):
        if x != x or x > 0.0:
            return x
        raise ValueError("math domain error")
    if x == 0.0:
        raise ValueError("math domain error")
    if x == floor_f(x):
        if x < 0.0:
            raise ValueError("math domain error")
        if x <= 23.0:
            return GAMMA_INTEGRAL[int(x) - 1]
    ax = abs(x)
    if ax < 1e-20:
        r = 1.0 / x
        if not isfinite(r):
            raise OverflowError("math range error")
        return r
    if ax > 200.0:
        if x < 0.0:
            return 0.0 / sinpi(x)
        raise OverflowError("math range error")
    y = ax + LANCZOS_G_MINUS_HALF
    # z: the rounding error of y, scaled, to correct the power below
    if ax > LANCZOS_G_MINUS_HALF:
        q = y - ax
        z = q - LANCZOS_G_MINUS_HALF
    else:
        q = y - LANCZOS_G_MINUS_HALF
        z = q - ax
    z = z * LANCZOS_G / y
    if x < 0.0:
        r = -math.pi / sinpi(ax) / ax * math.exp(y) / lanczos_sum(ax)
        r -= z * r
        if ax < 140.0:
            r /= math.pow(y, ax - 0.5)
        else:
            sqrtpow = math.pow(y, ax / 2.0 - 0.25)
            r /= sqrtpow
            r /= sqrtpow
    else:
        r = lanczos_sum(ax) / math.exp(y)
        r += z * r
        if ax < 140.0:
            r *= math.pow(y, ax - 0.5)
        else:
            sqrtpow = math.pow(y, ax / 2.0 - 0.25)
            r *= sqrtpow
            r *= sqrtpow
    if not isfinite(r):
        raise OverflowError("math range error")
    return r


def lgamma(x: float) -> float:
    if not isfinite(x):
        if x != x:
            return x
        return math.inf
    if x == floor_f(x) and x <= 2.0:
        if x <= 0.0:
            raise ValueError("math domain error")
        return 0.0
    ax = abs(x)
    if ax < 1e-20:
        return -math.log(ax)
    r = math.log(lanczos_sum(ax)) - LANCZOS_G
    r += (ax - 0.5) * (math.log(ax + LANCZOS_G - 0.5) - 1.0)
    if x < 0.0:
        # reflection: Gamma(x) * Gamma(-x) = -pi / (x sin(pi x))
        r = LOG_PI - math.log(abs(sinpi(ax))) - math.log(ax) - r
    if not isfinite(r):
        raise OverflowError("math range error")
    return r


# ---------------------------------------------------------------- fsum (Shewchuk)

def fsum(values: list[float]) -> float:
    """The correctly rounded sum: exact partial sums (non-overlapping,
    increasing magnitude), added from the top with a final check of the
    half-way case. ValueError for inf + -inf, OverflowError when a finite
    partial overflows."""
    partials: list[float] = []
    special = 0.0
    inf_sum = 0.0
    for v in values:
        x = v
        n = 0
        for p in partials:
            y = p
            if abs(x) < abs(y):
                t = x
                x = y
                y = t
            hi = x + y
            lo = y - (hi - x)
            if lo != 0.0:
                partials[n] = lo
                n += 1
            x = hi
        del partials[n:]
        if x != 0.0:
            if not isfinite(x):
                # an infinite or NaN summand, or an overflow of finite ones
                if isfinite(v):
                    raise OverflowError("intermediate overflow in fsum")
                if v == v:
                    inf_sum += v
                special += v
                del partials[:]
            else:
                partials.append(x)
    if special != 0.0:
        if inf_sum != inf_sum:
            raise ValueError("-inf + inf in fsum")
        return special
    n = len(partials)
    if n == 0:
        return 0.0
    n -= 1
    hi = partials[n]
    lo = 0.0
    while n > 0:
        x = hi
        n -= 1
        y = partials[n]
        hi = x + y
        lo = y - (hi - x)
        if lo != 0.0:
            break
    # the rest of the partials only matter when lo makes a tie: then they
    # decide which way it rounds
    if n > 0 and ((lo < 0.0 and partials[n - 1] < 0.0) or (lo > 0.0 and partials[n - 1] > 0.0)):
        y = lo * 2.0
        x = hi + y
        if y == x - hi:
            hi = x
    return hi


# ---------------------------------------------------------------- exact norms (hypot, dist)

def float_parts(x: float) -> tuple[rbigint, int]:
    """(m, e) with |x| == m * 2**e exactly, m an integer; x finite, nonzero."""
    fe = frexp(abs(x))
    return (rbigint.fromfloat(scale2(fe[0], 53)), fe[1] - 53)


def isqrt_big(n: rbigint) -> rbigint:
    """floor(sqrt(n)) for n >= 0 (Newton's iteration from above)."""
    if n.sign == 0:
        return n
    x = rbigint.fromint(1).lshift((n.bit_length() + 1) // 2 + 1)
    while True:
        y = x.add(n.floordiv(x)).rshift(1)
        if y.ge(x):
            return x
        x = y


def round_to_float(q: rbigint, exp: int, sticky: bool) -> float:
    """The double nearest (q + (a bit more, if sticky)) * 2**exp, q > 0,
    rounded once, half to even; inf when it overflows."""
    nbits = q.bit_length()
    top = nbits + exp                       # the value is in [2**(top-1), 2**top)
    keep = 53
    if top - 53 < -1074:
        keep = top + 1074                   # subnormal: fewer bits
    drop = nbits - keep
    if drop > 0:
        kept = q.rshift(drop)
        rest = q.sub(kept.lshift(drop))
        half = rbigint.fromint(1).lshift(drop - 1)
        c = rest.compare(half)
        if c > 0 or (c == 0 and sticky) or (c == 0 and kept.toint() & 1 == 1):
            kept = kept.add(rbigint.fromint(1))
        q = kept
        exp += drop
    if q.sign == 0:
        return 0.0
    if q.bit_length() + exp > 1024:
        return math.inf
    return scale2(float(q.toint()), exp)


def norm(values: list[float]) -> float:
    """sqrt(sum of squares), correctly rounded; inf if any value is
    infinite, else nan if any is NaN."""
    has_nan = False
    for v in values:
        if not isfinite(v):
            if v == v:
                return math.inf
            has_nan = True
    if has_nan:
        return math.nan
    parts: list[tuple[rbigint, int]] = []
    low = 0
    for v in values:
        if v != 0.0:
            p = float_parts(v)
            if len(parts) == 0 or 2 * p[1] < low:
                low = 2 * p[1]
            parts.append(p)
    if len(parts) == 0:
        return 0.0
    total = rbigint.zero()
    for p in parts:
        total = total.add(p[0].mul(p[0]).lshift(2 * p[1] - low))
    # scale to at least 2 * 64 significant bits, with an even exponent
    shift = 128 - total.bit_length()
    if shift < 0:
        shift = 0
    if (low - shift) % 2 != 0:
        shift += 1
    total = total.lshift(shift)
    root = isqrt_big(total)
    exact = root.mul(root).eq(total)
    return round_to_float(root, (low - shift) // 2, not exact)
