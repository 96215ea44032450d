//! The interpreter IR: typed flow graphs shared by every backend.
//!
//! A [`Module`] holds classes and functions. A function is a list of basic
//! blocks; every value is defined exactly once (SSA) and has a type; blocks
//! take parameters instead of phi nodes (as in Cranelift). The entry block's
//! parameters are the function's parameters.
//!
//! Exceptions: a block may name a `catch` handler. Any raising operation in
//! that block (a call, checked arithmetic, a list access, a `raise`
//! terminator) transfers control to the handler, whose single parameter
//! receives the exception (typed as the root class `Exception`). In a block
//! without a handler, a raised exception leaves the function.
//!
//! The text form (see [`text`]) prints and parses back every module; the
//! [`verify`] module checks the invariants that backends rely on.

pub mod parse;
pub mod text;
pub mod verify;

use std::collections::HashMap;
use std::fmt;

/// Name of the root class of every exception (a builtin class); handler
/// blocks take a parameter of this type.
pub const EXCEPTION_ROOT: &str = "BaseException";

/// Name of the class holding the program's module-level state (the values
/// of module- and class-level names that are not constants): a root class
/// without methods, of which [`Op::Globals`] gives the one instance.
pub const GLOBALS_CLASS: &str = "$globals";

/// A value's type.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum Type {
    /// 64-bit signed integer; `+ - *` raise OverflowError on overflow.
    Int,
    Bool,
    /// IEEE 754 double.
    Float,
    /// Immutable string of code points.
    Str,
    /// Immutable sequence of bytes.
    Bytes,
    /// Mutable list of elements of one type.
    List(Box<Type>),
    /// Reference to an instance of the named class (or a subclass).
    Class(String),
}

impl Type {
    /// Whether values of this type are references to heap objects
    /// (GC roots in C, object references on the CLI and the JVM).
    pub fn is_ref(&self) -> bool {
        !matches!(self, Type::Int | Type::Bool | Type::Float)
    }
}

impl fmt::Display for Type {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Type::Int => write!(f, "int"),
            Type::Bool => write!(f, "bool"),
            Type::Float => write!(f, "float"),
            Type::Str => write!(f, "str"),
            Type::Bytes => write!(f, "bytes"),
            Type::List(t) => write!(f, "list[{t}]"),
            Type::Class(c) => write!(f, "{c}"),
        }
    }
}

/// An SSA value, numbered per function.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Value(pub u32);

impl fmt::Display for Value {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "v{}", self.0)
    }
}

/// A block, numbered per function; block 0 is the entry.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct BlockId(pub u32);

impl fmt::Display for BlockId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "b{}", self.0)
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Module {
    pub classes: Vec<Class>,
    pub functions: Vec<Function>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Class {
    pub name: String,
    /// `None` for a root class (user classes without a base derive from the
    /// host's object type; exceptions derive from `Exception`).
    pub parent: Option<String>,
    /// Fields declared by this class (not inherited ones).
    pub fields: Vec<Field>,
    /// Virtual methods defined (or overridden) by this class; the body of
    /// method `m` of class `C` is the function named `C.m`.
    pub methods: Vec<String>,
    /// Builtin classes (the exception hierarchy) live in each backend's
    /// runtime; the module only declares them.
    pub builtin: bool,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Field {
    pub name: String,
    pub ty: Type,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Function {
    /// `f` for a module function, `C.m` for a method (including `C.__init__`,
    /// which is never called virtually).
    pub name: String,
    pub params: Vec<Type>,
    /// `None` for functions that return Python's `None`.
    pub ret: Option<Type>,
    pub blocks: Vec<Block>,
    /// Type of every value, indexed by `Value.0`.
    pub value_types: Vec<Type>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Block {
    pub params: Vec<Value>,
    pub insts: Vec<Inst>,
    pub term: Terminator,
    /// Handler for exceptions raised in this block.
    pub catch: Option<BlockId>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Inst {
    pub result: Option<Value>,
    pub op: Op,
}

/// Binary operations on two ints (`Lt`..`Ne` give a bool).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum BinOp {
    /// Checked: OverflowError.
    Add,
    Sub,
    Mul,
    /// Python's floor division; ZeroDivisionError, OverflowError (MIN // -1).
    FloorDiv,
    /// Python's modulo (sign of the divisor); ZeroDivisionError.
    Mod,
    Lt,
    Le,
    Gt,
    Ge,
    Eq,
    Ne,
    /// Checked: ValueError "negative shift count", OverflowError.
    Shl,
    /// Arithmetic shift; ValueError "negative shift count"; counts of 64
    /// or more give 0 or -1.
    Shr,
    And,
    Or,
    Xor,
}

impl BinOp {
    pub const ALL: [BinOp; 16] = [
        BinOp::Add,
        BinOp::Sub,
        BinOp::Mul,
        BinOp::FloorDiv,
        BinOp::Mod,
        BinOp::Lt,
        BinOp::Le,
        BinOp::Gt,
        BinOp::Ge,
        BinOp::Eq,
        BinOp::Ne,
        BinOp::Shl,
        BinOp::Shr,
        BinOp::And,
        BinOp::Or,
        BinOp::Xor,
    ];
    pub fn mnemonic(self) -> &'static str {
        match self {
            BinOp::Add => "add",
            BinOp::Sub => "sub",
            BinOp::Mul => "mul",
            BinOp::FloorDiv => "floordiv",
            BinOp::Mod => "mod",
            BinOp::Lt => "lt",
            BinOp::Le => "le",
            BinOp::Gt => "gt",
            BinOp::Ge => "ge",
            BinOp::Eq => "eq",
            BinOp::Ne => "ne",
            BinOp::Shl => "shl",
            BinOp::Shr => "shr",
            BinOp::And => "and",
            BinOp::Or => "or",
            BinOp::Xor => "xor",
        }
    }
    pub fn is_comparison(self) -> bool {
        matches!(
            self,
            BinOp::Lt | BinOp::Le | BinOp::Gt | BinOp::Ge | BinOp::Eq | BinOp::Ne
        )
    }
    /// Whether the operation can raise (overflow, division by zero,
    /// negative shift count).
    pub fn can_raise(self) -> bool {
        !self.is_comparison() && !matches!(self, BinOp::And | BinOp::Or | BinOp::Xor)
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Op {
    ConstInt(i64),
    ConstBool(bool),
    ConstStr(String),
    /// int × int → int (arithmetic) or bool (comparison).
    Bin(BinOp, Value, Value),
    /// Checked negation of an int (OverflowError for the minimum).
    Neg(Value),
    /// bool → bool.
    Not(Value),
    /// bool == bool → bool.
    BoolEq(Value, Value),
    StrConcat(Value, Value),
    StrEq(Value, Value),
    /// Number of code points.
    StrLen(Value),
    /// Decimal representation, as Python's `str(int)`.
    IntToStr(Value),
    /// `"True"` / `"False"`.
    BoolToStr(Value),
    /// Direct (non-virtual) call of a function or method body.
    Call {
        func: String,
        args: Vec<Value>,
    },
    /// Virtual call of `method` through `class` (the receiver's static
    /// type); `args[0]` is the receiver.
    CallVirtual {
        class: String,
        method: String,
        args: Vec<Value>,
    },
    /// Allocate an instance with fields set to 0 / false / null. The
    /// initializer is called separately. For exception classes the builtin
    /// `message` field starts as the empty string.
    New(String),
    GetField {
        class: String,
        field: String,
        obj: Value,
    },
    SetField {
        class: String,
        field: String,
        obj: Value,
        value: Value,
    },
    ListNew {
        elem: Type,
        items: Vec<Value>,
    },
    /// IndexError "list index out of range"; negative indices count from
    /// the end as in Python.
    ListGet(Value, Value),
    /// IndexError "list assignment index out of range".
    ListSet(Value, Value, Value),
    ListLen(Value),
    ListAppend(Value, Value),
    /// Pop the last element; IndexError "pop from empty list".
    ListPop(Value),
    /// Pop at an index; IndexError "pop index out of range" (or "pop from
    /// empty list" when empty).
    ListPopAt(Value, Value),
    /// Append every element of the second list to the first.
    ListExtend(Value, Value),
    /// Whether a reference is an instance of a class (or subclass).
    InstanceOf {
        class: String,
        value: Value,
    },
    /// Downcast a reference known to be an instance of `class`.
    Cast {
        class: String,
        value: Value,
    },
    /// Write a string and a newline to stdout (buffered), as `write.out`:
    /// true, or false (nothing written) when the string holds a surrogate.
    Print(Value),
    /// A float constant, as its IEEE bits (so that the IR compares exactly).
    ConstFloat(u64),
    /// A bytes constant.
    ConstBytes(Vec<u8>),
    /// The null reference of a reference type (Python's `None` for
    /// `T | None`).
    ConstNull(Type),
    /// A primitive operation with a fixed signature (see [`Prim`]).
    Prim(Prim, Vec<Value>),
    /// The program's one instance of [`GLOBALS_CLASS`], allocated (fields
    /// 0 / false / null) before `main` runs; always the same object.
    Globals,
}

/// Operand and result types of a primitive, as patterns: `T` is the
/// element type of the first list operand.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Sig {
    Int,
    Bool,
    Float,
    Str,
    Bytes,
    ListInt,
    ListStr,
    /// Any list; binds `T` to its element type.
    AnyList,
    /// The element type `T` bound by an `AnyList` operand.
    Elem,
    /// Any reference type (str, bytes, list, class).
    AnyRef,
    /// No result.
    Nothing,
}

macro_rules! prims {
    ($( $(#[$doc:meta])* $name:ident = $mn:literal, [$($arg:ident),*] -> $ret:ident, raises: $raise:literal; )*) => {
        /// Primitive operations every backend implements in its runtime.
        /// Indices and bounds given to `*Slice`, `ListInsert` and
        /// `ListTruncate` are already normalized by the front end
        /// (0 <= start <= stop <= len); backends clamp anyway so that bad
        /// input can never corrupt memory.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        pub enum Prim {
            $( $(#[$doc])* $name, )*
        }

        impl Prim {
            pub const ALL: &'static [Prim] = &[$(Prim::$name),*];
            pub fn mnemonic(self) -> &'static str {
                match self { $(Prim::$name => $mn,)* }
            }
            pub fn params(self) -> &'static [Sig] {
                match self { $(Prim::$name => &[$(Sig::$arg),*],)* }
            }
            pub fn result(self) -> Sig {
                match self { $(Prim::$name => Sig::$ret,)* }
            }
            /// Whether the primitive can raise an exception.
            pub fn can_raise(self) -> bool {
                match self { $(Prim::$name => $raise,)* }
            }
            pub fn from_mnemonic(s: &str) -> Option<Prim> {
                match s { $($mn => Some(Prim::$name),)* _ => None }
            }
        }
    };
}

prims! {
    /// `~x`.
    Invert = "int.invert", [Int] -> Int, raises: false;
    FAdd = "fadd", [Float, Float] -> Float, raises: false;
    FSub = "fsub", [Float, Float] -> Float, raises: false;
    FMul = "fmul", [Float, Float] -> Float, raises: false;
    /// ZeroDivisionError "float division by zero".
    FDiv = "fdiv", [Float, Float] -> Float, raises: true;
    /// As CPython's float floor division; ZeroDivisionError "float floor
    /// division by zero".
    FFloorDiv = "ffloordiv", [Float, Float] -> Float, raises: true;
    /// As CPython's float modulo (sign of the divisor); ZeroDivisionError
    /// "float modulo".
    FMod = "fmod", [Float, Float] -> Float, raises: true;
    /// C `pow` with CPython's errors: ZeroDivisionError "0.0 cannot be
    /// raised to a negative power"; ValueError "math domain error" for a
    /// negative base and a non-integer exponent (CPython gives a complex);
    /// OverflowError "(34, 'Numerical result out of range')" when a finite
    /// base and exponent overflow.
    FPow = "fpow", [Float, Float] -> Float, raises: true;
    FLt = "flt", [Float, Float] -> Bool, raises: false;
    FLe = "fle", [Float, Float] -> Bool, raises: false;
    FGt = "fgt", [Float, Float] -> Bool, raises: false;
    FGe = "fge", [Float, Float] -> Bool, raises: false;
    FEq = "feq", [Float, Float] -> Bool, raises: false;
    FNe = "fne", [Float, Float] -> Bool, raises: false;
    FNeg = "fneg", [Float] -> Float, raises: false;
    /// The math library (C99 `<math.h>` with Annex F's special values):
    /// each returns what C's function of the same name returns, NaN and
    /// ±inf included, and never raises; the prelude's `math` module adds
    /// CPython's errors. `sqrt`, `floor`, `ceil` and `fcfmod` are exact
    /// everywhere; the others may differ in the last bit between the
    /// targets' libraries (glibc, musl, the JVM; see docs/rpython.md).
    FSqrt = "fsqrt", [Float] -> Float, raises: false;
    FExp = "fexp", [Float] -> Float, raises: false;
    /// `exp(x) - 1`, accurate near 0.
    FExpm1 = "fexpm1", [Float] -> Float, raises: false;
    /// Natural logarithm: -inf for ±0, NaN below 0.
    FLog = "flog", [Float] -> Float, raises: false;
    FLog2 = "flog2", [Float] -> Float, raises: false;
    FLog10 = "flog10", [Float] -> Float, raises: false;
    /// `log(1 + x)`, accurate near 0: -inf for -1, NaN below.
    FLog1p = "flog1p", [Float] -> Float, raises: false;
    FSin = "fsin", [Float] -> Float, raises: false;
    FCos = "fcos", [Float] -> Float, raises: false;
    FTan = "ftan", [Float] -> Float, raises: false;
    FAsin = "fasin", [Float] -> Float, raises: false;
    FAcos = "facos", [Float] -> Float, raises: false;
    FAtan = "fatan", [Float] -> Float, raises: false;
    /// `atan2(y, x)`, in (-pi, pi], with C99's signed zeros and infinities.
    FAtan2 = "fatan2", [Float, Float] -> Float, raises: false;
    FSinh = "fsinh", [Float] -> Float, raises: false;
    FCosh = "fcosh", [Float] -> Float, raises: false;
    FTanh = "ftanh", [Float] -> Float, raises: false;
    FAsinh = "fasinh", [Float] -> Float, raises: false;
    FAcosh = "facosh", [Float] -> Float, raises: false;
    FAtanh = "fatanh", [Float] -> Float, raises: false;
    /// C's `fmod(x, y)`: the exact remainder with the sign of `x` (NaN
    /// for y = 0 or an infinite x; x for an infinite y).
    FCFmod = "fcfmod", [Float, Float] -> Float, raises: false;
    /// Largest integral value <= x, as a float (-0.0, ±inf, NaN kept).
    FFloor = "ffloor", [Float] -> Float, raises: false;
    /// Smallest integral value >= x, as a float (-0.5 gives -0.0).
    FCeil = "fceil", [Float] -> Float, raises: false;
    /// Nearest double (round half to even).
    IntToFloat = "int.tofloat", [Int] -> Float, raises: false;
    /// Truncation toward zero; OverflowError "cannot convert float
    /// infinity to integer", ValueError "cannot convert float NaN to
    /// integer", OverflowError "integer overflow" outside the int range.
    FloatToInt = "float.toint", [Float] -> Int, raises: true;
    /// IEEE bits of a double, as a (signed) int.
    FloatBits = "float.bits", [Float] -> Int, raises: false;
    FloatFromBits = "float.frombits", [Int] -> Float, raises: false;
    /// C's `%.*e` (any precision: the exact decimal expansion, zero padded;
    /// the front end's library rejects one above 2**31 - 1), correctly rounded (half to even on
    /// the exact binary value): "1.500000e+00"; "inf", "-inf", "nan".
    FloatFmtE = "float.fmt_e", [Float, Int] -> Str, raises: false;
    /// C's `%.*f` (any precision, as `float.fmt_e`), correctly rounded: "1.50".
    FloatFmtF = "float.fmt_f", [Float, Int] -> Str, raises: false;
    /// Parse a decimal float literal `[+-]?(d+[.d*]|.d+)([eE][+-]?d+)?`
    /// (the front end's library validates and handles inf/nan),
    /// correctly rounded; ValueError "could not convert string to float"
    /// otherwise.
    StrToFloat = "str.tofloat", [Str] -> Float, raises: true;
    /// `s[i]` (negative from the end); IndexError "string index out of
    /// range".
    StrGet = "str.get", [Str, Int] -> Str, raises: true;
    /// Code point at 0 <= i < len (no negative indices); IndexError
    /// "string index out of range".
    StrCodeAt = "str.codeat", [Str, Int] -> Int, raises: true;
    /// `s[start:stop]` with normalized bounds.
    StrSlice = "str.slice", [Str, Int, Int] -> Str, raises: false;
    /// Code-point lexicographic comparison: -1, 0 or 1.
    StrCmp = "str.cmp", [Str, Str] -> Int, raises: false;
    /// `chr(i)`; ValueError "chr() arg not in range(0x110000)".
    StrFromCp = "str.fromcp", [Int] -> Str, raises: true;
    /// `sep.join(items)`.
    StrJoin = "str.join", [Str, ListStr] -> Str, raises: false;
    /// Index of the first `sub` in `s` at or after `start` (a code-point
    /// index, clamped to 0..=len), or -1.
    StrFind = "str.find", [Str, Str, Int] -> Int, raises: false;
    /// The prelude's deterministic string hash (`builtin_hash_str`):
    /// `h = 5381`, then for each code point `c`,
    /// `h = ((h & (2**48 - 1)) * 33 + c) % (2**61 - 1)`, and finally
    /// `(h + len) % (2**61 - 1)`; always in `0..2**61 - 1`. Runtimes may
    /// cache it in the string object (strings are immutable).
    StrHash = "str.hash", [Str] -> Int, raises: false;
    /// UTF-8 encoding; UnicodeEncodeError "'utf-8' codec can't encode
    /// character '\udXXX' in position N: surrogates not allowed" for a
    /// lone surrogate.
    StrEncodeUtf8 = "str.encode_utf8", [Str] -> Bytes, raises: true;
    /// `bytes(list)`; ValueError "bytes must be in range(0, 256)".
    BytesFromList = "bytes.fromlist", [ListInt] -> Bytes, raises: true;
    BytesLen = "bytes.len", [Bytes] -> Int, raises: false;
    /// `b[i]` (negative from the end); IndexError "index out of range".
    BytesGet = "bytes.get", [Bytes, Int] -> Int, raises: true;
    BytesSlice = "bytes.slice", [Bytes, Int, Int] -> Bytes, raises: false;
    BytesConcat = "bytes.concat", [Bytes, Bytes] -> Bytes, raises: false;
    BytesEq = "bytes.eq", [Bytes, Bytes] -> Bool, raises: false;
    /// Decode valid UTF-8 (the front end's library validates first and
    /// raises CPython's UnicodeDecodeError); invalid sequences become
    /// U+FFFD, never undefined behaviour.
    BytesDecodeUtf8 = "bytes.decode_utf8", [Bytes] -> Str, raises: false;
    /// `l[start:stop]` with normalized bounds: a new list.
    ListSlice = "list.slice", [AnyList, Int, Int] -> AnyList, raises: false;
    /// Insert before a normalized index 0 <= i <= len.
    ListInsert = "list.insert", [AnyList, Int, Elem] -> Nothing, raises: false;
    /// Keep the first n elements (0 <= n <= len); `clear` is n = 0.
    ListTruncate = "list.truncate", [AnyList, Int] -> Nothing, raises: false;
    /// Empty the list and detach its storage, as CPython's `list.sort`
    /// does while it sorts: the next item stored gives it storage again.
    ListDetach = "list.detach", [AnyList] -> Nothing, raises: false;
    /// Whether the list is still detached: no item was stored in it since
    /// `list.detach` (emptying an empty list does not store one).
    ListDetached = "list.detached", [AnyList] -> Bool, raises: false;
    /// `x is None` for a nullable reference.
    IsNull = "isnull", [AnyRef] -> Bool, raises: false;
    /// `a is b` for references.
    RefEq = "refeq", [AnyRef, AnyRef] -> Bool, raises: false;
    /// An identity hash that stays the same for the object's lifetime
    /// (never derived from an address a moving collector could change).
    IdHash = "idhash", [AnyRef] -> Int, raises: false;
    /// Write to stdout (buffered) as UTF-8, no newline: true; false, with
    /// nothing written, when the string holds a surrogate code point (the
    /// front end then writes the prelude's `surrogateescape` encoding of
    /// it, which raises CPython's UnicodeEncodeError for most of them).
    WriteOut = "write.out", [Str] -> Bool, raises: false;
    /// Write bytes to stdout (the same buffer as `write.out`).
    WriteOutBytes = "write.out_bytes", [Bytes] -> Nothing, raises: false;
    /// Write to stderr (after flushing stdout), no newline, as UTF-8 with
    /// CPython's stderr handler `backslashreplace`: a surrogate code point
    /// is written as `\udXXX` (lowercase hex).
    WriteErr = "write.err", [Str] -> Nothing, raises: false;
    FlushOut = "flush.out", [] -> Nothing, raises: false;
    /// `os.open(path, flags, mode)` with Linux flag values (O_WRONLY 1,
    /// O_RDWR 2, O_CREAT 0o100, O_TRUNC 0o1000, O_APPEND 0o2000); OSError
    /// (see the OS-error convention in the module docs).
    OsOpen = "os.open", [Str, Int, Int] -> Int, raises: true;
    /// `os.read(fd, n)`: at most n bytes, empty at end of file.
    OsRead = "os.read", [Int, Int] -> Bytes, raises: true;
    /// `os.write(fd, data)`: bytes written.
    OsWrite = "os.write", [Int, Bytes] -> Int, raises: true;
    OsClose = "os.close", [Int] -> Nothing, raises: true;
    /// `os.stat(path)`: [st_mode, st_size, st_mtime in nanoseconds].
    OsStat = "os.stat", [Str] -> ListInt, raises: true;
    /// `os.remove(path)` / `os.unlink(path)`; a directory gives
    /// IsADirectoryError (errno 21), as on Linux.
    OsUnlink = "os.unlink", [Str] -> Nothing, raises: true;
    /// `os.getcwd()`; OSError without a path (the message is `[Errno N]
    /// STRERROR`).
    OsGetcwd = "os.getcwd", [] -> Str, raises: true;
    /// `os.listdir(path)`: the entry names without "." and "..", in the
    /// order the OS gives them (programs sort them); a file gives
    /// NotADirectoryError errno 20 "[Errno 20] Not a directory: 'PATH'".
    OsListdir = "os.listdir", [Str] -> ListStr, raises: true;
    /// `os.isatty(fd)`: whether fd is open and refers to a terminal
    /// (false for bad fds).
    OsIsatty = "os.isatty", [Int] -> Bool, raises: false;
    /// `os.mkdir(path, mode)` (the mode is masked by the umask); an
    /// existing path gives OSError errno 17 "[Errno 17] File exists:
    /// 'PATH'" (there is no FileExistsError class).
    OsMkdir = "os.mkdir", [Str, Int] -> Nothing, raises: true;
    /// `os.rmdir(path)`: removes an empty directory; OSError errno 39
    /// "Directory not empty", errno 20 "Not a directory" for a file.
    OsRmdir = "os.rmdir", [Str] -> Nothing, raises: true;
    /// `os.rename(src, dst)` / `os.replace(src, dst)`: rename(2) (an
    /// existing `dst` file is replaced); OSError with both paths, as
    /// CPython: `[Errno N] STRERROR: 'SRC' -> 'DST'`.
    OsRename = "os.rename", [Str, Str] -> Nothing, raises: true;
    /// `os.getpid()`: the process id.
    OsGetpid = "os.getpid", [] -> Int, raises: false;
    /// `time.sleep` for a duration in nanoseconds, 0 <= ns (the front end's
    /// library converts and checks the argument as CPython does). Sleeps
    /// the whole duration (again after an interruption); OSError errno 22
    /// "[Errno 22] Invalid argument" when the monotonic clock's deadline
    /// (now + ns) does not fit in 64 bits, as CPython on Linux.
    TimeSleep = "time.sleep", [Int] -> Nothing, raises: true;
    /// `time.time()`.
    TimeNow = "time.time", [] -> Float, raises: false;
    /// `time.perf_counter()`: monotonic seconds.
    PerfCounter = "time.perf_counter", [] -> Float, raises: false;
    /// `os.environ.get(name)`: null when unset.
    GetEnv = "os.getenv", [Str] -> Str, raises: false;
}

impl Op {
    /// Whether this operation can raise an exception.
    pub fn can_raise(&self) -> bool {
        match self {
            Op::Bin(b, _, _) => b.can_raise(),
            Op::Neg(_)
            | Op::Call { .. }
            | Op::CallVirtual { .. }
            | Op::ListGet(..)
            | Op::ListSet(..)
            | Op::ListPop(_)
            | Op::ListPopAt(..) => true,
            Op::Prim(p, _) => p.can_raise(),
            _ => false,
        }
    }

    /// The values this operation reads, in order.
    pub fn operands(&self) -> Vec<Value> {
        match self {
            Op::ConstInt(_)
            | Op::ConstBool(_)
            | Op::ConstStr(_)
            | Op::New(_)
            | Op::ConstFloat(_)
            | Op::ConstBytes(_)
            | Op::ConstNull(_)
            | Op::Globals => vec![],
            Op::Prim(_, args) => args.clone(),
            Op::Bin(_, a, b)
            | Op::BoolEq(a, b)
            | Op::StrConcat(a, b)
            | Op::StrEq(a, b)
            | Op::ListGet(a, b)
            | Op::ListAppend(a, b)
            | Op::ListPopAt(a, b)
            | Op::ListExtend(a, b) => vec![*a, *b],
            Op::Neg(a)
            | Op::Not(a)
            | Op::StrLen(a)
            | Op::IntToStr(a)
            | Op::BoolToStr(a)
            | Op::ListLen(a)
            | Op::ListPop(a)
            | Op::Print(a) => vec![*a],
            Op::Call { args, .. } | Op::CallVirtual { args, .. } => args.clone(),
            Op::GetField { obj, .. } => vec![*obj],
            Op::SetField { obj, value, .. } => vec![*obj, *value],
            Op::ListNew { items, .. } => items.clone(),
            Op::ListSet(a, b, c) => vec![*a, *b, *c],
            Op::InstanceOf { value, .. } | Op::Cast { value, .. } => vec![*value],
        }
    }

    /// The values this operation reads, mutably, in the order of
    /// [`Op::operands`] (for passes that rename values).
    pub fn operands_mut(&mut self) -> Vec<&mut Value> {
        match self {
            Op::ConstInt(_)
            | Op::ConstBool(_)
            | Op::ConstStr(_)
            | Op::New(_)
            | Op::ConstFloat(_)
            | Op::ConstBytes(_)
            | Op::ConstNull(_)
            | Op::Globals => vec![],
            Op::Prim(_, args)
            | Op::Call { args, .. }
            | Op::CallVirtual { args, .. }
            | Op::ListNew { items: args, .. } => args.iter_mut().collect(),
            Op::Bin(_, a, b)
            | Op::BoolEq(a, b)
            | Op::StrConcat(a, b)
            | Op::StrEq(a, b)
            | Op::ListGet(a, b)
            | Op::ListAppend(a, b)
            | Op::ListPopAt(a, b)
            | Op::ListExtend(a, b)
            | Op::SetField {
                obj: a, value: b, ..
            } => vec![a, b],
            Op::Neg(a)
            | Op::Not(a)
            | Op::StrLen(a)
            | Op::IntToStr(a)
            | Op::BoolToStr(a)
            | Op::ListLen(a)
            | Op::ListPop(a)
            | Op::Print(a)
            | Op::GetField { obj: a, .. }
            | Op::InstanceOf { value: a, .. }
            | Op::Cast { value: a, .. } => vec![a],
            Op::ListSet(a, b, c) => vec![a, b, c],
        }
    }
}

/// A jump target with the arguments for the block's parameters.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Target {
    pub block: BlockId,
    pub args: Vec<Value>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Terminator {
    Jump(Target),
    Branch {
        cond: Value,
        then: Target,
        else_: Target,
    },
    Return(Option<Value>),
    /// Raise an exception instance.
    Raise(Value),
    Unreachable,
}

impl Terminator {
    /// The values this terminator reads, mutably (condition or returned
    /// or raised value first, then jump arguments).
    pub fn operands_mut(&mut self) -> Vec<&mut Value> {
        match self {
            Terminator::Jump(t) => t.args.iter_mut().collect(),
            Terminator::Branch { cond, then, else_ } => std::iter::once(cond)
                .chain(then.args.iter_mut())
                .chain(else_.args.iter_mut())
                .collect(),
            Terminator::Return(Some(v)) | Terminator::Raise(v) => vec![v],
            Terminator::Return(None) | Terminator::Unreachable => vec![],
        }
    }

    pub fn targets(&self) -> Vec<&Target> {
        match self {
            Terminator::Jump(t) => vec![t],
            Terminator::Branch { then, else_, .. } => vec![then, else_],
            _ => vec![],
        }
    }
    pub fn operands(&self) -> Vec<Value> {
        let mut v = Vec::new();
        match self {
            Terminator::Branch { cond, .. } => v.push(*cond),
            Terminator::Return(Some(x)) | Terminator::Raise(x) => v.push(*x),
            _ => {}
        }
        for t in self.targets() {
            v.extend(t.args.iter().copied());
        }
        v
    }
}

/// The builtin exception hierarchy every backend's runtime provides, as
/// (class, parent). The root `BaseException` has two fields,
/// `message: str` and `argrepr: str` (the front end's: the repr of a
/// constructor argument that is not a str, for `repr(e)`; null
/// otherwise, and after `new`); `SystemExit` adds `code: int` (the exit
/// status when it escapes `main`, which then prints nothing); `OSError`
/// adds `errno: int`.
///
/// OS-error convention: a failing OS primitive raises `FileNotFoundError`
/// (ENOENT), `PermissionError` (EACCES, EPERM), `IsADirectoryError`
/// (EISDIR), `NotADirectoryError` (ENOTDIR), `FileExistsError` (EEXIST)
/// or `OSError` (anything else), with `errno` set to the Linux value, the
/// message `[Errno N] STRERROR: 'PATH'` (`[Errno N] STRERROR` without a
/// path), STRERROR being glibc's text, and `argrepr` `N, 'STRERROR'`
/// (CPython's `args`, which `repr(e)` shows). PATH is quoted as
/// CPython's `repr` would quote an ASCII path; for a path holding other
/// characters the front end's support code rewrites the message with the
/// prelude's exact `repr` (so runtimes need no Unicode tables).
pub const BUILTIN_EXCEPTIONS: &[(&str, Option<&str>)] = &[
    ("BaseException", None),
    ("SystemExit", Some("BaseException")),
    ("KeyboardInterrupt", Some("BaseException")),
    ("Exception", Some("BaseException")),
    ("ArithmeticError", Some("Exception")),
    ("ZeroDivisionError", Some("ArithmeticError")),
    ("OverflowError", Some("ArithmeticError")),
    ("LookupError", Some("Exception")),
    ("IndexError", Some("LookupError")),
    ("KeyError", Some("LookupError")),
    ("ValueError", Some("Exception")),
    ("UnicodeError", Some("ValueError")),
    ("UnicodeDecodeError", Some("UnicodeError")),
    ("UnicodeEncodeError", Some("UnicodeError")),
    ("TypeError", Some("Exception")),
    ("AttributeError", Some("Exception")),
    ("AssertionError", Some("Exception")),
    ("StopIteration", Some("Exception")),
    ("RuntimeError", Some("Exception")),
    ("RecursionError", Some("RuntimeError")),
    ("NotImplementedError", Some("RuntimeError")),
    ("MemoryError", Some("Exception")),
    ("OSError", Some("Exception")),
    ("FileNotFoundError", Some("OSError")),
    ("PermissionError", Some("OSError")),
    ("IsADirectoryError", Some("OSError")),
    ("NotADirectoryError", Some("OSError")),
    ("FileExistsError", Some("OSError")),
];

/// Fields a builtin exception class declares (inherited ones excluded).
pub fn builtin_fields(class: &str) -> Vec<Field> {
    let f = |name: &str, ty: Type| Field {
        name: name.to_string(),
        ty,
    };
    match class {
        "BaseException" => vec![f("message", Type::Str), f("argrepr", Type::Str)],
        "SystemExit" => vec![f("code", Type::Int)],
        "OSError" => vec![f("errno", Type::Int)],
        _ => vec![],
    }
}

/// The builtin classes, as the front end declares them in every module.
pub fn builtin_classes() -> Vec<Class> {
    BUILTIN_EXCEPTIONS
        .iter()
        .map(|(name, parent)| Class {
            name: (*name).to_string(),
            parent: parent.map(str::to_string),
            fields: builtin_fields(name),
            methods: vec![],
            builtin: true,
        })
        .collect()
}

impl Module {
    pub fn class(&self, name: &str) -> Option<&Class> {
        self.classes.iter().find(|c| c.name == name)
    }
    pub fn function(&self, name: &str) -> Option<&Function> {
        self.functions.iter().find(|f| f.name == name)
    }
    /// Whether `sub` is `sup` or derives from it.
    pub fn is_subclass(&self, sub: &str, sup: &str) -> bool {
        let mut cur = Some(sub.to_string());
        let mut steps = 0;
        while let Some(c) = cur {
            if c == sup {
                return true;
            }
            steps += 1;
            if steps > self.classes.len() {
                return false;
            }
            cur = self.class(&c).and_then(|k| k.parent.clone());
        }
        false
    }
    /// Whether the class is (or derives from) `Exception`.
    pub fn is_exception_class(&self, name: &str) -> bool {
        self.is_subclass(name, EXCEPTION_ROOT)
    }
    /// Every field of a class, inherited ones first, with the class that
    /// declares each.
    pub fn all_fields(&self, class: &str) -> Vec<(String, Field)> {
        let mut chain = self.ancestry(class);
        chain.reverse();
        let mut out = Vec::new();
        for c in chain {
            if let Some(k) = self.class(&c) {
                for f in &k.fields {
                    out.push((c.clone(), f.clone()));
                }
            }
        }
        out
    }
    /// The class and its ancestors, most derived first.
    pub fn ancestry(&self, class: &str) -> Vec<String> {
        let mut out = Vec::new();
        let mut cur = Some(class.to_string());
        while let Some(c) = cur {
            if out.contains(&c) {
                break;
            }
            cur = self.class(&c).and_then(|k| k.parent.clone());
            out.push(c);
        }
        out
    }
    /// The class that defines the body reached by a virtual call of
    /// `method` on an instance whose dynamic class is `class`.
    pub fn resolve_method(&self, class: &str, method: &str) -> Option<String> {
        self.ancestry(class).into_iter().find(|c| {
            self.class(c)
                .is_some_and(|k| k.methods.iter().any(|m| m == method))
        })
    }
    /// Virtual-method table layout of a class: method names in slot order
    /// (inherited slots first), each with the class whose body fills it.
    pub fn vtable(&self, class: &str) -> Vec<(String, String)> {
        let mut chain = self.ancestry(class);
        chain.reverse();
        let mut slots: Vec<(String, String)> = Vec::new();
        for c in chain {
            if let Some(k) = self.class(&c) {
                for m in &k.methods {
                    if let Some(slot) = slots.iter_mut().find(|(n, _)| n == m) {
                        slot.1 = c.clone();
                    } else {
                        slots.push((m.clone(), c.clone()));
                    }
                }
            }
        }
        slots
    }
    /// Map from function name to index.
    pub fn function_index(&self) -> HashMap<&str, usize> {
        self.functions
            .iter()
            .enumerate()
            .map(|(i, f)| (f.name.as_str(), i))
            .collect()
    }
}

impl Function {
    pub fn ty(&self, v: Value) -> &Type {
        &self.value_types[v.0 as usize]
    }
    pub fn block(&self, b: BlockId) -> &Block {
        &self.blocks[b.0 as usize]
    }
    /// The class a method belongs to (`C` for `C.m`), if any.
    pub fn method_class(&self) -> Option<&str> {
        self.name.split_once('.').map(|(c, _)| c)
    }
}
