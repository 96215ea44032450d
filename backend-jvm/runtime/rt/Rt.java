package rt;

import java.io.BufferedWriter;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

/** Program start and end, and standard output. */
public final class Rt {
    private Rt() {}

    private static final Writer OUT = new BufferedWriter(
            new OutputStreamWriter(new FileOutputStream(FileDescriptor.out), StandardCharsets.UTF_8),
            1 << 16);

    /** `print s`: the string and "\n", buffered. */
    public static void print(String s) {
        try {
            OUT.write(s == null ? "None" : s);
            OUT.write('\n');
        } catch (IOException e) {
            // stdout closed: output is lost, as with a closed pipe
        }
    }

    public static void flush() {
        try {
            OUT.flush();
        } catch (IOException e) {
            // nothing left to do
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
        l.append(programPath(args));
        for (String a : args) {
            l.append(a);
        }
        return l;
    }

    /** A JVM stack overflow as the program sees it. */
    public static RecursionError recursion(StackOverflowError e) {
        return new RecursionError("maximum recursion depth exceeded");
    }

    /** Normal end of `main`: flush stdout and exit with the code's low byte. */
    public static void exit(long code) {
        flush();
        System.exit((int) (code & 0xFF));
    }

    /** An exception escaped `main`: print the traceback and exit with 1. */
    public static void uncaught(Throwable t) {
        flush();
        String line;
        if (t instanceof Exception) {
            Exception e = (Exception) t;
            String msg = e.message == null ? "" : e.message;
            line = msg.isEmpty() ? e.pyClassName() : e.pyClassName() + ": " + msg;
        } else if (t instanceof StackOverflowError) {
            line = "RecursionError: maximum recursion depth exceeded";
        } else if (t instanceof OutOfMemoryError) {
            line = "MemoryError";
        } else {
            line = "SystemError: " + t;
        }
        Writer err = new OutputStreamWriter(new FileOutputStream(FileDescriptor.err), StandardCharsets.UTF_8);
        try {
            err.write("Traceback (most recent call last):\n  File \"<program>\", in main\n");
            err.write(line);
            err.write('\n');
            err.flush();
        } catch (IOException e) {
            // stderr closed
        }
        System.exit(1);
    }
}
