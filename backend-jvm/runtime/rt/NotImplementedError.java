package rt;

/** Builtin exception `NotImplementedError` (parent `RuntimeError`). */
public class NotImplementedError extends RuntimeError {
    private static final long serialVersionUID = 1L;

    public NotImplementedError() {
        super();
    }

    public NotImplementedError(String message) {
        super(message);
    }
}
