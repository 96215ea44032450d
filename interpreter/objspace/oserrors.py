"""OSError values as CPython builds them on Linux: the errno's message
(glibc's text), the OSError subclass an errno selects, and the exception
itself with errno, strerror and filename. Shared by the `posix`/`os`
module and the file objects of `open()`."""

from interpreter.objspace.root import OperationError
from interpreter.objspace.space import Space
from interpreter.objspace.typeobject import W_TypeObject


def host_errno(e: OSError) -> int:
    """The errno of an OSError the host raised (an OS call failing, on
    CPython or translated): always set for those; `errno` is None only
    for an OSError a program makes itself."""
    code = e.errno
    if code is None:
        return 0
    return code


def strerror(code: int) -> str:
    """The Linux (glibc) message of an errno value."""
    msgs: dict[int, str] = {
        1: "Operation not permitted", 2: "No such file or directory", 3: "No such process",
        4: "Interrupted system call", 5: "Input/output error", 6: "No such device or address",
        7: "Argument list too long", 8: "Exec format error", 9: "Bad file descriptor",
        10: "No child processes", 11: "Resource temporarily unavailable",
        12: "Cannot allocate memory", 13: "Permission denied", 14: "Bad address",
        15: "Block device required", 16: "Device or resource busy", 17: "File exists",
        18: "Invalid cross-device link", 19: "No such device", 20: "Not a directory",
        21: "Is a directory", 22: "Invalid argument", 23: "Too many open files in system",
        24: "Too many open files", 25: "Inappropriate ioctl for device", 26: "Text file busy",
        27: "File too large", 28: "No space left on device", 29: "Illegal seek",
        30: "Read-only file system", 31: "Too many links", 32: "Broken pipe",
        33: "Numerical argument out of domain", 34: "Numerical result out of range",
        35: "Resource deadlock avoided", 36: "File name too long", 37: "No locks available",
        38: "Function not implemented", 39: "Directory not empty",
        40: "Too many levels of symbolic links", 0: "Success",
    }
    m = msgs.get(code, None)
    if m is None:
        return "Unknown error " + str(code)
    return m


def error_type(space: Space, code: int) -> W_TypeObject:
    name = "OSError"
    if code == 2:
        name = "FileNotFoundError"
    elif code == 17:
        name = "FileExistsError"
    elif code == 1 or code == 13:
        name = "PermissionError"
    elif code == 21:
        name = "IsADirectoryError"
    elif code == 20:
        name = "NotADirectoryError"
    elif code == 11:
        name = "BlockingIOError"
    elif code == 110:
        name = "TimeoutError"
    w_t = space.exc_types.get(name, None)
    if w_t is None:
        return space.w_OSError
    return w_t


def oserror(space: Space, code: int, path: str, has_path: bool) -> OperationError:
    w_exc = space.new_exception(error_type(space, code),
                                [space.newint(code), space.newstr(strerror(code))])
    if has_path:
        w_exc.setattr_local("filename", space.newstr(path))
    return OperationError(w_exc)
