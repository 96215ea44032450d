// SPDX-License-Identifier: MIT OR Apache-2.0
// Runtime of the CLI backend: float primitives. Formatting and parsing
// use exact big-integer arithmetic (System.Numerics.BigInteger), so both
// are correctly rounded (half to even on the exact binary value, as
// glibc's printf and strtod).

using System.Numerics;
using System.Text;

namespace Rt
{
    public static class Flt
    {
        static double CopySign(double x, double s)
        {
            long bx = System.BitConverter.DoubleToInt64Bits(x) & long.MaxValue;
            long bs = System.BitConverter.DoubleToInt64Bits(s) & long.MinValue;
            return System.BitConverter.Int64BitsToDouble(bx | bs);
        }

        public static double Div(double a, double b)
        {
            if (b == 0.0)
                throw new ZeroDivisionError("float division by zero");
            return a / b;
        }

        // CPython's float_divmod.
        static void DivMod(double vx, double wx, out double floordiv, out double mod)
        {
            mod = vx % wx;
            double div = (vx - mod) / wx;
            if (mod != 0.0)
            {
                if ((wx < 0) != (mod < 0))
                {
                    mod += wx;
                    div -= 1.0;
                }
            }
            else
                mod = CopySign(0.0, wx);
            if (div != 0.0)
            {
                floordiv = System.Math.Floor(div);
                if (div - floordiv > 0.5)
                    floordiv += 1.0;
            }
            else
                floordiv = CopySign(0.0, vx / wx);
        }

        public static double FloorDiv(double a, double b)
        {
            if (b == 0.0)
                throw new ZeroDivisionError("float floor division by zero");
            double q, r;
            DivMod(a, b, out q, out r);
            return q;
        }

        public static double Mod(double a, double b)
        {
            if (b == 0.0)
                throw new ZeroDivisionError("float modulo");
            double q, r;
            DivMod(a, b, out q, out r);
            return r;
        }

        static bool IsOddInteger(double x)
        {
            return System.Math.Abs(x) % 2.0 == 1.0;
        }

        // CPython's float_pow.
        public static double Pow(double iv, double iw)
        {
            if (iw == 0.0)
                return 1.0;
            if (double.IsNaN(iv))
                return iv;
            if (double.IsNaN(iw))
                return iv == 1.0 ? 1.0 : iw;
            if (double.IsInfinity(iw))
            {
                double a = System.Math.Abs(iv);
                if (a == 1.0)
                    return 1.0;
                if ((iw > 0.0) == (a > 1.0))
                    return System.Math.Abs(iw);
                return 0.0;
            }
            if (double.IsInfinity(iv))
            {
                bool odd = IsOddInteger(iw);
                if (iw > 0.0)
                    return odd ? iv : System.Math.Abs(iv);
                return odd ? CopySign(0.0, iv) : 0.0;
            }
            if (iv == 0.0)
            {
                bool odd = IsOddInteger(iw);
                if (iw < 0.0)
                    throw new ZeroDivisionError("0.0 cannot be raised to a negative power");
                return odd ? iv : 0.0;
            }
            bool negate = false;
            if (iv < 0.0)
            {
                if (iw != System.Math.Floor(iw))
                    throw new ValueError("math domain error");
                iv = -iv;
                negate = IsOddInteger(iw);
            }
            if (iv == 1.0)
                return negate ? -1.0 : 1.0;
            double ix = System.Math.Pow(iv, iw);
            if (double.IsInfinity(ix))
                throw new OverflowError("(34, 'Numerical result out of range')");
            return negate ? -ix : ix;
        }

        public static long ToInt(double x)
        {
            if (double.IsNaN(x))
                throw new ValueError("cannot convert float NaN to integer");
            if (double.IsInfinity(x))
                throw new OverflowError("cannot convert float infinity to integer");
            double t = System.Math.Truncate(x);
            if (t >= 9223372036854775808.0 || t < -9223372036854775808.0)
                throw new OverflowError("integer overflow");
            return (long)t;
        }

        public static long Bits(double x)
        {
            return System.BitConverter.DoubleToInt64Bits(x);
        }

        public static double FromBits(long b)
        {
            return System.BitConverter.Int64BitsToDouble(b);
        }

        // |x| = m * 2^e exactly (x finite, nonzero).
        static void Decompose(double x, out BigInteger m, out int e)
        {
            long bits = System.BitConverter.DoubleToInt64Bits(x) & long.MaxValue;
            int be = (int)(bits >> 52);
            long frac = bits & 0xFFFFFFFFFFFFFL;
            if (be == 0)
            {
                m = frac;
                e = -1074;
            }
            else
            {
                m = frac | (1L << 52);
                e = be - 1075;
            }
        }

        // round_half_even(num / den) for positive num, den.
        static BigInteger RoundDiv(BigInteger num, BigInteger den)
        {
            BigInteger r;
            BigInteger q = BigInteger.DivRem(num, den, out r);
            int c = (r * 2).CompareTo(den);
            if (c > 0 || (c == 0 && !q.IsEven))
                q += 1;
            return q;
        }

        // |x| * 10^k as num / den, exactly.
        static void Ratio(double x, int k, out BigInteger num, out BigInteger den)
        {
            BigInteger m;
            int e;
            Decompose(x, out m, out e);
            num = m;
            den = BigInteger.One;
            if (e >= 0)
                num <<= e;
            else
                den <<= -e;
            if (k >= 0)
                num *= BigInteger.Pow(10, k);
            else
                den *= BigInteger.Pow(10, -k);
        }

        // round_half_even(|x| * 10^k).
        static BigInteger Scaled(double x, int k)
        {
            BigInteger num, den;
            Ratio(x, k, out num, out den);
            return RoundDiv(num, den);
        }

        // floor(|x| * 10^k).
        static BigInteger ScaledFloor(double x, int k)
        {
            BigInteger num, den;
            Ratio(x, k, out num, out den);
            return BigInteger.Divide(num, den);
        }

        static string Special(double x)
        {
            if (double.IsNaN(x))
                return "nan";
            if (double.IsPositiveInfinity(x))
                return "inf";
            if (double.IsNegativeInfinity(x))
                return "-inf";
            return null;
        }

        static bool Negative(double x)
        {
            return System.BitConverter.DoubleToInt64Bits(x) < 0;
        }

        static int Prec(long p)
        {
            if (p < 0)
                return 0;
            // The digits of a larger precision would not fit in a string.
            if (p > int.MaxValue - 1)
                return int.MaxValue - 1;
            return (int)p;
        }

        // C's %.*f.
        public static Str FmtF(double x, long prec)
        {
            string sp = Special(x);
            if (sp != null)
                return Str.FromHost(sp);
            int p = Prec(prec);
            string digits = x == 0.0 ? "0" : Scaled(x, p).ToString();
            if (digits.Length <= p)
                digits = new string('0', p + 1 - digits.Length) + digits;
            StringBuilder sb = new StringBuilder();
            if (Negative(x))
                sb.Append('-');
            sb.Append(digits, 0, digits.Length - p);
            if (p > 0)
            {
                sb.Append('.');
                sb.Append(digits, digits.Length - p, p);
            }
            return Str.FromHost(sb.ToString());
        }

        // C's %.*e.
        public static Str FmtE(double x, long prec)
        {
            string sp = Special(x);
            if (sp != null)
                return Str.FromHost(sp);
            int p = Prec(prec);
            string digits;
            int exp;
            if (x == 0.0)
            {
                digits = new string('0', p + 1);
                exp = 0;
            }
            else
            {
                exp = (int)System.Math.Floor(System.Math.Log10(System.Math.Abs(x)));
                BigInteger lo = BigInteger.Pow(10, p);
                BigInteger hi = lo * 10;
                // The exponent is that of |x| itself (10^exp <= |x| <
                // 10^(exp+1)), decided on the exact value: the rounded
                // digits of 0.09999999999999998 at 16 digits are 10^15,
                // which would wrongly pass for exponent -1.
                BigInteger f = ScaledFloor(x, p - exp);
                for (int tries = 0; tries < 4; tries++)
                {
                    if (f >= hi)
                        exp++;
                    else if (f < lo)
                        exp--;
                    else
                        break;
                    f = ScaledFloor(x, p - exp);
                }
                BigInteger d = Scaled(x, p - exp);
                // Rounding up can reach 10^(p+1) exactly: 9.99 -> 10.0.
                if (d >= hi)
                {
                    d /= 10;
                    exp++;
                }
                digits = d.ToString();
            }
            StringBuilder sb = new StringBuilder();
            if (Negative(x))
                sb.Append('-');
            sb.Append(digits[0]);
            if (p > 0)
            {
                sb.Append('.');
                sb.Append(digits, 1, p);
            }
            sb.Append('e');
            sb.Append(exp < 0 ? '-' : '+');
            int ae = exp < 0 ? -exp : exp;
            if (ae < 10)
                sb.Append('0');
            sb.Append(ae);
            return Str.FromHost(sb.ToString());
        }

        // The nearest double to num / den (num >= 0, den > 0), half to even.
        static double FromRatio(BigInteger num, BigInteger den, bool neg)
        {
            if (num.IsZero)
                return neg ? -0.0 : 0.0;
            int nb = (int)System.Math.Ceiling(BigInteger.Log(num, 2));
            int db = (int)System.Math.Ceiling(BigInteger.Log(den, 2));
            int x = nb - db - 53;
            if (x < -1074)
                x = -1074;
            BigInteger two53 = BigInteger.One << 53;
            BigInteger two52 = BigInteger.One << 52;
            BigInteger q = BigInteger.Zero;
            for (int tries = 0; tries < 64; tries++)
            {
                BigInteger n2 = x < 0 ? num << -x : num;
                BigInteger d2 = x > 0 ? den << x : den;
                BigInteger fl = BigInteger.Divide(n2, d2);
                if (fl >= two53)
                {
                    x++;
                    continue;
                }
                if (fl < two52 && x > -1074)
                {
                    x--;
                    continue;
                }
                q = RoundDiv(n2, d2);
                break;
            }
            if (q == two53)
            {
                q = two52;
                x++;
            }
            double r;
            if (q >= two52)
            {
                if (x > 971)
                    r = double.PositiveInfinity;
                else
                {
                    long bits = ((long)(x + 52 + 1023) << 52) | ((long)q & 0xFFFFFFFFFFFFFL);
                    r = System.BitConverter.Int64BitsToDouble(bits);
                }
            }
            else
                r = System.BitConverter.Int64BitsToDouble((long)q);
            return neg ? -r : r;
        }

        static ValueError Bad()
        {
            return new ValueError("could not convert string to float");
        }

        // [+-]?(d+[.d*]|.d+)([eE][+-]?d+)?, correctly rounded.
        public static double Parse(Str str)
        {
            string s = str.s;
            int n = s.Length;
            int i = 0;
            bool neg = false;
            if (i < n && (s[i] == '+' || s[i] == '-'))
            {
                neg = s[i] == '-';
                i++;
            }
            BigInteger mant = BigInteger.Zero;
            StringBuilder digits = new StringBuilder();
            int intDigits = 0;
            int fracDigits = 0;
            while (i < n && s[i] >= '0' && s[i] <= '9')
            {
                digits.Append(s[i]);
                intDigits++;
                i++;
            }
            if (i < n && s[i] == '.')
            {
                i++;
                while (i < n && s[i] >= '0' && s[i] <= '9')
                {
                    digits.Append(s[i]);
                    fracDigits++;
                    i++;
                }
            }
            if (intDigits + fracDigits == 0)
                throw Bad();
            long exp = 0;
            if (i < n && (s[i] == 'e' || s[i] == 'E'))
            {
                i++;
                bool eneg = false;
                if (i < n && (s[i] == '+' || s[i] == '-'))
                {
                    eneg = s[i] == '-';
                    i++;
                }
                int start = i;
                while (i < n && s[i] >= '0' && s[i] <= '9')
                {
                    if (exp < 100000000)
                        exp = exp * 10 + (s[i] - '0');
                    i++;
                }
                if (i == start)
                    throw Bad();
                if (eneg)
                    exp = -exp;
            }
            if (i != n)
                throw Bad();
            string ds = digits.ToString().TrimStart('0');
            if (ds.Length == 0)
                return neg ? -0.0 : 0.0;
            mant = BigInteger.Parse(ds, System.Globalization.CultureInfo.InvariantCulture);
            // value = mant * 10^(exp - fracDigits); mant has ds.Length digits.
            long e10 = exp - fracDigits;
            long mag = e10 + ds.Length;
            if (mag > 310)
                return neg ? double.NegativeInfinity : double.PositiveInfinity;
            if (mag < -330)
                return neg ? -0.0 : 0.0;
            if (e10 >= 0)
                return FromRatio(mant * BigInteger.Pow(10, (int)e10), BigInteger.One, neg);
            return FromRatio(mant, BigInteger.Pow(10, (int)-e10), neg);
        }
    }
}
