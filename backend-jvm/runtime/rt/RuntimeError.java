package rt;

/** Builtin exception `RuntimeError` (parent `Exception`). */
public class RuntimeError extends Exception {
    private static final long serialVersionUID = 1L;

    public RuntimeError() {
        super();
    }

    public RuntimeError(String message) {
        super(message);
    }
}
