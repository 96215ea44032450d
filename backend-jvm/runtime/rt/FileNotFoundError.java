package rt;

/** Builtin exception `FileNotFoundError` (parent `OSError`). */
public class FileNotFoundError extends OSError {
    private static final long serialVersionUID = 1L;

    public FileNotFoundError() {
        super();
    }

    public FileNotFoundError(String message) {
        super(message);
    }
}
