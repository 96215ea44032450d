// SPDX-License-Identifier: MIT OR Apache-2.0
// Runtime of the CLI backend: OS primitives on the real file descriptors
// (libc through P/Invoke, stat through Mono.Posix), so errno values and
// glibc's messages are exact. Writing to fd 1 or 2 flushes the buffered
// stdout first.

using System.Runtime.InteropServices;

namespace Rt
{
    public static class Os
    {
        [DllImport("libc", EntryPoint = "open", SetLastError = true)]
        static extern int c_open(byte[] path, int flags, int mode);

        [DllImport("libc", EntryPoint = "read", SetLastError = true)]
        static extern System.IntPtr c_read(int fd, byte[] buf, System.UIntPtr n);

        [DllImport("libc", EntryPoint = "write", SetLastError = true)]
        static extern System.IntPtr c_write(int fd, byte[] buf, System.UIntPtr n);

        [DllImport("libc", EntryPoint = "close", SetLastError = true)]
        static extern int c_close(int fd);

        [DllImport("libc", EntryPoint = "unlink", SetLastError = true)]
        static extern int c_unlink(byte[] path);

        [DllImport("libc", EntryPoint = "rmdir", SetLastError = true)]
        static extern int c_rmdir(byte[] path);

        [DllImport("libc", EntryPoint = "mkdir", SetLastError = true)]
        static extern int c_mkdir(byte[] path, uint mode);

        [DllImport("libc", EntryPoint = "getcwd", SetLastError = true)]
        static extern System.IntPtr c_getcwd(byte[] buf, System.UIntPtr size);

        [DllImport("libc", EntryPoint = "isatty")]
        static extern int c_isatty(int fd);

        [DllImport("libc", EntryPoint = "opendir", SetLastError = true)]
        static extern System.IntPtr c_opendir(byte[] path);

        [DllImport("libc", EntryPoint = "readdir", SetLastError = true)]
        static extern System.IntPtr c_readdir(System.IntPtr dir);

        [DllImport("libc", EntryPoint = "closedir")]
        static extern int c_closedir(System.IntPtr dir);

        [DllImport("libc", EntryPoint = "strerror")]
        static extern System.IntPtr c_strerror(int errno);

        [DllImport("libc", EntryPoint = "rename", SetLastError = true)]
        static extern int c_rename(byte[] src, byte[] dst);

        [DllImport("libc", EntryPoint = "getpid")]
        static extern int c_getpid();

        [StructLayout(LayoutKind.Sequential)]
        struct Timespec
        {
            public long sec;
            public long nsec;
        }

        [DllImport("libc", EntryPoint = "nanosleep", SetLastError = true)]
        static extern int c_nanosleep(ref Timespec req, out Timespec rem);

        [DllImport("libc", EntryPoint = "clock_gettime")]
        static extern int c_clock_gettime(int clock, out Timespec ts);

        /// Python's repr of a str (paths in OSError messages).
        static string Repr(string s)
        {
            char q = s.IndexOf('\'') >= 0 && s.IndexOf('"') < 0 ? '"' : '\'';
            var sb = new System.Text.StringBuilder();
            sb.Append(q);
            for (int i = 0; i < s.Length; i++)
            {
                char c = s[i];
                if (char.IsHighSurrogate(c) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]))
                    sb.Append(c).Append(s[++i]);
                else if (char.IsSurrogate(c)) // a lone one: CPython escapes it
                    sb.Append("\\u").Append(((int)c).ToString("x4"));
                else if (c == q || c == '\\')
                    sb.Append('\\').Append(c);
                else if (c == '\n')
                    sb.Append("\\n");
                else if (c == '\r')
                    sb.Append("\\r");
                else if (c == '\t')
                    sb.Append("\\t");
                else if (c < 0x20 || (c >= 0x7f && c <= 0xa0) || c == 0xad)
                    sb.Append("\\x").Append(((int)c).ToString("x2"));
                else
                    sb.Append(c);
            }
            return sb.Append(q).ToString();
        }

        static BaseException Error(int errno, Str path, Str path2 = null)
        {
            string text = Marshal.PtrToStringAnsi(c_strerror(errno)) ?? ("Unknown error " + errno);
            string msg = "[Errno " + errno + "] " + text;
            if (path != null)
            {
                msg += ": " + Repr(path.s);
                if (path2 != null)
                    msg += " -> " + Repr(path2.s);
            }
            Str m = Str.FromHost(msg);
            OSError e;
            if (errno == 2)
                e = new FileNotFoundError();
            else if (errno == 13 || errno == 1)
                e = new PermissionError();
            else if (errno == 21)
                e = new IsADirectoryError();
            else if (errno == 20)
                e = new NotADirectoryError();
            else if (errno == 17)
                e = new FileExistsError();
            else
                e = new OSError();
            e.message = m;
            e.errno = errno;
            // repr(e) shows CPython's args, (errno, strerror), whatever
            // the paths (glibc's texts hold no quote or backslash).
            e.argrepr = Str.FromHost(errno + ", '" + text + "'");
            return e;
        }

        // The file-system encoding of a path, NUL-terminated: UTF-8 with
        // CPython's surrogateescape (U+DC80..U+DCFF back to the raw bytes
        // FsDecode made them from), as the C runtime's rpy_cpath.
        static byte[] CPath(Str path)
        {
            int n = path.Length;
            var buf = new System.IO.MemoryStream(n + 1);
            for (int k = 0; k < n; k++)
            {
                int c = path.CodeAtUnchecked(k);
                if (c == 0)
                    throw new ValueError("embedded null byte");
                if (c >= 0xDC80 && c <= 0xDCFF)
                    buf.WriteByte((byte)(c & 0xFF));
                else if (c >= 0xD800 && c <= 0xDFFF)
                    throw new UnicodeEncodeError("'utf-8' codec can't encode character '\\u"
                        + c.ToString("x4") + "' in position " + k + ": surrogates not allowed");
                else if (c < 0x80)
                    buf.WriteByte((byte)c);
                else if (c < 0x800)
                {
                    buf.WriteByte((byte)(0xC0 | (c >> 6)));
                    buf.WriteByte((byte)(0x80 | (c & 0x3F)));
                }
                else if (c < 0x10000)
                {
                    buf.WriteByte((byte)(0xE0 | (c >> 12)));
                    buf.WriteByte((byte)(0x80 | ((c >> 6) & 0x3F)));
                    buf.WriteByte((byte)(0x80 | (c & 0x3F)));
                }
                else
                {
                    buf.WriteByte((byte)(0xF0 | (c >> 18)));
                    buf.WriteByte((byte)(0x80 | ((c >> 12) & 0x3F)));
                    buf.WriteByte((byte)(0x80 | ((c >> 6) & 0x3F)));
                    buf.WriteByte((byte)(0x80 | (c & 0x3F)));
                }
            }
            buf.WriteByte(0);
            return buf.ToArray();
        }

        // A name the OS gives (listdir, getcwd) as CPython decodes it:
        // UTF-8 with surrogateescape, so CPath gives the same bytes back.
        static Str FsDecode(byte[] b, int n)
        {
            return Str.DecodeUtf8(b, 0, n, true);
        }

        static int Fd(long fd)
        {
            if (fd < int.MinValue || fd > int.MaxValue)
                throw new OverflowError("fd is greater than maximum");
            return (int)fd;
        }

        public static long Open(Str path, long flags, long mode)
        {
            int r = c_open(CPath(path), (int)flags | 0x80000, (int)mode);
            if (r < 0)
                throw Error(Marshal.GetLastWin32Error(), path);
            return r;
        }

        public static Bytes Read(long fd, long n)
        {
            // CPython checks the count before the descriptor.
            if (n < 0)
                throw Error(22, null);
            if (n > 0x7FFFFFC7)
                throw new MemoryError("");
            byte[] buf = new byte[(int)n];
            long got = (long)c_read(Fd(fd), buf, new System.UIntPtr((ulong)n));
            if (got < 0)
                throw Error(Marshal.GetLastWin32Error(), null);
            if (got == n)
                return new Bytes(buf);
            byte[] r = new byte[got];
            System.Array.Copy(buf, r, got);
            return new Bytes(r);
        }

        public static long Write(long fd, Bytes data)
        {
            int f = Fd(fd);
            if (f == 1 || f == 2)
                Io.Flush();
            long w = (long)c_write(f, data.b, new System.UIntPtr((ulong)data.b.Length));
            if (w < 0)
                throw Error(Marshal.GetLastWin32Error(), null);
            return w;
        }

        public static void Close(long fd)
        {
            int f = Fd(fd);
            if (f == 1)
                Io.Flush();
            if (c_close(f) < 0)
                throw Error(Marshal.GetLastWin32Error(), null);
        }

        public static IntList Stat(Str path)
        {
            // stat(2) through an O_PATH descriptor: the path goes to the
            // OS as CPath's bytes (Mono's string marshalling cannot give
            // the raw bytes of a surrogate-escaped name), and fstat keeps
            // Mono's struct layout. open follows symlinks as stat does and
            // fails with the same errno.
            int fd = c_open(CPath(path), 0x200000 | 0x80000, 0); // O_PATH | O_CLOEXEC
            if (fd < 0)
                throw Error(Marshal.GetLastWin32Error(), path);
            Mono.Unix.Native.Stat st;
            int r = Mono.Unix.Native.Syscall.fstat(fd, out st);
            int err = Marshal.GetLastWin32Error();
            c_close(fd);
            if (r < 0)
                throw Error(err, path);
            IntList l = new IntList(3);
            l.Append((long)(uint)st.st_mode);
            l.Append(st.st_size);
            l.Append(st.st_mtime * 1000000000L + st.st_mtime_nsec);
            return l;
        }

        public static void Unlink(Str path)
        {
            if (c_unlink(CPath(path)) < 0)
                throw Error(Marshal.GetLastWin32Error(), path);
        }

        public static void Rmdir(Str path)
        {
            if (c_rmdir(CPath(path)) < 0)
                throw Error(Marshal.GetLastWin32Error(), path);
        }

        public static void Rename(Str src, Str dst)
        {
            if (c_rename(CPath(src), CPath(dst)) < 0)
                throw Error(Marshal.GetLastWin32Error(), src, dst);
        }

        public static long Getpid()
        {
            return c_getpid();
        }

        // CPython sleeps until a deadline on the monotonic clock, which
        // Linux rejects (EINVAL) from 9223372036 s on.
        const long SleepDeadlineMax = 9223372036L * 1000000000L;

        public static void Sleep(long ns)
        {
            if (ns < 0)
                ns = 0;
            Timespec now;
            c_clock_gettime(1, out now); // CLOCK_MONOTONIC
            if (ns >= SleepDeadlineMax - (now.sec * 1000000000L + now.nsec))
                throw Error(22, null);
            Timespec req = new Timespec { sec = ns / 1000000000L, nsec = ns % 1000000000L };
            Timespec rem;
            while (c_nanosleep(ref req, out rem) != 0)
            {
                int e = Marshal.GetLastWin32Error();
                if (e != 4) // EINTR: sleep the rest
                    throw Error(e, null);
                req = rem;
            }
        }

        public static void Mkdir(Str path, long mode)
        {
            if (c_mkdir(CPath(path), (uint)(mode & 0xFFF)) < 0)
                throw Error(Marshal.GetLastWin32Error(), path);
        }

        public static Str Getcwd()
        {
            for (int cap = 256; ; cap *= 2)
            {
                byte[] buf = new byte[cap];
                if (c_getcwd(buf, new System.UIntPtr((uint)cap)) != System.IntPtr.Zero)
                    return FsDecode(buf, System.Array.IndexOf(buf, (byte)0));
                int e = Marshal.GetLastWin32Error();
                if (e != 34 || cap >= (1 << 24)) // ERANGE: grow the buffer
                    throw Error(e, null);
            }
        }

        // glibc's struct dirent (readdir64 layout on 64-bit): d_ino, d_off,
        // d_reclen (2), d_type (1), then the NUL-terminated name.
        static readonly int NameOffset = System.IntPtr.Size == 8 ? 19 : 11;

        public static ObjList Listdir(Str path)
        {
            System.IntPtr dir = c_opendir(CPath(path));
            if (dir == System.IntPtr.Zero)
                throw Error(Marshal.GetLastWin32Error(), path);
            ObjList l = new ObjList(8);
            try
            {
                byte[] name = new byte[256];
                for (;;)
                {
                    System.IntPtr ent = c_readdir(dir);
                    if (ent == System.IntPtr.Zero)
                        break;
                    int n = 0;
                    while (n < name.Length)
                    {
                        byte b = Marshal.ReadByte(ent, NameOffset + n);
                        if (b == 0)
                            break;
                        name[n++] = b;
                    }
                    if ((n == 1 && name[0] == '.') || (n == 2 && name[0] == '.' && name[1] == '.'))
                        continue;
                    l.Append(FsDecode(name, n));
                }
            }
            finally
            {
                c_closedir(dir);
            }
            return l;
        }

        public static bool Isatty(long fd)
        {
            return fd >= 0 && fd <= int.MaxValue && c_isatty((int)fd) == 1;
        }

        public static double Time()
        {
            long ticks = System.DateTime.UtcNow.Ticks - 621355968000000000L;
            return ticks / 1e7;
        }

        static readonly System.Diagnostics.Stopwatch clock = System.Diagnostics.Stopwatch.StartNew();

        public static double PerfCounter()
        {
            return clock.ElapsedTicks / (double)System.Diagnostics.Stopwatch.Frequency;
        }

        public static Str GetEnv(Str name)
        {
            string v = System.Environment.GetEnvironmentVariable(name.s);
            return v == null ? null : Str.FromHost(v);
        }
    }
}
