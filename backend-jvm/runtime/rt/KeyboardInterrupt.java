package rt;

/** Builtin exception `KeyboardInterrupt` (parent `BaseException`). */
public class KeyboardInterrupt extends BaseException {
    private static final long serialVersionUID = 1L;

    public KeyboardInterrupt() {
        super();
    }

    public KeyboardInterrupt(String message) {
        super(message);
    }
}
