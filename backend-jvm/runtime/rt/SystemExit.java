package rt;

/** Builtin exception `SystemExit` (parent `BaseException`). */
public class SystemExit extends BaseException {
    private static final long serialVersionUID = 1L;

    /** The exit status when this escapes `main`. */
    public long code;

    public SystemExit() {
        super();
    }

    public SystemExit(String message) {
        super(message);
    }
}
