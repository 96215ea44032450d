package rt;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.regex.Pattern;

/** Float primitives with CPython's semantics. */
public final class Flt {
    private Flt() {}

    public static boolean lt(double a, double b) {
        return a < b;
    }

    public static boolean le(double a, double b) {
        return a <= b;
    }

    public static boolean gt(double a, double b) {
        return a > b;
    }

    public static boolean ge(double a, double b) {
        return a >= b;
    }

    public static boolean eq(double a, double b) {
        return a == b;
    }

    public static boolean ne(double a, double b) {
        return a != b;
    }

    public static double div(double a, double b) {
        if (b == 0.0) {
            throw new ZeroDivisionError("float division by zero");
        }
        return a / b;
    }

    /** CPython's float_rem (Java's % on doubles is C's fmod). */
    public static double mod(double vx, double wx) {
        if (wx == 0.0) {
            throw new ZeroDivisionError("float modulo");
        }
        double mod = vx % wx;
        if (mod != 0.0) {
            if ((wx < 0) != (mod < 0)) {
                mod += wx;
            }
        } else {
            mod = Math.copySign(0.0, wx);
        }
        return mod;
    }

    /** CPython's float_floor_div (via _float_div_mod). */
    public static double floordiv(double vx, double wx) {
        if (wx == 0.0) {
            throw new ZeroDivisionError("float floor division by zero");
        }
        double mod = vx % wx;
        double div = (vx - mod) / wx;
        if (mod != 0.0) {
            if ((wx < 0) != (mod < 0)) {
                div -= 1.0;
            }
        }
        double floordiv;
        if (div != 0.0) {
            floordiv = Math.floor(div);
            if (div - floordiv > 0.5) {
                floordiv += 1.0;
            }
        } else {
            floordiv = Math.copySign(0.0, vx / wx);
        }
        return floordiv;
    }

    private static boolean isOddInteger(double x) {
        return Math.abs(x % 2.0) == 1.0;
    }

    /** CPython's float_pow (a complex result is a ValueError). */
    public static double pow(double iv, double iw) {
        if (iw == 0.0) {
            return 1.0;
        }
        if (Double.isNaN(iv)) {
            return iv;
        }
        if (Double.isNaN(iw)) {
            return iv == 1.0 ? 1.0 : iw;
        }
        if (Double.isInfinite(iw)) {
            double a = Math.abs(iv);
            if (a == 1.0) {
                return 1.0;
            } else if ((iw > 0.0) == (a > 1.0)) {
                return Math.abs(iw);
            } else {
                return 0.0;
            }
        }
        if (Double.isInfinite(iv)) {
            boolean odd = isOddInteger(iw);
            if (iw > 0.0) {
                return odd ? iv : Math.abs(iv);
            } else {
                return odd ? Math.copySign(0.0, iv) : 0.0;
            }
        }
        if (iv == 0.0) {
            boolean odd = isOddInteger(iw);
            if (iw < 0.0) {
                throw new ZeroDivisionError("0.0 cannot be raised to a negative power");
            }
            return odd ? iv : 0.0;
        }
        boolean negate = false;
        if (iv < 0.0) {
            if (iw != Math.floor(iw)) {
                throw new ValueError("math domain error");
            }
            iv = -iv;
            negate = isOddInteger(iw);
        }
        if (iv == 1.0) {
            return negate ? -1.0 : 1.0;
        }
        double ix = Math.pow(iv, iw);
        if (negate) {
            ix = -ix;
        }
        if (Double.isInfinite(ix)) {
            throw new OverflowError("(34, 'Numerical result out of range')");
        }
        return ix;
    }

    public static long toint(double d) {
        if (Double.isNaN(d)) {
            throw new ValueError("cannot convert float NaN to integer");
        }
        if (Double.isInfinite(d)) {
            throw new OverflowError("cannot convert float infinity to integer");
        }
        // -2^63 is exact; 2^63 is the first double above the range.
        if (d >= 9.223372036854775808E18 || d <= -9.223372036854777856E18) {
            throw new OverflowError("integer overflow");
        }
        return (long) d;
    }

    private static int precision(long p) {
        // The digits of a larger precision would not fit in a string.
        return (int) Math.max(0, Math.min(p, Integer.MAX_VALUE - 1));
    }

    private static String special(double d) {
        if (Double.isNaN(d)) {
            return "nan";
        }
        if (Double.isInfinite(d)) {
            return d > 0 ? "inf" : "-inf";
        }
        return null;
    }

    private static String zeros(int n) {
        StringBuilder sb = new StringBuilder(n);
        for (int i = 0; i < n; i++) {
            sb.append('0');
        }
        return sb.toString();
    }

    /** C's `%.*e`, correctly rounded (half to even on the exact value). */
    public static Str fmtE(double d, long p) {
        String sp = special(d);
        if (sp != null) {
            return Str.of(sp);
        }
        int prec = precision(p);
        boolean neg = Double.doubleToRawLongBits(d) < 0;
        double a = Math.abs(d);
        String digits;
        long exp;
        if (a == 0.0) {
            digits = zeros(prec + 1);
            exp = 0;
        } else {
            BigDecimal r = new BigDecimal(a).round(new MathContext(prec + 1, RoundingMode.HALF_EVEN));
            String u = r.unscaledValue().toString();
            exp = (long) u.length() - 1 - r.scale();
            digits = u.length() >= prec + 1 ? u.substring(0, prec + 1) : u + zeros(prec + 1 - u.length());
        }
        StringBuilder sb = new StringBuilder();
        if (neg) {
            sb.append('-');
        }
        sb.append(digits.charAt(0));
        if (prec > 0) {
            sb.append('.').append(digits, 1, digits.length());
        }
        sb.append('e').append(exp < 0 ? '-' : '+');
        long ae = Math.abs(exp);
        if (ae < 10) {
            sb.append('0');
        }
        sb.append(ae);
        return Str.of(sb.toString());
    }

    /** C's `%.*f`, correctly rounded. */
    public static Str fmtF(double d, long p) {
        String sp = special(d);
        if (sp != null) {
            return Str.of(sp);
        }
        int prec = precision(p);
        boolean neg = Double.doubleToRawLongBits(d) < 0;
        String body = new BigDecimal(Math.abs(d)).setScale(prec, RoundingMode.HALF_EVEN).toPlainString();
        return Str.of(neg ? "-" + body : body);
    }

    private static final Pattern LITERAL =
            Pattern.compile("[+-]?([0-9]+(\\.[0-9]*)?|\\.[0-9]+)([eE][+-]?[0-9]+)?");

    /** A decimal float literal, correctly rounded. */
    public static double parse(Str s) {
        if (!LITERAL.matcher(s.s).matches()) {
            throw new ValueError("could not convert string to float");
        }
        try {
            return Double.parseDouble(s.s);
        } catch (NumberFormatException e) {
            throw new ValueError("could not convert string to float");
        }
    }

    public static double now() {
        java.time.Instant t = java.time.Instant.now();
        return t.getEpochSecond() + t.getNano() / 1e9;
    }

    public static double perfCounter() {
        return System.nanoTime() / 1e9;
    }
}
