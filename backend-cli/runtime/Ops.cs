// SPDX-License-Identifier: MIT OR Apache-2.0
// Runtime of the CLI backend: integer and string helpers, stdout, and the
// program entry glue (argv, exit code, uncaught exceptions).

using System.Globalization;
using System.IO;
using System.Text;

namespace Rt
{
    public static class Ops
    {
        // Python's floor division: rounds toward negative infinity.
        public static long FloorDiv(long a, long b)
        {
            if (b == 0)
                throw new ZeroDivisionError("integer division or modulo by zero");
            if (b == -1)
            {
                if (a == long.MinValue)
                    throw new OverflowError("integer overflow");
                return -a;
            }
            long q = a / b;
            if ((a % b != 0) && ((a ^ b) < 0))
                q--;
            return q;
        }

        // Python's modulo: the result has the sign of the divisor.
        public static long Mod(long a, long b)
        {
            if (b == 0)
                throw new ZeroDivisionError("integer modulo by zero");
            if (b == -1)
                return 0;
            long r = a % b;
            if (r != 0 && ((r ^ b) < 0))
                r += b;
            return r;
        }

        // The host's OverflowException (from add.ovf / sub.ovf / mul.ovf)
        // as our OverflowError.
        public static Exception Convert(System.OverflowException e)
        {
            return new OverflowError("integer overflow");
        }

        // For the IR's `unreachable` terminator.
        public static Exception Unreachable()
        {
            return new RuntimeError("unreachable code reached");
        }
    }

    public static class Str
    {
        // Number of code points: a surrogate pair counts as one.
        public static long Len(string s)
        {
            int n = s.Length;
            long count = n;
            for (int i = 0; i < n - 1; i++)
            {
                if (char.IsHighSurrogate(s[i]) && char.IsLowSurrogate(s[i + 1]))
                {
                    count--;
                    i++;
                }
            }
            return count;
        }

        public static string FromInt(long v)
        {
            return v.ToString(CultureInfo.InvariantCulture);
        }

        public static string FromBool(bool b)
        {
            return b ? "True" : "False";
        }

        public static string Concat(string a, string b)
        {
            return string.Concat(a, b);
        }

        public static bool Eq(string a, string b)
        {
            return string.Equals(a, b);
        }
    }

    public static class Io
    {
        static StreamWriter stdout;

        static StreamWriter Out()
        {
            if (stdout == null)
            {
                stdout = new StreamWriter(System.Console.OpenStandardOutput(), new UTF8Encoding(false), 1 << 16);
                stdout.AutoFlush = false;
                stdout.NewLine = "\n";
            }
            return stdout;
        }

        public static void Print(string s)
        {
            StreamWriter w = Out();
            w.Write(s);
            w.Write('\n');
        }

        public static void Flush()
        {
            if (stdout != null)
                stdout.Flush();
        }
    }

    public static class Entry
    {
        // argv = [program path] + command-line arguments.
        public static ObjList Argv(string[] args)
        {
            string[] all = System.Environment.GetCommandLineArgs();
            string prog = all.Length > 0 ? all[0] : "";
            ObjList l = new ObjList(args.Length + 1);
            l.Append(prog);
            foreach (string a in args)
                l.Append(a);
            return l;
        }

        public static int Exit(long code)
        {
            Io.Flush();
            return (int)(code & 0xFF);
        }

        public static int Uncaught(System.Exception e)
        {
            try
            {
                Io.Flush();
            }
            catch (System.Exception)
            {
            }
            string name;
            string message;
            Exception ours = e as Exception;
            if (ours != null)
            {
                name = e.GetType().Name;
                message = ours.message ?? "";
            }
            else if (e is System.OverflowException)
            {
                name = "OverflowError";
                message = "integer overflow";
            }
            else
            {
                name = "SystemError";
                message = e.GetType().FullName + ": " + e.Message;
            }
            StreamWriter err = new StreamWriter(System.Console.OpenStandardError(), new UTF8Encoding(false));
            err.NewLine = "\n";
            err.Write("Traceback (most recent call last):\n  File \"<program>\", in main\n");
            err.Write(name);
            if (message.Length > 0)
            {
                err.Write(": ");
                err.Write(message);
            }
            err.Write('\n');
            err.Flush();
            return 1;
        }
    }
}
