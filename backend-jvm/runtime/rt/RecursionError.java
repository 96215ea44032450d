package rt;

/** Builtin exception `RecursionError` (parent `RuntimeError`). */
public class RecursionError extends RuntimeError {
    private static final long serialVersionUID = 1L;

    public RecursionError() {
        super();
    }

    public RecursionError(String message) {
        super(message);
    }
}
