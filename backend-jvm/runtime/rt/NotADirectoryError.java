package rt;

/** Builtin exception `NotADirectoryError` (parent `OSError`). */
public class NotADirectoryError extends OSError {
    private static final long serialVersionUID = 1L;

    public NotADirectoryError() {
        super();
    }

    public NotADirectoryError(String message) {
        super(message);
    }
}
