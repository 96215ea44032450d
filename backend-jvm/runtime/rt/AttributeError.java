package rt;

/** Builtin exception `AttributeError` (parent `Exception`). */
public class AttributeError extends Exception {
    private static final long serialVersionUID = 1L;

    public AttributeError() {
        super();
    }

    public AttributeError(String message) {
        super(message);
    }
}
