// SPDX-License-Identifier: MIT OR Apache-2.0
// Runtime of the CLI backend: integer helpers, host exceptions, the
// recursion check, stdout/stderr, and the program entry glue (a thread
// with a large stack, argv, exit code, uncaught exceptions).

using System.IO;
using System.Reflection;
using System.Threading;

namespace Rt
{
    public static class Ops
    {
        // Python-level call depth: incremented on entry of every function
        // that calls others, decremented on return; a function with a
        // handler restores its own depth when it catches.
        public static int depth;
        public const int MaxDepth = 100000;

        public static int Enter()
        {
            int d = depth + 1;
            if (d > MaxDepth)
                throw new RecursionError("maximum recursion depth exceeded");
            depth = d;
            return d;
        }

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

        public static long Shl(long a, long n)
        {
            if (n < 0)
                throw new ValueError("negative shift count");
            if (a == 0)
                return 0;
            if (n >= 64)
                throw new OverflowError("integer overflow");
            long r = a << (int)n;
            if ((r >> (int)n) != a)
                throw new OverflowError("integer overflow");
            return r;
        }

        public static long Shr(long a, long n)
        {
            if (n < 0)
                throw new ValueError("negative shift count");
            if (n >= 64)
                return a < 0 ? -1 : 0;
            return a >> (int)n;
        }

        // Any exception caught by a handler, as a Python exception: host
        // exceptions become the matching builtin class.
        public static BaseException Wrap(System.Exception e)
        {
            BaseException ours = e as BaseException;
            if (ours != null)
                return ours;
            if (e is System.OverflowException)
                return new OverflowError("integer overflow");
            if (e is System.OutOfMemoryException)
                return new MemoryError("");
            if (e is System.StackOverflowException || e is System.InsufficientExecutionStackException)
                return new RecursionError("maximum recursion depth exceeded");
            throw e;
        }

        // For the IR's `unreachable` terminator.
        public static BaseException Unreachable()
        {
            return new RuntimeError("unreachable code reached");
        }

        public static long IdHash(object o)
        {
            return System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(o);
        }
    }

    public static class Io
    {
        static byte[] buf = new byte[1 << 16];
        static int used;
        static Stream stdout;
        static Stream stderr;

        static Stream Out()
        {
            if (stdout == null)
                stdout = System.Console.OpenStandardOutput();
            return stdout;
        }

        static void Put(byte[] data)
        {
            if (used + data.Length > buf.Length)
            {
                Flush();
                if (data.Length > buf.Length)
                {
                    Out().Write(data, 0, data.Length);
                    Out().Flush();
                    return;
                }
            }
            System.Array.Copy(data, 0, buf, used, data.Length);
            used += data.Length;
        }

        // False, with nothing written, when the string holds a lone
        // surrogate (the front end's prelude then encodes it).
        public static bool Write(Str s)
        {
            int bad;
            byte[] b = s.TryUtf8(out bad);
            if (b == null)
                return false;
            Put(b);
            return true;
        }

        public static void WriteBytes(Bytes b)
        {
            Put(b.b);
        }

        static readonly byte[] newline = { 10 };

        public static bool Print(Str s)
        {
            if (!Write(s))
                return false;
            Put(newline);
            return true;
        }

        public static void Flush()
        {
            if (used > 0)
            {
                int n = used;
                used = 0;
                Out().Write(buf, 0, n);
            }
            if (stdout != null)
                stdout.Flush();
        }

        public static void WriteErr(Str s)
        {
            Flush();
            WriteErrBytes(s.Utf8Escaped());
        }

        public static void WriteErrBytes(byte[] b)
        {
            if (stderr == null)
                stderr = System.Console.OpenStandardError();
            stderr.Write(b, 0, b.Length);
            stderr.Flush();
        }
    }

    public static class Entry
    {
        [System.ThreadStatic]
        static bool onMainThread;

        // Runs the entry point again on a thread with a 256 MiB stack and
        // returns its exit code; -1 when already on that thread.
        public static int Spawn(string[] args)
        {
            if (onMainThread)
                return -1;
            int code = 1;
            MethodInfo entry = Assembly.GetEntryAssembly().EntryPoint;
            Thread t = new Thread(() =>
            {
                onMainThread = true;
                try
                {
                    code = (int)entry.Invoke(null, new object[] { args });
                }
                catch (System.Exception e)
                {
                    System.Exception inner = e is TargetInvocationException && e.InnerException != null ? e.InnerException : e;
                    code = Uncaught(inner);
                }
            }, 256 << 20);
            t.Start();
            t.Join();
            return code;
        }

        // argv = [program path] + command-line arguments.
        public static ObjList Argv(string[] args)
        {
            string[] all = System.Environment.GetCommandLineArgs();
            string prog = all.Length > 0 ? all[0] : "";
            ObjList l = new ObjList(args.Length + 1);
            l.Append(Str.FromHost(prog));
            foreach (string a in args)
                l.Append(Str.FromHost(a));
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
            SystemExit exit = e as SystemExit;
            if (exit != null)
                return (int)(exit.code & 0xFF);
            string name;
            string message;
            BaseException ours = null;
            try
            {
                ours = Ops.Wrap(e);
            }
            catch (System.Exception)
            {
            }
            if (ours != null)
            {
                name = ours.GetType().Name;
                message = ours.message == null ? "" : ours.message.s;
            }
            else
            {
                name = "SystemError";
                message = e.GetType().FullName + ": " + e.Message;
            }
            string text = "Traceback (most recent call last):\n  File \"<program>\", in main\n" + name
                + (message.Length > 0 ? ": " + message : "") + "\n";
            byte[] b = new System.Text.UTF8Encoding(false).GetBytes(text);
            try
            {
                Io.WriteErrBytes(b);
            }
            catch (System.Exception)
            {
            }
            // Exactly KeyboardInterrupt, not a subclass, as CPython.
            if (ours != null && ours.GetType() == typeof(KeyboardInterrupt))
                return ExitBySigint();
            return 1;
        }

        [System.Runtime.InteropServices.DllImport("libc.so.6", EntryPoint = "signal")]
        static extern System.IntPtr CSignal(int sig, System.IntPtr handler);

        [System.Runtime.InteropServices.DllImport("libc.so.6", EntryPoint = "raise")]
        static extern int CRaise(int sig);

        // An uncaught KeyboardInterrupt: die by SIGINT as CPython does (the
        // parent sees a signal death, 130 in a shell); 130 if that fails.
        static int ExitBySigint()
        {
            try
            {
                const int SIGINT = 2;
                CSignal(SIGINT, System.IntPtr.Zero); // SIG_DFL
                CRaise(SIGINT);
            }
            catch (System.Exception)
            {
            }
            return 130;
        }
    }
}
