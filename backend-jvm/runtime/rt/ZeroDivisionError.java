package rt;

/** Builtin exception `ZeroDivisionError` (parent `ArithmeticError`). */
public class ZeroDivisionError extends ArithmeticError {
    private static final long serialVersionUID = 1L;

    public ZeroDivisionError() {
        super();
    }

    public ZeroDivisionError(String message) {
        super(message);
    }
}
