package rt;

import java.util.IdentityHashMap;

/** `bytes` values are immutable `byte[]`s; these are their primitives. */
public final class Bytes {
    private Bytes() {}

    private static final IdentityHashMap<String, byte[]> LITERALS = new IdentityHashMap<>();

    /** A constant, given as a string of chars 0..255 (built once when interned). */
    public static byte[] lit(String s, boolean interned) {
        byte[] b = interned ? LITERALS.get(s) : null;
        if (b == null) {
            b = new byte[s.length()];
            for (int i = 0; i < b.length; i++) {
                b[i] = (byte) s.charAt(i);
            }
            if (interned) {
                LITERALS.put(s, b);
            }
        }
        return b;
    }

    public static byte[] fromlist(List l) {
        int n = (int) l.len();
        byte[] b = new byte[n];
        for (int i = 0; i < n; i++) {
            long v = (Long) l.get(i);
            if (v < 0 || v > 255) {
                throw new ValueError("bytes must be in range(0, 256)");
            }
            b[i] = (byte) v;
        }
        return b;
    }

    public static long len(byte[] b) {
        return b.length;
    }

    public static long get(byte[] b, long i) {
        if (i < 0) {
            i += b.length;
        }
        if (i < 0 || i >= b.length) {
            throw new IndexError("index out of range");
        }
        return b[(int) i] & 0xFF;
    }

    public static byte[] slice(byte[] b, long start, long stop) {
        int n = b.length;
        int a = (int) Math.max(0, Math.min(start, n));
        int e = (int) Math.max(a, Math.min(stop, n));
        return java.util.Arrays.copyOfRange(b, a, e);
    }

    public static byte[] concat(byte[] a, byte[] b) {
        byte[] r = new byte[a.length + b.length];
        System.arraycopy(a, 0, r, 0, a.length);
        System.arraycopy(b, 0, r, a.length, b.length);
        return r;
    }

    public static boolean eq(byte[] a, byte[] b) {
        return java.util.Arrays.equals(a, b);
    }
}
