package rt;

/** Builtin exception `OverflowError` (parent `ArithmeticError`). */
public class OverflowError extends ArithmeticError {
    private static final long serialVersionUID = 1L;

    public OverflowError() {
        super();
    }

    public OverflowError(String message) {
        super(message);
    }
}
