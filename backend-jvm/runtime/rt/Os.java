package rt;

import java.io.FileDescriptor;
import java.io.FileInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.NonReadableChannelException;
import java.nio.channels.NonWritableChannelException;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * OS primitives. File descriptors are emulated with a table: 0, 1 and 2
 * are stdin, stdout and stderr; others are channels (or directories,
 * which can be opened read-only but not read).
 */
public final class Os {
    private Os() {}

    private static final Object STDIN = new Object();
    private static final Object STDOUT = new Object();
    private static final Object STDERR = new Object();
    private static final Object DIRECTORY = new Object();

    private static final ArrayList<Object> FDS = new ArrayList<>();

    static {
        FDS.add(STDIN);
        FDS.add(STDOUT);
        FDS.add(STDERR);
    }

    private static final FileInputStream IN = new FileInputStream(FileDescriptor.in);

    /** glibc's strerror texts for the errno values we report. */
    private static final Object[][] ERRNOS = {
        {1, "Operation not permitted"},
        {2, "No such file or directory"},
        {5, "Input/output error"},
        {9, "Bad file descriptor"},
        {13, "Permission denied"},
        {16, "Device or resource busy"},
        {17, "File exists"},
        {18, "Invalid cross-device link"},
        {20, "Not a directory"},
        {21, "Is a directory"},
        {22, "Invalid argument"},
        {24, "Too many open files"},
        {26, "Text file busy"},
        {27, "File too large"},
        {28, "No space left on device"},
        {30, "Read-only file system"},
        {31, "Too many links"},
        {36, "File name too long"},
        {39, "Directory not empty"},
        {40, "Too many levels of symbolic links"},
    };

    private static String strerror(int errno) {
        for (Object[] e : ERRNOS) {
            if ((Integer) e[0] == errno) {
                return (String) e[1];
            }
        }
        return "Unknown error " + errno;
    }

    /** Python's repr of a str. */
    static String repr(String s) {
        char q = s.indexOf('\'') >= 0 && s.indexOf('"') < 0 ? '"' : '\'';
        StringBuilder sb = new StringBuilder();
        sb.append(q);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < s.length()
                    && Character.isLowSurrogate(s.charAt(i + 1))) {
                sb.append(c).append(s.charAt(++i));
            } else if (Character.isSurrogate(c)) { // a lone one: CPython escapes it
                sb.append(String.format("\\u%04x", (int) c));
            } else if (c == q || c == '\\') {
                sb.append('\\').append(c);
            } else if (c == '\n') {
                sb.append("\\n");
            } else if (c == '\r') {
                sb.append("\\r");
            } else if (c == '\t') {
                sb.append("\\t");
            } else if (c < 0x20 || (c >= 0x7f && c <= 0xa0) || c == 0xad) {
                sb.append(String.format("\\x%02x", (int) c));
            } else {
                sb.append(c);
            }
        }
        return sb.append(q).toString();
    }

    /** The OSError (or subclass) for an errno, with the path if any. */
    public static OSError error(int errno, String path) {
        return error(errno, path, null);
    }

    /** The OSError for an errno with two paths ("'SRC' -> 'DST'"). */
    public static OSError error(int errno, String path, String path2) {
        String msg = "[Errno " + errno + "] " + strerror(errno);
        if (path != null) {
            msg += ": " + repr(path);
            if (path2 != null) {
                msg += " -> " + repr(path2);
            }
        }
        OSError e;
        switch (errno) {
            case 2:
                e = new FileNotFoundError(msg);
                break;
            case 1:
            case 13:
                e = new PermissionError(msg);
                break;
            case 21:
                e = new IsADirectoryError(msg);
                break;
            case 20:
                e = new NotADirectoryError(msg);
                break;
            case 17:
                e = new FileExistsError(msg);
                break;
            default:
                e = new OSError(msg);
        }
        e.errno = errno;
        // repr(e) shows CPython's args, (errno, strerror), whatever the
        // paths (glibc's texts hold no quote or backslash).
        e.argrepr = Str.of(errno + ", '" + strerror(errno) + "'");
        return e;
    }

    private static OSError translate(IOException e, String path) {
        if (e instanceof NoSuchFileException) {
            return error(2, path);
        }
        if (e instanceof AccessDeniedException) {
            return error(13, path);
        }
        if (e instanceof FileAlreadyExistsException) {
            return error(17, path);
        }
        if (e instanceof NotDirectoryException) {
            return error(20, path);
        }
        if (e instanceof DirectoryNotEmptyException) {
            return error(39, path);
        }
        if (e instanceof FileSystemException) {
            String reason = ((FileSystemException) e).getReason();
            if (reason != null) {
                for (Object[] x : ERRNOS) {
                    if (reason.startsWith((String) x[1])) {
                        return error((Integer) x[0], path);
                    }
                }
            }
        }
        return error(5, path);
    }

    /**
     * The checks of CPython's file-system encoding, in order: a NUL is
     * "embedded null byte", a lone surrogate outside U+DC80..U+DCFF (which
     * surrogateescape gives back as a byte) cannot be encoded.
     */
    private static void noNul(Str p) {
        String s = p.s;
        int k = 0; // code point index
        for (int i = 0; i < s.length(); i++, k++) {
            char c = s.charAt(i);
            if (c == 0) {
                throw new ValueError("embedded null byte");
            }
            if (Character.isHighSurrogate(c) && i + 1 < s.length()
                    && Character.isLowSurrogate(s.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c) && (c < 0xDC80 || c > 0xDCFF)) {
                throw new UnicodeEncodeError(String.format(
                        "'utf-8' codec can't encode character '\\u%04x' in position %d: "
                                + "surrogates not allowed", (int) c, k));
            }
        }
    }

    private static Path path(Str p) {
        noNul(p);
        // Java resolves "" to the current directory; the system calls
        // (and so CPython) find no such file.
        if (p.s.isEmpty()) {
            throw error(2, p.s);
        }
        try {
            return Paths.get(p.s);
        } catch (InvalidPathException e) {
            throw error(2, p.s);
        }
    }

    private static int allocate(Object o) {
        for (int i = 0; i < FDS.size(); i++) {
            if (FDS.get(i) == null) {
                FDS.set(i, o);
                return i;
            }
        }
        FDS.add(o);
        return FDS.size() - 1;
    }

    private static Object lookup(long fd) {
        Object o = fd >= 0 && fd < FDS.size() ? FDS.get((int) fd) : null;
        if (o == null) {
            throw error(9, null);
        }
        return o;
    }

    /** `os.open(path, flags, mode)` with Linux flag values. */
    public static long open(Str ps, long flags, long mode) {
        Path p = path(ps);
        int acc = (int) (flags & 3);
        boolean creat = (flags & 0100) != 0;
        boolean excl = (flags & 0200) != 0;
        boolean trunc = (flags & 01000) != 0;
        boolean append = (flags & 02000) != 0;
        if (acc == 3) {
            throw error(22, ps.s);
        }
        if (Files.isDirectory(p)) {
            if (creat && excl) {
                throw error(17, ps.s);
            }
            if (acc != 0) {
                throw error(21, ps.s);
            }
            return allocate(DIRECTORY);
        }
        Set<OpenOption> opts = new HashSet<>();
        if (acc == 0 || acc == 2) {
            opts.add(StandardOpenOption.READ);
        }
        if (acc == 1 || acc == 2) {
            opts.add(append ? StandardOpenOption.APPEND : StandardOpenOption.WRITE);
        }
        if (creat) {
            opts.add(excl ? StandardOpenOption.CREATE_NEW : StandardOpenOption.CREATE);
        }
        if (trunc && acc != 0) {
            opts.add(StandardOpenOption.TRUNCATE_EXISTING);
        }
        try {
            SeekableByteChannel ch;
            if (creat) {
                Set<PosixFilePermission> perms = PosixFilePermissions.fromString(permString(mode));
                ch = Files.newByteChannel(p, opts, PosixFilePermissions.asFileAttribute(perms));
            } else {
                ch = Files.newByteChannel(p, opts);
            }
            return allocate(ch);
        } catch (IOException e) {
            throw translate(e, ps.s);
        } catch (UnsupportedOperationException | IllegalArgumentException e) {
            throw error(22, ps.s);
        }
    }

    private static String permString(long mode) {
        String letters = "rwxrwxrwx";
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 9; i++) {
            sb.append((mode & (1L << (8 - i))) != 0 ? letters.charAt(i) : '-');
        }
        return sb.toString();
    }

    /** `os.read(fd, n)`: at most n bytes, empty at end of file. */
    public static byte[] read(long fd, long n) {
        // CPython checks the count before the descriptor.
        if (n < 0) {
            throw error(22, null);
        }
        Object o = lookup(fd);
        int want = (int) Math.min(n, 1 << 24);
        try {
            if (o == STDIN) {
                byte[] buf = new byte[want];
                int got = want == 0 ? 0 : IN.read(buf, 0, want);
                return got <= 0 ? new byte[0] : java.util.Arrays.copyOf(buf, got);
            }
            if (o == STDOUT || o == STDERR) {
                throw error(9, null);
            }
            if (o == DIRECTORY) {
                throw error(21, null);
            }
            SeekableByteChannel ch = (SeekableByteChannel) o;
            ByteBuffer buf = ByteBuffer.allocate(want);
            int got = want == 0 ? 0 : ch.read(buf);
            return got <= 0 ? new byte[0] : java.util.Arrays.copyOf(buf.array(), got);
        } catch (NonReadableChannelException e) {
            throw error(9, null);
        } catch (IOException e) {
            throw translate(e, null);
        }
    }

    /** `os.write(fd, data)`: bytes written. */
    public static long write(long fd, byte[] data) {
        Object o = lookup(fd);
        try {
            if (o == STDOUT || o == STDERR) {
                Rt.flush();
                Rt.rawWrite(o == STDOUT ? 1 : 2, data);
                return data.length;
            }
            if (o == STDIN || o == DIRECTORY) {
                throw error(9, null);
            }
            SeekableByteChannel ch = (SeekableByteChannel) o;
            ByteBuffer buf = ByteBuffer.wrap(data);
            while (buf.hasRemaining()) {
                ch.write(buf);
            }
            return data.length;
        } catch (NonWritableChannelException e) {
            throw error(9, null);
        } catch (IOException e) {
            throw translate(e, null);
        }
    }

    public static void close(long fd) {
        Object o = lookup(fd);
        FDS.set((int) fd, null);
        if (o instanceof SeekableByteChannel) {
            try {
                ((SeekableByteChannel) o).close();
            } catch (IOException e) {
                throw translate(e, null);
            }
        }
    }

    /** `os.stat(path)`: [st_mode, st_size, st_mtime in nanoseconds]. */
    public static List stat(Str ps) {
        Path p = path(ps);
        try {
            Map<String, Object> a = Files.readAttributes(p, "unix:mode,size,lastModifiedTime");
            FileTime t = (FileTime) a.get("lastModifiedTime");
            java.time.Instant i = t.toInstant();
            List l = new List(3);
            l.append(((Integer) a.get("mode")).longValue());
            l.append((Long) a.get("size"));
            l.append(i.getEpochSecond() * 1_000_000_000L + i.getNano());
            return l;
        } catch (IOException e) {
            throw translate(e, ps.s);
        } catch (UnsupportedOperationException | IllegalArgumentException e) {
            throw error(22, ps.s);
        }
    }

    /** Whether the path names a directory (not following a final symlink). */
    private static boolean isDir(Path p) {
        return Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS);
    }

    /** `os.unlink(path)`: a directory gives EISDIR, as on Linux. */
    public static void unlink(Str ps) {
        Path p = path(ps);
        if (isDir(p)) {
            throw error(21, ps.s);
        }
        try {
            Files.delete(p);
        } catch (IOException e) {
            throw translate(e, ps.s);
        }
    }

    /** `os.rmdir(path)`: only an empty directory. */
    public static void rmdir(Str ps) {
        Path p = path(ps);
        if (!isDir(p) && Files.exists(p, LinkOption.NOFOLLOW_LINKS)) {
            throw error(20, ps.s);
        }
        try {
            Files.delete(p);
        } catch (IOException e) {
            throw translate(e, ps.s);
        }
    }

    /**
     * `os.rename(src, dst)` / `os.replace`: rename(2), which the JDK's
     * atomic move is on Linux; errno values come back through the
     * exception's reason (glibc's text).
     */
    public static void rename(Str src, Str dst) {
        noNul(src);
        noNul(dst);
        if (src.s.isEmpty() || dst.s.isEmpty()) {
            throw error(2, src.s, dst.s);
        }
        Path p = path(src);
        Path q = path(dst);
        // The JDK drops a trailing slash, which rename(2) honours.
        if ((src.s.endsWith("/") && Files.exists(p, LinkOption.NOFOLLOW_LINKS) && !isDir(p))
                || (dst.s.endsWith("/") && Files.exists(q, LinkOption.NOFOLLOW_LINKS) && !isDir(q))) {
            throw error(20, src.s, dst.s);
        }
        try {
            Files.move(p, q, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            OSError o = translate(e, null);
            throw error((int) o.errno, src.s, dst.s);
        } catch (UnsupportedOperationException | IllegalArgumentException e) {
            throw error(22, src.s, dst.s);
        }
    }

    private static long pid = -1;

    /** `os.getpid()` (Java 8 has no ProcessHandle: /proc/self names it). */
    public static long getpid() {
        if (pid < 0) {
            try {
                pid = Long.parseLong(Files.readSymbolicLink(Paths.get("/proc/self")).toString());
            } catch (IOException | NumberFormatException | UnsupportedOperationException e) {
                String n = java.lang.management.ManagementFactory.getRuntimeMXBean().getName();
                int at = n.indexOf('@');
                try {
                    pid = Long.parseLong(at > 0 ? n.substring(0, at) : n);
                } catch (NumberFormatException e2) {
                    pid = 0;
                }
            }
        }
        return pid;
    }

    /** CPython sleeps until a deadline on the monotonic clock (which
     * System.nanoTime reads on Linux); Linux rejects it (EINVAL) from
     * 9223372036 s on. */
    private static final long SLEEP_DEADLINE_MAX = 9223372036L * 1000000000L;

    /** `time.sleep` for ns nanoseconds, again after an interruption. */
    public static void sleep(long ns) {
        if (ns < 0) {
            ns = 0;
        }
        long start = System.nanoTime();
        if (ns >= SLEEP_DEADLINE_MAX - start) {
            throw error(22, null);
        }
        long left = ns;
        while (left > 0) {
            try {
                Thread.sleep(left / 1000000L, (int) (left % 1000000L));
            } catch (InterruptedException e) {
                // sleep the rest
            }
            left = ns - (System.nanoTime() - start);
        }
    }

    /** `os.mkdir(path, mode)` (the mode is masked by the umask). */
    public static void mkdir(Str ps, long mode) {
        Path p = path(ps);
        try {
            Set<PosixFilePermission> perms = PosixFilePermissions.fromString(permString(mode));
            Files.createDirectory(p, PosixFilePermissions.asFileAttribute(perms));
        } catch (IOException e) {
            throw translate(e, ps.s);
        } catch (UnsupportedOperationException | IllegalArgumentException e) {
            throw error(22, ps.s);
        }
    }

    /** `os.getcwd()`: the working directory the JVM started in. */
    public static Str getcwd() {
        String d = System.getProperty("user.dir");
        if (d == null) {
            throw error(2, null);
        }
        return Str.of(d);
    }

    /** `os.listdir(path)`: entry names in the order the OS gives them. */
    public static List listdir(Str ps) {
        Path p = path(ps);
        if (!Files.isDirectory(p) && Files.exists(p)) {
            throw error(20, ps.s);
        }
        List l = new List();
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(p)) {
            for (Path e : ds) {
                Path name = e.getFileName();
                if (name != null) {
                    l.append(Str.of(name.toString()));
                }
            }
        } catch (IOException e) {
            throw translate(e, ps.s);
        } catch (java.nio.file.DirectoryIteratorException e) {
            throw translate(e.getCause(), ps.s);
        }
        return l;
    }

    /**
     * `os.isatty(fd)`: fds 0-2 are terminals when /proc says they refer to
     * a terminal device; files opened through os.open never are.
     */
    public static boolean isatty(long fd) {
        if (fd < 0 || fd > 2 || fd >= FDS.size() || FDS.get((int) fd) == null) {
            return false;
        }
        try {
            String t = Files.readSymbolicLink(Paths.get("/proc/self/fd/" + fd)).toString();
            return t.startsWith("/dev/pts/") || t.startsWith("/dev/tty") || t.equals("/dev/console");
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            return false;
        }
    }

    /** `os.environ.get(name)`: null when unset. */
    public static Str getenv(Str name) {
        String v = System.getenv(name.s);
        return v == null ? null : Str.of(v);
    }
}
