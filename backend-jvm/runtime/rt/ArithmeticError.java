package rt;

/** Builtin exception `ArithmeticError` (parent `Exception`). */
public class ArithmeticError extends Exception {
    private static final long serialVersionUID = 1L;

    public ArithmeticError() {
        super();
    }

    public ArithmeticError(String message) {
        super(message);
    }
}
