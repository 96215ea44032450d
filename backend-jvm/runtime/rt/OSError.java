package rt;

/** Builtin exception `OSError` (parent `Exception`). */
public class OSError extends Exception {
    private static final long serialVersionUID = 1L;

    /** The Linux errno value. */
    public long errno;

    public OSError() {
        super();
    }

    public OSError(String message) {
        super(message);
    }
}
