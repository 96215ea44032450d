package rt;

/** Builtin exception `AssertionError` (parent `Exception`). */
public class AssertionError extends Exception {
    private static final long serialVersionUID = 1L;

    public AssertionError() {
        super();
    }

    public AssertionError(String message) {
        super(message);
    }
}
