package rt;

/** Builtin exception `IsADirectoryError` (parent `OSError`). */
public class IsADirectoryError extends OSError {
    private static final long serialVersionUID = 1L;

    public IsADirectoryError() {
        super();
    }

    public IsADirectoryError(String message) {
        super(message);
    }
}
