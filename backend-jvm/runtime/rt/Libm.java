package rt;

/**
 * The math-library primitives (fsqrt ...): each returns what C's function of
 * the same name returns (NaN and the infinities included) and never throws;
 * the prelude adds Python's errors.
 *
 * <p>{@code StrictMath} (fdlibm, the same result on every JVM) except for
 * exp, log, sin, cos and tan, where {@code Math} is used: on HotSpot these
 * are intrinsics that agree with glibc (and so with CPython) far more often
 * than fdlibm does (exp(1.0) is 2.718281828459045 there, 2.7182818284590455
 * with fdlibm); cosh uses Math.exp in its middle range for the same reason,
 * and atan2 rounds to pi/2 itself where fdlibm is a bit off. log2, asinh,
 * acosh and atanh have no Java method: they are computed here (log2 to
 * nearly full precision, the others from log, log1p and sqrt).
 * docs/rpython.md ("Differences from CPython") measures what remains.
 */
public final class Libm {
    private Libm() {}

    private static final double LN2 = 0.6931471805599453;
    /** 1/ln(2) as a sum of two doubles. */
    private static final double INV_LN2_HI = 1.4426950408889634;
    private static final double INV_LN2_LO = 2.0355273740931033e-17;
    private static final double TWO_28 = 268435456.0;
    private static final double TWO_M28 = 1.0 / TWO_28;

    public static double sqrt(double x) {
        return StrictMath.sqrt(x);
    }

    public static double exp(double x) {
        return Math.exp(x);
    }

    public static double expm1(double x) {
        return StrictMath.expm1(x);
    }

    public static double log(double x) {
        return Math.log(x);
    }

    /**
     * x = m * 2^e with sqrt(1/2) < m <= sqrt(2): e + ln(m)/ln(2), exact for powers of two. ln(m) =
     * 2 atanh(s) with s = (m - 1)/(m + 1), |s| < 0.172, summed as a series with s carried as a sum
     * of two doubles: about 2^-60 relative error, so the result is almost always correctly rounded
     * (glibc's log2 differs from it in about 0.1% of random arguments).
     */
    public static double log2(double x) {
        if (!(x > 0.0) || Double.isInfinite(x)) {
            return Math.log(x);
        }
        int e = Math.getExponent(x);
        if (e < Double.MIN_EXPONENT) {
            x *= 0x1p54;
            e = Math.getExponent(x) - 54;
        }
        double m = Math.scalb(x, -Math.getExponent(x));
        if (m > 1.4142135623730951) {
            m *= 0.5;
            e += 1;
        }
        if (m == 1.0) {
            return e;
        }
        // s = f/d as s + sLo, with f = m - 1 exact and d = m + 1 as d + dLo.
        double f = m - 1.0;
        double d = m + 1.0;
        double dv = d - m;
        double dLo = (m - (d - dv)) + (1.0 - dv);
        double sv = f / d;
        double p = sv * d;
        double sLo = (((f - p) - productError(sv, d, p)) - sv * dLo) / d;
        double s2 = sv * sv;
        double q = 1.0 / 25;
        for (int k = 23; k >= 3; k -= 2) {
            q = 1.0 / k + s2 * q;
        }
        // ln(m) = 2s + 2s^3 (1/3 + s^2/5 + ...) as lnHi + lnLo.
        double lnHi = 2.0 * sv;
        double lnLo = 2.0 * sLo + 2.0 * (sv * s2 * q);
        double t = lnHi + lnLo;
        lnLo -= t - lnHi;
        lnHi = t;
        // ln(m)/ln(2) as hi + lo, then e + hi + lo with the error of the sum.
        double hi = lnHi * INV_LN2_HI;
        double lo = productError(lnHi, INV_LN2_HI, hi) + lnHi * INV_LN2_LO + lnLo * INV_LN2_HI;
        double sum = e + hi;
        double bv = sum - e;
        double err = (e - (sum - bv)) + (hi - bv);
        return sum + (err + lo);
    }

    /** The rounding error a * b - p of p = a * b, exactly (Dekker; no overflow). */
    private static double productError(double a, double b, double p) {
        double t = 134217729.0 * a;
        double ah = t - (t - a);
        double al = a - ah;
        t = 134217729.0 * b;
        double bh = t - (t - b);
        double bl = b - bh;
        return ((ah * bh - p) + ah * bl + al * bh) + al * bl;
    }

    public static double log10(double x) {
        return StrictMath.log10(x);
    }

    public static double log1p(double x) {
        return StrictMath.log1p(x);
    }

    public static double sin(double x) {
        return Math.sin(x);
    }

    public static double cos(double x) {
        return Math.cos(x);
    }

    public static double tan(double x) {
        return Math.tan(x);
    }

    public static double asin(double x) {
        return StrictMath.asin(x);
    }

    public static double acos(double x) {
        return StrictMath.acos(x);
    }

    public static double atan(double x) {
        return StrictMath.atan(x);
    }

    /** floor(log2(|x|)) of a finite nonzero x, subnormals included. */
    private static int exponent(double x) {
        int e = Math.getExponent(x);
        return e < Double.MIN_EXPONENT ? Math.getExponent(x * 0x1p54) - 54 : e;
    }

    /**
     * fdlibm's atan2, except where |y/x| > 2^60: there the exact result is within 2^-59 of pi/2,
     * which rounds to the double nearest pi/2 (fdlibm gives the next one when x < 0).
     */
    public static double atan2(double y, double x) {
        if (x - x == 0.0 && y - y == 0.0 && x != 0.0
                && exponent(y) - exponent(x) > 60) {
            return Math.copySign(Math.PI / 2, y);
        }
        return StrictMath.atan2(y, x);
    }

    public static double sinh(double x) {
        return StrictMath.sinh(x);
    }

    /**
     * fdlibm's cosh, but (e^|x| + e^-|x|)/2 with Math.exp between 0.5 ln 2 and 22: fdlibm's exp
     * there is less accurate (cosh(1.0) would be 1.543080634815244, glibc's 1.5430806348152437).
     */
    public static double cosh(double x) {
        double a = Math.abs(x);
        if (a < 0.34657359027997264 || !(a <= 22.0)) {
            return StrictMath.cosh(x);
        }
        double t = Math.exp(a);
        return 0.5 * t + 0.5 / t;
    }

    public static double tanh(double x) {
        return StrictMath.tanh(x);
    }

    /** asinh(x) = sign(x) * log(|x| + sqrt(x^2 + 1)), rearranged against cancellation. */
    public static double asinh(double x) {
        if (Double.isNaN(x) || Double.isInfinite(x) || x == 0.0) {
            return x;
        }
        double a = Math.abs(x);
        double r;
        if (a < TWO_M28) {
            return x;
        } else if (a > TWO_28) {
            r = Math.log(a) + LN2;
        } else if (a > 2.0) {
            r = Math.log(2.0 * a + 1.0 / (StrictMath.sqrt(a * a + 1.0) + a));
        } else {
            double a2 = a * a;
            r = StrictMath.log1p(a + a2 / (1.0 + StrictMath.sqrt(1.0 + a2)));
        }
        return Math.copySign(r, x);
    }

    /** acosh(x) = log(x + sqrt(x^2 - 1)) for x >= 1, NaN below. */
    public static double acosh(double x) {
        if (Double.isNaN(x)) {
            return x;
        }
        if (x < 1.0) {
            return Double.NaN;
        }
        if (x == 1.0) {
            return 0.0;
        }
        if (Double.isInfinite(x)) {
            return x;
        }
        if (x > TWO_28) {
            return Math.log(x) + LN2;
        }
        if (x > 2.0) {
            return Math.log(2.0 * x - 1.0 / (x + StrictMath.sqrt(x * x - 1.0)));
        }
        double t = x - 1.0;
        return StrictMath.log1p(t + StrictMath.sqrt(2.0 * t + t * t));
    }

    /** atanh(x) = log((1 + x) / (1 - x)) / 2; ±inf at ±1, NaN beyond. */
    public static double atanh(double x) {
        if (Double.isNaN(x)) {
            return x;
        }
        double a = Math.abs(x);
        if (a > 1.0) {
            return Double.NaN;
        }
        if (a == 1.0) {
            return Math.copySign(Double.POSITIVE_INFINITY, x);
        }
        if (a < TWO_M28) {
            return x;
        }
        double r;
        if (a < 0.5) {
            double t = a + a;
            r = 0.5 * StrictMath.log1p(t + t * a / (1.0 - a));
        } else {
            r = 0.5 * StrictMath.log1p((a + a) / (1.0 - a));
        }
        return Math.copySign(r, x);
    }

    /** C's fmod: Java's % on doubles is the exact remainder with the sign of x. */
    public static double cfmod(double x, double y) {
        return x % y;
    }

    public static double floor(double x) {
        return StrictMath.floor(x);
    }

    public static double ceil(double x) {
        return StrictMath.ceil(x);
    }
}
