package rt;

/** Builtin exception `LookupError` (parent `Exception`). */
public class LookupError extends Exception {
    private static final long serialVersionUID = 1L;

    public LookupError() {
        super();
    }

    public LookupError(String message) {
        super(message);
    }
}
