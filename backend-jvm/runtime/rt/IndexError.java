package rt;

/** Builtin exception `IndexError` (parent `LookupError`). */
public class IndexError extends LookupError {
    private static final long serialVersionUID = 1L;

    public IndexError() {
        super();
    }

    public IndexError(String message) {
        super(message);
    }
}
