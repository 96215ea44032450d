package rt;

/** Builtin exception `MemoryError` (parent `Exception`). */
public class MemoryError extends Exception {
    private static final long serialVersionUID = 1L;

    public MemoryError() {
        super();
    }

    public MemoryError(String message) {
        super(message);
    }
}
