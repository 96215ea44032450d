package rt;

/** Builtin exception `UnicodeEncodeError` (parent `UnicodeError`). */
public class UnicodeEncodeError extends UnicodeError {
    private static final long serialVersionUID = 1L;

    public UnicodeEncodeError() {
        super();
    }

    public UnicodeEncodeError(String message) {
        super(message);
    }
}
