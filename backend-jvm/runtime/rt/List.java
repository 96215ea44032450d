package rt;

/** A Python list: elements are boxed (Long, Boolean, String, objects). */
public final class List {
    private static final Object[] EMPTY = new Object[0];
    /** The storage of a list detached by {@link #detach} (list.sort): its
     * capacity is 0, so the next item stored grows it away. */
    private static final Object[] NO_STORAGE = new Object[0];

    private Object[] items;
    private int size;

    public List() {
        items = EMPTY;
    }

    public List(int capacity) {
        items = capacity == 0 ? EMPTY : new Object[capacity];
    }

    public long len() {
        return size;
    }

    /** Normalizes a Python index; returns -1 when it is out of range. */
    private int index(long i) {
        if (i < 0) {
            i += size;
        }
        if (i < 0 || i >= size) {
            return -1;
        }
        return (int) i;
    }

    public Object get(long i) {
        int k = index(i);
        if (k < 0) {
            throw new IndexError("list index out of range");
        }
        return items[k];
    }

    public void set(long i, Object x) {
        int k = index(i);
        if (k < 0) {
            throw new IndexError("list assignment index out of range");
        }
        items[k] = x;
    }

    private void reserve(int extra) {
        long need = (long) size + extra;
        if (need <= items.length) {
            return;
        }
        if (need > Integer.MAX_VALUE - 8) {
            throw new MemoryError("");
        }
        long cap = Math.max(Math.max(need, (long) items.length * 2), 8L);
        if (cap > Integer.MAX_VALUE - 8) {
            cap = need;
        }
        Object[] n = new Object[(int) cap];
        System.arraycopy(items, 0, n, 0, size);
        items = n;
    }

    public void append(Object x) {
        if (size == items.length) {
            reserve(1);
        }
        items[size++] = x;
    }

    public Object pop() {
        if (size == 0) {
            throw new IndexError("pop from empty list");
        }
        Object x = items[--size];
        items[size] = null;
        return x;
    }

    public Object pop(long i) {
        if (size == 0) {
            throw new IndexError("pop from empty list");
        }
        int k = index(i);
        if (k < 0) {
            throw new IndexError("pop index out of range");
        }
        Object x = items[k];
        System.arraycopy(items, k + 1, items, k, size - k - 1);
        items[--size] = null;
        return x;
    }

    /** Appends every element of `other` (which may be this list). */
    public void extend(List other) {
        int n = other.size;
        reserve(n);
        System.arraycopy(other.items, 0, items, size, n);
        size += n;
    }

    private int clampIndex(long v) {
        return (int) Math.max(0, Math.min(v, size));
    }

    /** `l[start:stop]` (bounds clamped): a new list. */
    public static List slice(List l, long start, long stop) {
        int a = l.clampIndex(start);
        int b = Math.max(a, l.clampIndex(stop));
        List r = new List(b - a);
        System.arraycopy(l.items, a, r.items, 0, b - a);
        r.size = b - a;
        return r;
    }

    /** Insert before index i (clamped to 0..len). */
    public static void insert(List l, long i, Object x) {
        int k = l.clampIndex(i);
        l.reserve(1);
        System.arraycopy(l.items, k, l.items, k + 1, l.size - k);
        l.items[k] = x;
        l.size++;
    }

    /** Keep the first n elements (clamped to 0..len). */
    public static void truncate(List l, long n) {
        int k = l.clampIndex(n);
        for (int i = k; i < l.size; i++) {
            l.items[i] = null;
        }
        l.size = k;
    }

    /** Empty the list and detach its storage. */
    public static void detach(List l) {
        l.items = NO_STORAGE;
        l.size = 0;
    }

    /** No item was stored since {@link #detach}. */
    public static boolean detached(List l) {
        return l.items == NO_STORAGE;
    }
}
