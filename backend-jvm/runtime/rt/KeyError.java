package rt;

/** Builtin exception `KeyError` (parent `LookupError`). */
public class KeyError extends LookupError {
    private static final long serialVersionUID = 1L;

    public KeyError() {
        super();
    }

    public KeyError(String message) {
        super(message);
    }
}
