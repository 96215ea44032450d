package rt;

/** Builtin exception `ValueError` (parent `Exception`). */
public class ValueError extends Exception {
    private static final long serialVersionUID = 1L;

    public ValueError() {
        super();
    }

    public ValueError(String message) {
        super(message);
    }
}
