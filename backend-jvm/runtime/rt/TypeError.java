package rt;

/** Builtin exception `TypeError` (parent `Exception`). */
public class TypeError extends Exception {
    private static final long serialVersionUID = 1L;

    public TypeError() {
        super();
    }

    public TypeError(String message) {
        super(message);
    }
}
