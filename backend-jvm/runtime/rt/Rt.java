package rt;

import java.io.BufferedWriter;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;

/** Program start and end, and standard output. */
public final class Rt {
    private Rt() {}

    private static final FileOutputStream STDOUT = new FileOutputStream(FileDescriptor.out);
    private static final FileOutputStream STDERR = new FileOutputStream(FileDescriptor.err);

    private static final Writer OUT = new BufferedWriter(
            new OutputStreamWriter(STDOUT, StandardCharsets.UTF_8), 1 << 16);

    /** Stack size of the thread running `main` (deep recursion works). */
    private static final long STACK_SIZE = 256L << 20;

    /**
     * `print s`: the string and "\n", buffered; false, with nothing
     * written, when it holds a lone surrogate (the front end's prelude
     * then encodes it).
     */
    public static boolean print(Str s) {
        if (s != null && s.hasSurrogate()) {
            return false;
        }
        try {
            OUT.write(s == null ? "None" : s.s);
            OUT.write('\n');
        } catch (IOException e) {
            // stdout closed: output is lost, as with a closed pipe
        }
        return true;
    }

    /** Write to stdout (buffered), no newline; false as `print`. */
    public static boolean writeOut(Str s) {
        if (s.hasSurrogate()) {
            return false;
        }
        try {
            OUT.write(s.s);
        } catch (IOException e) {
            // stdout closed
        }
        return true;
    }

    /** Write bytes to stdout, after what is buffered. */
    public static void writeOutBytes(byte[] b) {
        flush();
        rawWrite(1, b);
    }

    /** Write to stderr after flushing stdout (surrogates as `\\udxxx`). */
    public static void writeErr(Str s) {
        flush();
        rawWrite(2, s.utf8Escaped());
    }

    public static void flush() {
        try {
            OUT.flush();
        } catch (IOException e) {
            // nothing left to do
        }
    }

    /** Unbuffered write to fd 1 or 2 (the caller flushes stdout first). */
    static void rawWrite(int fd, byte[] data) {
        try {
            FileOutputStream s = fd == 1 ? STDOUT : STDERR;
            s.write(data);
            s.flush();
        } catch (IOException e) {
            // closed
        }
    }

    /** The program path as given on the command line (the jar), best effort. */
    private static String programPath(String[] args) {
        String cmd = System.getProperty("sun.java.command");
        if (cmd != null) {
            StringBuilder tail = new StringBuilder();
            for (String a : args) {
                tail.append(' ').append(a);
            }
            String t = tail.toString();
            if (cmd.endsWith(t) && cmd.length() > t.length()) {
                return cmd.substring(0, cmd.length() - t.length());
            }
        }
        try {
            return Rt.class.getProtectionDomain().getCodeSource().getLocation().getPath();
        } catch (RuntimeException e) {
            return "";
        }
    }

    /** argv = [program path] + command-line arguments. */
    public static List argv(String[] args) {
        List l = new List(args.length + 1);
        l.append(Str.of(programPath(args)));
        for (String a : args) {
            l.append(Str.of(a));
        }
        return l;
    }

    /**
     * JVM entry: run the program's `main` (static `prog.Main.main(List)`)
     * on a thread with a large stack, then exit.
     */
    public static void boot(String[] args) {
        Runnable body = () -> {
            try {
                Method m = Class.forName("prog.Main").getMethod("main", List.class);
                Object r = m.invoke(null, argv(args));
                exit((Long) r);
            } catch (InvocationTargetException e) {
                uncaught(e.getCause());
            } catch (Throwable t) {
                uncaught(t);
            }
        };
        Thread t = new Thread(null, body, "main", STACK_SIZE);
        t.start();
        try {
            t.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** A JVM stack overflow as the program sees it. */
    public static RecursionError recursion(StackOverflowError e) {
        return new RecursionError("maximum recursion depth exceeded");
    }

    /** A JVM allocation failure as the program sees it. */
    public static MemoryError memory(OutOfMemoryError e) {
        return new MemoryError();
    }

    /** Normal end of `main`: flush stdout and exit with the code's low byte. */
    public static void exit(long code) {
        flush();
        System.exit((int) (code & 0xFF));
    }

    /**
     * An uncaught KeyboardInterrupt: die by SIGINT as CPython does (the
     * parent sees a signal death, 130 in a shell). HotSpot's own SIGINT
     * handler would run the shutdown hooks and exit with status 130, so
     * the default action is restored first; exit status 130 if sending
     * the signal fails (no `kill` command).
     */
    private static void exitBySigint() {
        try {
            // sun.misc.Signal (module jdk.unsupported) by reflection: javac
            // --release does not expose it.
            Class<?> sigClass = Class.forName("sun.misc.Signal");
            Class<?> handlerClass = Class.forName("sun.misc.SignalHandler");
            Object sig = sigClass.getConstructor(String.class).newInstance("INT");
            Object dfl = handlerClass.getField("SIG_DFL").get(null);
            sigClass.getMethod("handle", sigClass, handlerClass).invoke(null, sig, dfl);
            // Signal.raise refuses a signal without a Java handler: send it
            // with kill(1) instead (delivered asynchronously, hence the wait:
            // the signal ends the process as soon as it arrives; 1 s was
            // too short on a loaded machine).
            // (Java 8: no ProcessHandle; /proc/self names our pid.)
            String pid = new java.io.File("/proc/self").getCanonicalFile().getName();
            java.io.File nul = new java.io.File("/dev/null");
            new ProcessBuilder("kill", "-INT", pid)
                    .redirectOutput(ProcessBuilder.Redirect.to(nul))
                    .redirectError(ProcessBuilder.Redirect.to(nul))
                    .start()
                    .waitFor();
            Thread.sleep(15000);
        } catch (Throwable e) {
            // fall through
        }
        Runtime.getRuntime().halt(130);
    }

    /** An exception escaped `main`: print the traceback and exit with 1. */
    public static void uncaught(Throwable t) {
        flush();
        if (t instanceof SystemExit) {
            System.exit((int) (((SystemExit) t).code & 0xFF));
        }
        String line;
        if (t instanceof BaseException) {
            BaseException e = (BaseException) t;
            String msg = e.message == null ? "" : e.message.s;
            line = msg.isEmpty() ? e.pyClassName() : e.pyClassName() + ": " + msg;
        } else if (t instanceof StackOverflowError) {
            line = "RecursionError: maximum recursion depth exceeded";
        } else if (t instanceof OutOfMemoryError) {
            line = "MemoryError";
        } else {
            line = "SystemError: " + t;
        }
        String text = "Traceback (most recent call last):\n  File \"<program>\", in main\n" + line + "\n";
        rawWrite(2, text.getBytes(StandardCharsets.UTF_8));
        // Exactly KeyboardInterrupt, not a subclass, as CPython.
        if (t.getClass() == KeyboardInterrupt.class) {
            exitBySigint();
        }
        System.exit(1);
    }
}
