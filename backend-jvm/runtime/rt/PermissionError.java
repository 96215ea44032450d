package rt;

/** Builtin exception `PermissionError` (parent `OSError`). */
public class PermissionError extends OSError {
    private static final long serialVersionUID = 1L;

    public PermissionError() {
        super();
    }

    public PermissionError(String message) {
        super(message);
    }
}
