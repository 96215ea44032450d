// SPDX-License-Identifier: MIT OR Apache-2.0
// Runtime of the CLI backend: the builtin exception hierarchy
// (ir::BUILTIN_EXCEPTIONS). The type name (Type.Name) is the Python class
// name printed in tracebacks; `message` is the IR field `Exception.message`.

namespace Rt
{
    public class Exception : System.Exception
    {
        public string message;

        public Exception() { message = ""; }
        public Exception(string m) { message = m; }

        public override string Message
        {
            get { return message ?? ""; }
        }
    }

    public class ArithmeticError : Exception
    {
        public ArithmeticError() { }
        public ArithmeticError(string m) : base(m) { }
    }

    public class ZeroDivisionError : ArithmeticError
    {
        public ZeroDivisionError() { }
        public ZeroDivisionError(string m) : base(m) { }
    }

    public class OverflowError : ArithmeticError
    {
        public OverflowError() { }
        public OverflowError(string m) : base(m) { }
    }

    public class LookupError : Exception
    {
        public LookupError() { }
        public LookupError(string m) : base(m) { }
    }

    public class IndexError : LookupError
    {
        public IndexError() { }
        public IndexError(string m) : base(m) { }
    }

    public class KeyError : LookupError
    {
        public KeyError() { }
        public KeyError(string m) : base(m) { }
    }

    public class ValueError : Exception
    {
        public ValueError() { }
        public ValueError(string m) : base(m) { }
    }

    public class TypeError : Exception
    {
        public TypeError() { }
        public TypeError(string m) : base(m) { }
    }

    public class AssertionError : Exception
    {
        public AssertionError() { }
        public AssertionError(string m) : base(m) { }
    }

    public class RuntimeError : Exception
    {
        public RuntimeError() { }
        public RuntimeError(string m) : base(m) { }
    }

    public class RecursionError : RuntimeError
    {
        public RecursionError() { }
        public RecursionError(string m) : base(m) { }
    }

    public class NotImplementedError : RuntimeError
    {
        public NotImplementedError() { }
        public NotImplementedError(string m) : base(m) { }
    }

    public class MemoryError : Exception
    {
        public MemoryError() { }
        public MemoryError(string m) : base(m) { }
    }
}
