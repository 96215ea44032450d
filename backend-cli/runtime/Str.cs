// SPDX-License-Identifier: MIT OR Apache-2.0
// Runtime of the CLI backend: `str` and `bytes`.
//
// A Str is a host (UTF-16) string plus, only when it holds astral code
// points, the char offset of every code point (`idx`, length len + 1).
// With idx == null every char is one code point, so len, indexing and
// code-point access are O(1) either way. Code-point boundaries are kept by
// every operation (a lone high surrogate followed by a lone low one, as
// chr(0xd800) + chr(0xdc00) builds, stays two code points, as in CPython);
// only strings coming from the host (literals, argv, decoding,
// environment) are scanned for surrogate pairs.

using System.Text;

namespace Rt
{
    public sealed class Str
    {
        public readonly string s;
        readonly int[] idx;
        // Hash's value once computed (0: not yet; a real 0 is recomputed).
        long hash;

        static readonly Str[] small = new Str[256];
        public static readonly Str Empty = new Str("", null);

        Str(string s, int[] idx)
        {
            this.s = s;
            this.idx = idx;
        }

        static bool IsHigh(char c) { return c >= 0xD800 && c <= 0xDBFF; }
        static bool IsLow(char c) { return c >= 0xDC00 && c <= 0xDFFF; }

        // From a host string: a high surrogate followed by a low one is one
        // code point.
        public static Str FromHost(string s)
        {
            int n = s.Length;
            int pairs = 0;
            for (int i = 0; i + 1 < n; i++)
            {
                if (IsHigh(s[i]) && IsLow(s[i + 1]))
                {
                    pairs++;
                    i++;
                }
            }
            if (pairs == 0)
                return new Str(s, null);
            int[] idx = new int[n - pairs + 1];
            int k = 0;
            for (int i = 0; i < n; i++)
            {
                idx[k++] = i;
                if (i + 1 < n && IsHigh(s[i]) && IsLow(s[i + 1]))
                    i++;
            }
            idx[k] = n;
            return new Str(s, idx);
        }

        public static Str Lit(string s)
        {
            return FromHost(s);
        }

        public int Length
        {
            get { return idx == null ? s.Length : idx.Length - 1; }
        }

        int Off(int i) { return idx == null ? i : idx[i]; }

        public static long Len(Str a)
        {
            return a.Length;
        }

        public int CodeAtUnchecked(int i)
        {
            if (idx == null || idx[i + 1] - idx[i] == 1)
                return s[Off(i)];
            int o = idx[i];
            return 0x10000 + ((s[o] - 0xD800) << 10) + (s[o + 1] - 0xDC00);
        }

        public static Str FromCodePoint(int cp)
        {
            if (cp < 256)
            {
                Str c = small[cp];
                if (c == null)
                {
                    c = new Str(((char)cp).ToString(), null);
                    small[cp] = c;
                }
                return c;
            }
            if (cp < 0x10000)
                return new Str(((char)cp).ToString(), null);
            int v = cp - 0x10000;
            char[] two = { (char)(0xD800 + (v >> 10)), (char)(0xDC00 + (v & 0x3FF)) };
            return new Str(new string(two), new int[] { 0, 2 });
        }

        public static Str FromCp(long cp)
        {
            if (cp < 0 || cp >= 0x110000)
                throw new ValueError("chr() arg not in range(0x110000)");
            return FromCodePoint((int)cp);
        }

        public static Str Get(Str a, long i)
        {
            int n = a.Length;
            if (i < 0)
                i += n;
            if (i < 0 || i >= n)
                throw new IndexError("string index out of range");
            return FromCodePoint(a.CodeAtUnchecked((int)i));
        }

        public static long CodeAt(Str a, long i)
        {
            if (i < 0 || i >= a.Length)
                throw new IndexError("string index out of range");
            return a.CodeAtUnchecked((int)i);
        }

        // The prelude's string hash: h = 5381, then h = ((h & (2**48 - 1)) *
        // 33 + c) per code point (below 2**54, so reducing modulo 2**61 - 1
        // is a no-op), then (h + len) mod 2**61 - 1. Cached: a Str never
        // changes.
        public static long Hash(Str a)
        {
            long h = a.hash;
            if (h != 0)
                return h;
            h = 5381;
            int n = a.Length;
            if (a.idx == null)
            {
                string t = a.s;
                for (int i = 0; i < n; i++)
                    h = (h & 0xFFFFFFFFFFFFL) * 33 + t[i];
            }
            else
            {
                for (int i = 0; i < n; i++)
                    h = (h & 0xFFFFFFFFFFFFL) * 33 + a.CodeAtUnchecked(i);
            }
            h = (h + n) % 0x1FFFFFFFFFFFFFFFL;
            a.hash = h;
            return h;
        }

        static int Clamp(long i, int n)
        {
            if (i < 0)
                return 0;
            if (i > n)
                return n;
            return (int)i;
        }

        public static Str Slice(Str a, long start, long stop)
        {
            int n = a.Length;
            int x = Clamp(start, n);
            int y = Clamp(stop, n);
            if (y <= x)
                return Empty;
            if (x == 0 && y == n)
                return a;
            if (a.idx == null)
                return new Str(a.s.Substring(x, y - x), null);
            int ox = a.idx[x];
            int oy = a.idx[y];
            string sub = a.s.Substring(ox, oy - ox);
            if (oy - ox == y - x)
                return new Str(sub, null);
            int[] idx = new int[y - x + 1];
            for (int k = 0; k <= y - x; k++)
                idx[k] = a.idx[x + k] - ox;
            return new Str(sub, idx);
        }

        public static Str Concat(Str a, Str b)
        {
            if (a.s.Length == 0)
                return b;
            if (b.s.Length == 0)
                return a;
            string s = string.Concat(a.s, b.s);
            if (a.idx == null && b.idx == null)
                return new Str(s, null);
            int na = a.Length;
            int nb = b.Length;
            int[] idx = new int[na + nb + 1];
            for (int k = 0; k < na; k++)
                idx[k] = a.Off(k);
            int shift = a.s.Length;
            for (int k = 0; k <= nb; k++)
                idx[na + k] = shift + b.Off(k);
            return new Str(s, idx);
        }

        public static bool Eq(Str a, Str b)
        {
            if ((object)a == (object)b)
                return true;
            if (!string.Equals(a.s, b.s))
                return false;
            if (a.idx == null && b.idx == null)
                return true;
            if (a.idx == null || b.idx == null || a.idx.Length != b.idx.Length)
                return false;
            for (int k = 0; k < a.idx.Length; k++)
                if (a.idx[k] != b.idx[k])
                    return false;
            return true;
        }

        public static long Cmp(Str a, Str b)
        {
            if (a.idx == null && b.idx == null)
            {
                int c = string.CompareOrdinal(a.s, b.s);
                return c < 0 ? -1 : (c > 0 ? 1 : 0);
            }
            int na = a.Length;
            int nb = b.Length;
            int n = na < nb ? na : nb;
            for (int k = 0; k < n; k++)
            {
                int x = a.CodeAtUnchecked(k);
                int y = b.CodeAtUnchecked(k);
                if (x != y)
                    return x < y ? -1 : 1;
            }
            return na < nb ? -1 : (na > nb ? 1 : 0);
        }

        // Code-point index of a char offset that is a boundary, or -1.
        int IndexOfOffset(int off)
        {
            if (idx == null)
                return off;
            int lo = 0;
            int hi = idx.Length - 1;
            while (lo <= hi)
            {
                int mid = (lo + hi) >> 1;
                int v = idx[mid];
                if (v == off)
                    return mid;
                if (v < off)
                    lo = mid + 1;
                else
                    hi = mid - 1;
            }
            return -1;
        }

        public static long Find(Str a, Str sub, long start)
        {
            int n = a.Length;
            int st = Clamp(start, n);
            int m = sub.Length;
            if (m > n - st)
                return -1;
            if (a.idx == null && sub.idx == null)
                return a.s.IndexOf(sub.s, st, System.StringComparison.Ordinal);
            int from = a.Off(st);
            while (from <= a.s.Length)
            {
                int p = a.s.IndexOf(sub.s, from, System.StringComparison.Ordinal);
                if (p < 0)
                    return -1;
                int k = a.IndexOfOffset(p);
                if (k >= 0 && k + m <= n)
                {
                    bool ok = true;
                    for (int j = 0; j <= m && ok; j++)
                        ok = a.Off(k + j) - p == sub.Off(j);
                    if (ok)
                        return k;
                }
                from = p + 1;
            }
            return -1;
        }

        public static Str Join(Str sep, ObjList items)
        {
            int count = (int)items.Len();
            if (count == 0)
                return Empty;
            if (count == 1)
                return (Str)items.At(0);
            bool plain = sep.idx == null;
            StringBuilder sb = new StringBuilder();
            for (int k = 0; k < count; k++)
            {
                Str x = (Str)items.At(k);
                if (x.idx != null)
                    plain = false;
                if (k > 0)
                    sb.Append(sep.s);
                sb.Append(x.s);
            }
            string s = sb.ToString();
            if (plain)
                return new Str(s, null);
            int total = 0;
            for (int k = 0; k < count; k++)
                total += ((Str)items.At(k)).Length;
            total += sep.Length * (count - 1);
            int[] idx = new int[total + 1];
            int w = 0;
            int shift = 0;
            for (int k = 0; k < count; k++)
            {
                if (k > 0)
                {
                    for (int j = 0; j < sep.Length; j++)
                        idx[w++] = shift + sep.Off(j);
                    shift += sep.s.Length;
                }
                Str x = (Str)items.At(k);
                for (int j = 0; j < x.Length; j++)
                    idx[w++] = shift + x.Off(j);
                shift += x.s.Length;
            }
            idx[w] = shift;
            return new Str(s, idx);
        }

        public static Str FromInt(long v)
        {
            return new Str(v.ToString(System.Globalization.CultureInfo.InvariantCulture), null);
        }

        static readonly Str TrueStr = new Str("True", null);
        static readonly Str FalseStr = new Str("False", null);

        public static Str FromBool(bool b)
        {
            return b ? TrueStr : FalseStr;
        }

        // UTF-8 bytes; a lone surrogate raises UnicodeEncodeError.
        public byte[] Utf8()
        {
            int k;
            byte[] r = TryUtf8(out k);
            if (r == null)
                throw new UnicodeEncodeError("'utf-8' codec can't encode character '\\u"
                    + CodeAtUnchecked(k).ToString("x4") + "' in position " + k + ": surrogates not allowed");
            return r;
        }

        // The same with every lone surrogate written as `\udxxx` (stderr's
        // backslashreplace).
        public byte[] Utf8Escaped()
        {
            int k;
            byte[] r = TryUtf8(out k);
            if (r != null)
                return r;
            StringBuilder sb = new StringBuilder(s.Length + 16);
            for (int i = 0; i < Length; i++)
            {
                int c = CodeAtUnchecked(i);
                if (c >= 0xD800 && c <= 0xDFFF)
                    sb.Append("\\u").Append(c.ToString("x4"));
                else
                    sb.Append(char.ConvertFromUtf32(c));
            }
            return FromHost(sb.ToString()).Utf8();
        }

        // UTF-8 bytes, or null when the string holds a lone surrogate (the
        // first one's index in `bad`).
        public byte[] TryUtf8(out int bad)
        {
            bad = -1;
            int n = Length;
            byte[] buf = new byte[s.Length * 3];
            int w = 0;
            for (int k = 0; k < n; k++)
            {
                int c = CodeAtUnchecked(k);
                if (c < 0x80)
                    buf[w++] = (byte)c;
                else if (c < 0x800)
                {
                    buf[w++] = (byte)(0xC0 | (c >> 6));
                    buf[w++] = (byte)(0x80 | (c & 0x3F));
                }
                else if (c < 0x10000)
                {
                    if (c >= 0xD800 && c <= 0xDFFF)
                    {
                        bad = k;
                        return null;
                    }
                    buf[w++] = (byte)(0xE0 | (c >> 12));
                    buf[w++] = (byte)(0x80 | ((c >> 6) & 0x3F));
                    buf[w++] = (byte)(0x80 | (c & 0x3F));
                }
                else
                {
                    buf[w++] = (byte)(0xF0 | (c >> 18));
                    buf[w++] = (byte)(0x80 | ((c >> 12) & 0x3F));
                    buf[w++] = (byte)(0x80 | ((c >> 6) & 0x3F));
                    buf[w++] = (byte)(0x80 | (c & 0x3F));
                }
            }
            byte[] r = new byte[w];
            System.Array.Copy(buf, r, w);
            return r;
        }

        public static Bytes EncodeUtf8(Str a)
        {
            return new Bytes(a.Utf8());
        }

        // Decode UTF-8; every invalid sequence becomes U+FFFD, or, with
        // `escape` (CPython's surrogateescape, for names the OS gives), its
        // lead byte becomes U+DC00 + byte and the bytes after it are
        // decoded in turn (continuation bytes, so escaped too: what
        // escaping CPython's maximal invalid subpart gives).
        public static Str DecodeUtf8(byte[] b, int start, int end, bool escape = false)
        {
            StringBuilder sb = new StringBuilder(end - start);
            int i = start;
            while (i < end)
            {
                int c = b[i];
                if (c < 0x80)
                {
                    sb.Append((char)c);
                    i++;
                    continue;
                }
                int need;
                int min;
                if (c >= 0xC2 && c <= 0xDF) { need = 1; min = 0x80; c &= 0x1F; }
                else if (c >= 0xE0 && c <= 0xEF) { need = 2; min = 0x800; c &= 0x0F; }
                else if (c >= 0xF0 && c <= 0xF4) { need = 3; min = 0x10000; c &= 0x07; }
                else { sb.Append(escape ? (char)(0xDC00 + b[i]) : '\uFFFD'); i++; continue; }
                int j = 1;
                while (j <= need && i + j < end && (b[i + j] & 0xC0) == 0x80)
                {
                    c = (c << 6) | (b[i + j] & 0x3F);
                    j++;
                }
                if (j <= need || c < min || c > 0x10FFFF || (c >= 0xD800 && c <= 0xDFFF))
                {
                    if (escape)
                    {
                        sb.Append((char)(0xDC00 + b[i]));
                        i++;
                    }
                    else
                    {
                        sb.Append('\uFFFD');
                        i += j > 1 ? j : 1;
                    }
                    continue;
                }
                if (c >= 0x10000)
                {
                    c -= 0x10000;
                    sb.Append((char)(0xD800 + (c >> 10)));
                    sb.Append((char)(0xDC00 + (c & 0x3FF)));
                }
                else
                    sb.Append((char)c);
                i += j;
            }
            return FromHost(sb.ToString());
        }

        public override string ToString()
        {
            return s;
        }
    }

    public sealed class Bytes
    {
        public readonly byte[] b;

        public Bytes(byte[] b)
        {
            this.b = b;
        }

        // A literal: one char per byte.
        public static Bytes Lit(string s)
        {
            byte[] r = new byte[s.Length];
            for (int i = 0; i < s.Length; i++)
                r[i] = (byte)s[i];
            return new Bytes(r);
        }

        public static Bytes FromList(IntList l)
        {
            int n = (int)l.Len();
            byte[] r = new byte[n];
            for (int i = 0; i < n; i++)
            {
                long v = l.At(i);
                if (v < 0 || v > 255)
                    throw new ValueError("bytes must be in range(0, 256)");
                r[i] = (byte)v;
            }
            return new Bytes(r);
        }

        public static long Len(Bytes a)
        {
            return a.b.Length;
        }

        public static long Get(Bytes a, long i)
        {
            int n = a.b.Length;
            if (i < 0)
                i += n;
            if (i < 0 || i >= n)
                throw new IndexError("index out of range");
            return a.b[(int)i];
        }

        static int Clamp(long i, int n)
        {
            if (i < 0)
                return 0;
            if (i > n)
                return n;
            return (int)i;
        }

        public static Bytes Slice(Bytes a, long start, long stop)
        {
            int n = a.b.Length;
            int x = Clamp(start, n);
            int y = Clamp(stop, n);
            if (y < x)
                y = x;
            byte[] r = new byte[y - x];
            System.Array.Copy(a.b, x, r, 0, y - x);
            return new Bytes(r);
        }

        public static Bytes Concat(Bytes a, Bytes c)
        {
            byte[] r = new byte[(long)a.b.Length + c.b.Length];
            System.Array.Copy(a.b, r, a.b.Length);
            System.Array.Copy(c.b, 0, r, a.b.Length, c.b.Length);
            return new Bytes(r);
        }

        public static bool Eq(Bytes a, Bytes c)
        {
            if (a.b.Length != c.b.Length)
                return false;
            for (int i = 0; i < a.b.Length; i++)
                if (a.b[i] != c.b[i])
                    return false;
            return true;
        }

        public static Str DecodeUtf8(Bytes a)
        {
            return Str.DecodeUtf8(a.b, 0, a.b.Length);
        }
    }
}
