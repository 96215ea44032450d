// SPDX-License-Identifier: MIT OR Apache-2.0
// Runtime of the CLI backend: the math-library primitives (fsqrt ...).
// Each returns what C's function of the same name returns (NaN and the
// infinities included) and never throws; the prelude adds Python's
// errors. The transcendental functions call the C library (libm.so.6)
// directly, so on Linux the results are glibc's bit for bit, as the C
// backend's and CPython's: Mono's JIT turns System.Math.Sin and Cos into
// the x87 instructions, which are less accurate and give x back for
// |x| >= 2^63. System.Math (and managed code for the functions it lacks)
// is the fallback where libm.so.6 cannot be loaded (a Mono without glibc).

using System;
using System.Runtime.InteropServices;

namespace Rt
{
    public static class Libm
    {
        const string M = "libm.so.6";
        [DllImport(M, EntryPoint = "exp")] static extern double CExp(double x);
        [DllImport(M, EntryPoint = "expm1")] static extern double CExpm1(double x);
        [DllImport(M, EntryPoint = "log")] static extern double CLog(double x);
        [DllImport(M, EntryPoint = "log2")] static extern double CLog2(double x);
        [DllImport(M, EntryPoint = "log10")] static extern double CLog10(double x);
        [DllImport(M, EntryPoint = "log1p")] static extern double CLog1p(double x);
        [DllImport(M, EntryPoint = "sin")] static extern double CSin(double x);
        [DllImport(M, EntryPoint = "cos")] static extern double CCos(double x);
        [DllImport(M, EntryPoint = "tan")] static extern double CTan(double x);
        [DllImport(M, EntryPoint = "asin")] static extern double CAsin(double x);
        [DllImport(M, EntryPoint = "acos")] static extern double CAcos(double x);
        [DllImport(M, EntryPoint = "atan")] static extern double CAtan(double x);
        [DllImport(M, EntryPoint = "sinh")] static extern double CSinh(double x);
        [DllImport(M, EntryPoint = "cosh")] static extern double CCosh(double x);
        [DllImport(M, EntryPoint = "tanh")] static extern double CTanh(double x);
        [DllImport(M, EntryPoint = "asinh")] static extern double CAsinh(double x);
        [DllImport(M, EntryPoint = "acosh")] static extern double CAcosh(double x);
        [DllImport(M, EntryPoint = "atanh")] static extern double CAtanh(double x);
        [DllImport(M, EntryPoint = "atan2")] static extern double CAtan2(double y, double x);

        // Whether the C library could be called (probed once).
        static readonly bool native = Probe();

        static bool Probe()
        {
            try
            {
                return CExp(0.0) == 1.0 && CExpm1(0.0) == 0.0;
            }
            catch (DllNotFoundException)
            {
                return false;
            }
            catch (EntryPointNotFoundException)
            {
                return false;
            }
        }

        // Exact everywhere (IEEE square root, rounding to an integer).
        public static double Sqrt(double x) { return Math.Sqrt(x); }
        public static double Floor(double x) { return Math.Floor(x); }
        public static double Ceil(double x) { return Math.Ceiling(x); }

        // C's fmod: the CLI's `rem` on doubles is the exact remainder with
        // the sign of the dividend (NaN for a zero divisor or an infinite
        // dividend, x for an infinite divisor).
        public static double CFmod(double x, double y) { return x % y; }

        public static double Exp(double x) { return native ? CExp(x) : Math.Exp(x); }
        public static double Expm1(double x) { return native ? CExpm1(x) : ManagedExpm1(x); }
        public static double Log(double x) { return native ? CLog(x) : Math.Log(x); }
        public static double Log2(double x) { return native ? CLog2(x) : ManagedLog2(x); }
        public static double Log10(double x) { return native ? CLog10(x) : Math.Log10(x); }
        public static double Log1p(double x) { return native ? CLog1p(x) : ManagedLog1p(x); }
        public static double Sin(double x) { return native ? CSin(x) : Math.Sin(x); }
        public static double Cos(double x) { return native ? CCos(x) : Math.Cos(x); }
        public static double Tan(double x) { return native ? CTan(x) : Math.Tan(x); }
        public static double Asin(double x) { return native ? CAsin(x) : Math.Asin(x); }
        public static double Acos(double x) { return native ? CAcos(x) : Math.Acos(x); }
        public static double Atan(double x) { return native ? CAtan(x) : Math.Atan(x); }
        public static double Sinh(double x) { return native ? CSinh(x) : Math.Sinh(x); }
        public static double Cosh(double x) { return native ? CCosh(x) : Math.Cosh(x); }
        public static double Tanh(double x) { return native ? CTanh(x) : Math.Tanh(x); }
        public static double Asinh(double x) { return native ? CAsinh(x) : Math.Asinh(x); }
        public static double Acosh(double x) { return native ? CAcosh(x) : Math.Acosh(x); }
        public static double Atanh(double x) { return native ? CAtanh(x) : Math.Atanh(x); }
        public static double Atan2(double y, double x) { return native ? CAtan2(y, x) : Math.Atan2(y, x); }

        // exp(x) - 1 with the rounding error of exp cancelled out (u - 1 is
        // exact; the ratio log(u) / x corrects for it).
        static double ManagedExpm1(double x)
        {
            double u = Math.Exp(x);
            if (u == 1.0) return x;
            double um1 = u - 1.0;
            if (um1 == -1.0) return -1.0;
            if (double.IsInfinity(u)) return u;
            return um1 * x / Math.Log(u);
        }

        // log(1 + x), corrected for the rounding of 1 + x.
        static double ManagedLog1p(double x)
        {
            double u = 1.0 + x;
            if (u == 1.0) return x;
            if (double.IsInfinity(u) || u <= 0.0) return Math.Log(u);
            return Math.Log(u) * x / (u - 1.0);
        }

        // Exact for powers of two: x = m * 2^e with 1 <= m < 2.
        static double ManagedLog2(double x)
        {
            if (!(x > 0.0) || double.IsInfinity(x)) return Math.Log(x);
            long bits = BitConverter.DoubleToInt64Bits(x);
            int e = (int)((bits >> 52) & 0x7FF);
            if (e == 0)
            {
                bits = BitConverter.DoubleToInt64Bits(x * 18014398509481984.0); // 2^54
                e = (int)((bits >> 52) & 0x7FF) - 54;
            }
            double m = BitConverter.Int64BitsToDouble((bits & 0x000FFFFFFFFFFFFFL) | 0x3FF0000000000000L);
            e -= 1023;
            if (m == 1.0) return e;
            return e + Math.Log(m) / 0.6931471805599453;
        }
    }
}
