# The OSError subclasses and warning classes of CPython's hierarchy.
import builtins

names = ['BlockingIOError', 'BrokenPipeError', 'ChildProcessError', 'ConnectionError',
         'ConnectionAbortedError', 'ConnectionRefusedError', 'ConnectionResetError', 'InterruptedError',
         'ProcessLookupError', 'TimeoutError', 'BytesWarning', 'EncodingWarning', 'FutureWarning',
         'ImportWarning', 'PendingDeprecationWarning', 'ResourceWarning', 'UnicodeWarning',
         'DeprecationWarning', 'UserWarning']
for n in names:
    c = getattr(builtins, n)
    print(n, [k.__name__ for k in c.__mro__], issubclass(c, OSError), issubclass(c, Warning))
try:
    raise BrokenPipeError(32, 'Broken pipe')
except ConnectionError as e:
    print(type(e).__name__, e.errno, e.strerror, e, repr(e), e.args)
try:
    raise ConnectionResetError('reset')
except OSError as e:
    print(type(e).__name__, e, e.errno, repr(e))
e = InterruptedError(4, 'Interrupted system call', 'some/file')
print(str(e), e.filename, isinstance(e, OSError))
for cls in (ConnectionAbortedError, ConnectionRefusedError, ChildProcessError, ProcessLookupError,
            BlockingIOError):
    try:
        raise cls('boom')
    except OSError as err:
        print(cls.__name__, 'caught as OSError:', err)


class MyWarning(FutureWarning):
    pass


w = MyWarning('careful')
print(MyWarning.__mro__[1].__name__, isinstance(w, Warning), isinstance(w, Exception), str(w), repr(w))
try:
    raise ResourceWarning('leak')
except Warning as err:
    print(type(err).__name__, err)
