package rt;

/** Builtin exception `StopIteration` (parent `Exception`). */
public class StopIteration extends Exception {
    private static final long serialVersionUID = 1L;

    public StopIteration() {
        super();
    }

    public StopIteration(String message) {
        super(message);
    }
}
