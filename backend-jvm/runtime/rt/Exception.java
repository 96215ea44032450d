package rt;

/** Builtin exception `Exception` (parent `BaseException`). */
public class Exception extends BaseException {
    private static final long serialVersionUID = 1L;

    public Exception() {
        super();
    }

    public Exception(String message) {
        super(message);
    }
}
