package rt;

import java.nio.charset.StandardCharsets;
import java.util.IdentityHashMap;

/**
 * A Python `str`: the host string plus, when it holds any surrogate char,
 * its code points. Without surrogates a char index is a code-point index,
 * so `len`, indexing and `codeat` are O(1) either way; lone surrogates
 * (e.g. from `chr(0xD800)`) stay separate code points even when two of
 * them are concatenated.
 */
public final class Str {
    public static final Str EMPTY = new Str("", null);

    /** UTF-16 form (for output and host calls). */
    public final String s;
    /** The code points when `s` contains a surrogate; null otherwise. */
    private final int[] cps;
    /** `hash`'s value once computed (0: not yet; a real 0 is recomputed). */
    private long hash;

    private Str(String s, int[] cps) {
        this.s = s;
        this.cps = cps;
    }

    private static final IdentityHashMap<String, Str> LITERALS = new IdentityHashMap<>();

    /** A string constant (an interned `ldc` string): built once. */
    public static Str lit(String s) {
        Str r = LITERALS.get(s);
        if (r == null) {
            r = of(s);
            LITERALS.put(s, r);
        }
        return r;
    }

    /** Wrap a host string (lone surrogates count as one code point each). */
    public static Str of(String s) {
        int n = s.length();
        for (int i = 0; i < n; i++) {
            if (Character.isSurrogate(s.charAt(i))) {
                return new Str(s, s.codePoints().toArray());
            }
        }
        return new Str(s, null);
    }

    private static boolean needsCps(int c) {
        return c >= 0xD800 && (c <= 0xDFFF || c > 0xFFFF);
    }

    static Str ofCps(int[] cps, int from, int to) {
        int[] part = java.util.Arrays.copyOfRange(cps, from, to);
        String s = new String(part, 0, part.length);
        for (int c : part) {
            if (needsCps(c)) {
                return new Str(s, part);
            }
        }
        return new Str(s, null);
    }

    @Override
    public String toString() {
        return s;
    }

    public long len() {
        return cps == null ? s.length() : cps.length;
    }

    private int size() {
        return cps == null ? s.length() : cps.length;
    }

    private int at(int i) {
        return cps == null ? s.charAt(i) : cps[i];
    }

    private int[] codePoints() {
        if (cps != null) {
            return cps;
        }
        int[] r = new int[s.length()];
        for (int i = 0; i < r.length; i++) {
            r[i] = s.charAt(i);
        }
        return r;
    }

    public Str concat(Str o) {
        if (o.size() == 0) {
            return this;
        }
        if (size() == 0) {
            return o;
        }
        String t = s.concat(o.s);
        if (cps == null && o.cps == null) {
            return new Str(t, null);
        }
        int[] a = codePoints();
        int[] b = o.codePoints();
        int[] r = new int[a.length + b.length];
        System.arraycopy(a, 0, r, 0, a.length);
        System.arraycopy(b, 0, r, a.length, b.length);
        return new Str(t, r);
    }

    public static boolean eq(Str a, Str b) {
        if (a == b) {
            return true;
        }
        if (a == null || b == null) {
            return false;
        }
        if (a.cps == null && b.cps == null) {
            return a.s.equals(b.s);
        }
        if (a.cps == null || b.cps == null) {
            return false;
        }
        return java.util.Arrays.equals(a.cps, b.cps);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Str && eq(this, (Str) o);
    }

    @Override
    public int hashCode() {
        return cps == null ? s.hashCode() : java.util.Arrays.hashCode(cps);
    }

    public static Str ofLong(long v) {
        return new Str(Long.toString(v), null);
    }

    private static final Str TRUE = new Str("True", null);
    private static final Str FALSE = new Str("False", null);

    public static Str ofBool(boolean b) {
        return b ? TRUE : FALSE;
    }

    /** `s[i]`, negative from the end. */
    public static Str get(Str s, long i) {
        int n = s.size();
        if (i < 0) {
            i += n;
        }
        if (i < 0 || i >= n) {
            throw new IndexError("string index out of range");
        }
        int c = s.at((int) i);
        if (s.cps == null) {
            return new Str(String.valueOf((char) c), null);
        }
        return ofCps(s.cps, (int) i, (int) i + 1);
    }

    /** Code point at 0 <= i < len. */
    public static long codeat(Str s, long i) {
        if (i < 0 || i >= s.size()) {
            throw new IndexError("string index out of range");
        }
        return s.at((int) i);
    }

    /**
     * The prelude's string hash: h = 5381, then h = ((h & (2**48 - 1)) * 33
     * + c) per code point (below 2**54, so reducing modulo 2**61 - 1 is a
     * no-op), then (h + len) mod 2**61 - 1. Cached: a Str never changes.
     */
    public static long hash(Str s) {
        long h = s.hash;
        if (h != 0) {
            return h;
        }
        h = 5381;
        int n = s.size();
        if (s.cps == null) {
            String t = s.s;
            for (int i = 0; i < n; i++) {
                h = (h & 0xFFFFFFFFFFFFL) * 33 + t.charAt(i);
            }
        } else {
            int[] c = s.cps;
            for (int i = 0; i < n; i++) {
                h = (h & 0xFFFFFFFFFFFFL) * 33 + c[i];
            }
        }
        h = (h + n) % 0x1FFFFFFFFFFFFFFFL;
        s.hash = h;
        return h;
    }

    private static int clamp(long v, int n) {
        return (int) Math.max(0, Math.min(v, n));
    }

    public static Str slice(Str s, long start, long stop) {
        int n = s.size();
        int a = clamp(start, n);
        int b = Math.max(a, clamp(stop, n));
        if (a == 0 && b == n) {
            return s;
        }
        if (s.cps == null) {
            return new Str(s.s.substring(a, b), null);
        }
        return ofCps(s.cps, a, b);
    }

    /** Code-point lexicographic comparison: -1, 0 or 1. */
    public static long cmp(Str a, Str b) {
        int n = a.size();
        int m = b.size();
        int k = Math.min(n, m);
        for (int i = 0; i < k; i++) {
            int x = a.at(i);
            int y = b.at(i);
            if (x != y) {
                return x < y ? -1 : 1;
            }
        }
        return n == m ? 0 : (n < m ? -1 : 1);
    }

    /** `chr(i)`. */
    public static Str fromcp(long c) {
        if (c < 0 || c >= 0x110000) {
            throw new ValueError("chr() arg not in range(0x110000)");
        }
        int[] one = {(int) c};
        return ofCps(one, 0, 1);
    }

    /** `sep.join(items)`. */
    public static Str join(Str sep, List items) {
        int n = (int) items.len();
        if (n == 0) {
            return EMPTY;
        }
        boolean plain = sep.cps == null;
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++) {
            Str x = (Str) items.get(i);
            plain &= x.cps == null;
            if (i > 0) {
                sb.append(sep.s);
            }
            sb.append(x.s);
        }
        if (plain) {
            return new Str(sb.toString(), null);
        }
        Str r = (Str) items.get(0);
        for (int i = 1; i < n; i++) {
            r = r.concat(sep).concat((Str) items.get(i));
        }
        return r;
    }

    /** Index of the first `sub` at or after `start` (clamped), or -1. */
    public static long find(Str s, Str sub, long start) {
        int n = s.size();
        int from = clamp(start, n);
        if (s.cps == null && sub.cps == null) {
            return s.s.indexOf(sub.s, from);
        }
        if (s.cps == null) {
            return -1; // sub has a surrogate, s has none
        }
        int m = sub.size();
        outer:
        for (int i = from; i + m <= n; i++) {
            for (int j = 0; j < m; j++) {
                if (s.at(i + j) != sub.at(j)) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    /** Whether a code point is a (lone) surrogate: stdout refuses it. */
    boolean hasSurrogate() {
        if (cps == null) {
            return false;
        }
        for (int c : cps) {
            if (c >= 0xD800 && c <= 0xDFFF) {
                return true;
            }
        }
        return false;
    }

    /** UTF-8 with each lone surrogate as `\\udxxx` (stderr's backslashreplace). */
    byte[] utf8Escaped() {
        if (!hasSurrogate()) {
            return s.getBytes(StandardCharsets.UTF_8);
        }
        StringBuilder sb = new StringBuilder(s.length() + 16);
        for (int c : cps) {
            if (c >= 0xD800 && c <= 0xDFFF) {
                sb.append(String.format("\\u%04x", c));
            } else {
                sb.appendCodePoint(c);
            }
        }
        return sb.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** UTF-8 encoding; lone surrogates raise UnicodeEncodeError. */
    public static byte[] encodeUtf8(Str s) {
        if (s.cps == null) {
            return s.s.getBytes(StandardCharsets.UTF_8);
        }
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        for (int i = 0; i < s.cps.length; i++) {
            int c = s.cps[i];
            if (c >= 0xD800 && c <= 0xDFFF) {
                throw new UnicodeEncodeError("'utf-8' codec can't encode character '\\u"
                        + Integer.toHexString(c) + "' in position " + i + ": surrogates not allowed");
            }
            if (c < 0x80) {
                out.write(c);
            } else if (c < 0x800) {
                out.write(0xC0 | (c >> 6));
                out.write(0x80 | (c & 0x3F));
            } else if (c < 0x10000) {
                out.write(0xE0 | (c >> 12));
                out.write(0x80 | ((c >> 6) & 0x3F));
                out.write(0x80 | (c & 0x3F));
            } else {
                out.write(0xF0 | (c >> 18));
                out.write(0x80 | ((c >> 12) & 0x3F));
                out.write(0x80 | ((c >> 6) & 0x3F));
                out.write(0x80 | (c & 0x3F));
            }
        }
        return out.toByteArray();
    }

    /** UTF-8 decoding; invalid sequences become U+FFFD. */
    public static Str decodeUtf8(byte[] b) {
        return of(new String(b, StandardCharsets.UTF_8));
    }
}
