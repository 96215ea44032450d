package rt;

/**
 * Root of the program's exception hierarchy (the IR's builtin
 * `BaseException`). Stack traces are never recorded: raising is as cheap as
 * a jump.
 */
public class BaseException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** The Python-level message ("" after `new`). */
    public Str message = Str.EMPTY;

    /**
     * The repr of a constructor argument that is not a str (the front end
     * sets it, for `repr(e)`); null otherwise.
     */
    public Str argrepr;

    public BaseException() {
        super(null, null, false, false);
    }

    public BaseException(String message) {
        super(null, null, false, false);
        this.message = Str.of(message);
    }

    @Override
    public Throwable fillInStackTrace() {
        return this;
    }

    /** The IR class name of this exception (without the host package). */
    public final String pyClassName() {
        String n = getClass().getName();
        return n.substring(n.lastIndexOf('.') + 1);
    }

    @Override
    public String getMessage() {
        return message == null ? "" : message.s;
    }
}
