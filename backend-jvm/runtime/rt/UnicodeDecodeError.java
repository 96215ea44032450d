package rt;

/** Builtin exception `UnicodeDecodeError` (parent `UnicodeError`). */
public class UnicodeDecodeError extends UnicodeError {
    private static final long serialVersionUID = 1L;

    public UnicodeDecodeError() {
        super();
    }

    public UnicodeDecodeError(String message) {
        super(message);
    }
}
