package rt;

/** Builtin exception `FileExistsError` (parent `OSError`). */
public class FileExistsError extends OSError {
    private static final long serialVersionUID = 1L;

    public FileExistsError() {
        super();
    }

    public FileExistsError(String message) {
        super(message);
    }
}
