package rt;

/** String helpers (strings are java.lang.String; lengths count code points). */
public final class Str {
    private Str() {}

    /** Number of code points (an astral character counts once). */
    public static long len(String s) {
        return s.codePointCount(0, s.length());
    }

    public static String ofBool(boolean b) {
        return b ? "True" : "False";
    }
}
