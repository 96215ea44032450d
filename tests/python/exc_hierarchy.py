tests = [ZeroDivisionError, KeyError, IndexError, ValueError, TypeError, AttributeError,
         NameError, RuntimeError, StopIteration, OverflowError, FileNotFoundError, RecursionError,
         NotImplementedError, UnboundLocalError, ModuleNotFoundError, UnicodeDecodeError]
for t in tests:
    print(t.__name__, [b.__name__ for b in t.__mro__])
print(issubclass(KeyError, Exception), issubclass(SystemExit, Exception), issubclass(SystemExit, BaseException))
def raiser(kind):
    raise kind("message")
for k in [KeyError, LookupError, Exception]:
    try:
        raiser(k)
    except LookupError as e:
        print("LookupError branch", type(e).__name__)
    except Exception as e:
        print("Exception branch", type(e).__name__)
try:
    try:
        raise ValueError(1, 2)
    except (TypeError, ValueError) as e:
        print(e.args, str(e))
        raise
except ValueError:
    print("outer caught")
e = OSError(2, "No such file")
print(e.errno, e.strerror, e.args)
