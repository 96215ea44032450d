package rt;

/** Builtin exception `UnicodeError` (parent `ValueError`). */
public class UnicodeError extends ValueError {
    private static final long serialVersionUID = 1L;

    public UnicodeError() {
        super();
    }

    public UnicodeError(String message) {
        super(message);
    }
}
