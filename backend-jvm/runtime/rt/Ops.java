package rt;

/** Checked integer arithmetic with Python semantics, and reference tests. */
public final class Ops {
    private Ops() {}

    private static OverflowError overflow() {
        return new OverflowError("integer overflow");
    }

    public static long add(long a, long b) {
        long r = a + b;
        if (((a ^ r) & (b ^ r)) < 0) {
            throw overflow();
        }
        return r;
    }

    public static long sub(long a, long b) {
        long r = a - b;
        if (((a ^ b) & (a ^ r)) < 0) {
            throw overflow();
        }
        return r;
    }

    public static long mul(long a, long b) {
        long r = a * b;
        long ua = Math.abs(a);
        long ub = Math.abs(b);
        if (((ua | ub) >>> 31) != 0) {
            if ((b != 0 && r / b != a) || (a == Long.MIN_VALUE && b == -1)) {
                throw overflow();
            }
        }
        return r;
    }

    public static long neg(long a) {
        if (a == Long.MIN_VALUE) {
            throw overflow();
        }
        return -a;
    }

    /** Python's `a // b`: rounds toward negative infinity. */
    public static long floordiv(long a, long b) {
        if (b == 0) {
            throw new ZeroDivisionError("integer division or modulo by zero");
        }
        if (a == Long.MIN_VALUE && b == -1) {
            throw overflow();
        }
        long q = a / b;
        if ((a % b != 0) && ((a ^ b) < 0)) {
            q -= 1;
        }
        return q;
    }

    /** Python's `a % b`: the result has the sign of the divisor. */
    public static long mod(long a, long b) {
        if (b == 0) {
            throw new ZeroDivisionError("integer modulo by zero");
        }
        long r = a % b;
        if (r != 0 && ((r ^ b) < 0)) {
            r += b;
        }
        return r;
    }

    /** Checked `a << b`. */
    public static long shl(long a, long b) {
        if (b < 0) {
            throw new ValueError("negative shift count");
        }
        if (a == 0) {
            return 0;
        }
        if (b >= 64) {
            throw overflow();
        }
        long r = a << b;
        if ((r >> b) != a) {
            throw overflow();
        }
        return r;
    }

    /** Arithmetic `a >> b`. */
    public static long shr(long a, long b) {
        if (b < 0) {
            throw new ValueError("negative shift count");
        }
        return a >> Math.min(b, 63);
    }

    public static long invert(long a) {
        return ~a;
    }

    public static boolean isnull(Object o) {
        return o == null;
    }

    public static boolean refeq(Object a, Object b) {
        return a == b;
    }

    public static long idhash(Object o) {
        return System.identityHashCode(o);
    }

    public static double tofloat(long a) {
        return (double) a;
    }

    public static long bits(double d) {
        return Double.doubleToRawLongBits(d);
    }

    public static double frombits(long b) {
        return Double.longBitsToDouble(b);
    }
}
