"""App-level sources of `os` and `posixpath` (= `os.path`), over the
builtin `posix` module (posixmod.py)."""

OS_SOURCE = r'''
"""OS routines for POSIX systems (a subset)."""

import posix
import posixpath as path
from posix import getcwd, listdir, remove, unlink, mkdir, rmdir, open, read, write, close
from posix import isatty, strerror, getpid, rename, replace
from posix import O_RDONLY, O_WRONLY, O_RDWR, O_CREAT, O_EXCL, O_TRUNC, O_APPEND

name = "posix"
sep = "/"
altsep = None
extsep = "."
pathsep = ":"
linesep = "\n"
curdir = "."
pardir = ".."
defpath = "/bin:/usr/bin"
devnull = "/dev/null"
SEEK_SET = 0
SEEK_CUR = 1
SEEK_END = 2
F_OK = 0
R_OK = 4
W_OK = 2
X_OK = 1

error = OSError


def fspath(p):
    """Return the file system representation of the path."""
    if isinstance(p, (str, bytes)):
        return p
    m = getattr(type(p), "__fspath__", None)
    if m is None:
        raise TypeError("expected str, bytes or os.PathLike object, not " + type(p).__name__)
    r = m(p)
    if isinstance(r, (str, bytes)):
        return r
    raise TypeError("expected " + type(p).__name__ + ".__fspath__() to return str or bytes, not " +
                    type(r).__name__)


class PathLike:
    """Abstract base class for implementing the file system path protocol."""

    def __fspath__(self):
        raise NotImplementedError


class stat_result:
    """The result of os.stat (the fields the VM knows)."""

    def __init__(self, mode, size, mtime, mtime_ns):
        self.st_mode = mode
        self.st_size = size
        self.st_mtime = mtime
        self.st_mtime_ns = mtime_ns
        self.st_atime = mtime
        self.st_ctime = mtime

    def __repr__(self):
        return ("os.stat_result(st_mode=%d, st_size=%d, st_mtime=%d)" %
                (self.st_mode, self.st_size, int(self.st_mtime)))


def stat(p):
    """Perform a stat system call on the given path."""
    return stat_result(*posix.stat(fspath(p)))


lstat = stat


def getcwdb():
    return getcwd().encode()


def makedirs(name, mode=0o777, exist_ok=False):
    """Super-mkdir: create a leaf directory and all intermediate ones."""
    head, tail = path.split(name)
    if not tail:
        head, tail = path.split(head)
    if head and tail and not path.exists(head):
        try:
            makedirs(head, exist_ok=exist_ok)
        except FileExistsError:
            pass
        if tail == curdir:
            return
    try:
        mkdir(name, mode)
    except OSError:
        if not exist_ok or not path.isdir(name):
            raise


def removedirs(name):
    """Remove a leaf directory and all empty intermediate ones."""
    rmdir(name)
    head, tail = path.split(name)
    if not tail:
        head, tail = path.split(head)
    while head and tail:
        try:
            rmdir(head)
        except OSError:
            break
        head, tail = path.split(head)


def walk(top, topdown=True, onerror=None, followlinks=False):
    """Directory tree generator: (dirpath, dirnames, filenames) triples."""
    top = fspath(top)
    try:
        names = listdir(top)
    except OSError as err:
        if onerror is not None:
            onerror(err)
        return
    dirs = []
    nondirs = []
    for n in names:
        if path.isdir(path.join(top, n)):
            dirs.append(n)
        else:
            nondirs.append(n)
    if topdown:
        yield top, dirs, nondirs
        for d in dirs:
            yield from walk(path.join(top, d), topdown, onerror, followlinks)
    else:
        for d in dirs:
            yield from walk(path.join(top, d), topdown, onerror, followlinks)
        yield top, dirs, nondirs


class _Environ:
    """The process environment (a str -> str mapping)."""

    def __init__(self, data):
        self._data = data

    def __getitem__(self, key):
        try:
            return self._data[key]
        except KeyError:
            raise KeyError(key) from None

    def __setitem__(self, key, value):
        if not isinstance(key, str):
            raise TypeError("str expected, not " + type(key).__name__)
        if not isinstance(value, str):
            raise TypeError("str expected, not " + type(value).__name__)
        self._data[key] = value

    def __delitem__(self, key):
        try:
            del self._data[key]
        except KeyError:
            raise KeyError(key) from None

    def __contains__(self, key):
        return key in self._data

    def __iter__(self):
        return iter(list(self._data))

    def __len__(self):
        return len(self._data)

    def __eq__(self, other):
        if isinstance(other, _Environ):
            return self._data == other._data
        return self._data == other

    def get(self, key, default=None):
        return self._data.get(key, default)

    def keys(self):
        return self._data.keys()

    def values(self):
        return self._data.values()

    def items(self):
        return self._data.items()

    def copy(self):
        return dict(self._data)

    def setdefault(self, key, value):
        if key not in self._data:
            self[key] = value
        return self._data[key]

    def pop(self, key, *default):
        if key in self._data:
            return self._data.pop(key)
        if default:
            return default[0]
        raise KeyError(key)

    def update(self, other=(), **kw):
        if hasattr(other, "keys"):
            for k in other.keys():
                self[k] = other[k]
        else:
            for k, v in other:
                self[k] = v
        for k in kw:
            self[k] = kw[k]

    def clear(self):
        self._data.clear()

    def __repr__(self):
        return "environ(" + repr(self._data) + ")"


environ = _Environ(posix.environ())


def getenv(key, default=None):
    """Get an environment variable, return None if it doesn't exist."""
    return environ.get(key, default)


def putenv(key, value):
    environ[key] = value


def unsetenv(key):
    environ.pop(key, None)


def get_exec_path(env=None):
    if env is None:
        env = environ
    p = env.get("PATH", None)
    if p is None:
        p = defpath
    return p.split(pathsep)
'''

POSIXPATH_SOURCE = r'''
"""Common operations on POSIX pathnames."""

import posix

sep = "/"
curdir = "."
pardir = ".."
extsep = "."
pathsep = ":"
defpath = "/bin:/usr/bin"
altsep = None
devnull = "/dev/null"
supports_unicode_filenames = False

__all__ = ["normcase", "isabs", "join", "splitdrive", "split", "splitext", "basename",
           "dirname", "commonprefix", "getsize", "getmtime", "exists", "lexists", "isdir",
           "isfile", "islink", "expanduser", "normpath", "abspath", "realpath", "relpath",
           "commonpath", "samefile"]


def _fspath(p):
    if isinstance(p, (str, bytes)):
        return p
    m = getattr(type(p), "__fspath__", None)
    if m is None:
        raise TypeError("expected str, bytes or os.PathLike object, not " + type(p).__name__)
    return m(p)


def _sep(p):
    return b"/" if isinstance(p, bytes) else "/"


def normcase(s):
    return _fspath(s)


def isabs(s):
    s = _fspath(s)
    return s.startswith(_sep(s))


def join(a, *p):
    """Join two or more pathname components, inserting '/' as needed."""
    a = _fspath(a)
    sep = _sep(a)
    path = a
    for b in p:
        b = _fspath(b)
        if type(b) is not type(a):
            raise TypeError("Can't mix strings and bytes in path components")
        if b.startswith(sep):
            path = b
        elif not path or path.endswith(sep):
            path += b
        else:
            path += sep + b
    return path


def split(p):
    """Split a pathname into (head, tail); tail is everything after the final slash."""
    p = _fspath(p)
    sep = _sep(p)
    i = p.rfind(sep) + 1
    head, tail = p[:i], p[i:]
    if head and head != sep * len(head):
        head = head.rstrip(sep)
    return head, tail


def splitext(p):
    """Split the extension from a pathname: (root, ext)."""
    p = _fspath(p)
    if isinstance(p, bytes):
        sep = b"/"
        extsep = b"."
    else:
        sep = "/"
        extsep = "."
    sep_index = p.rfind(sep)
    dot_index = p.rfind(extsep)
    if dot_index > sep_index:
        filename_index = sep_index + 1
        while filename_index < dot_index:
            if p[filename_index:filename_index + 1] != extsep:
                return p[:dot_index], p[dot_index:]
            filename_index += 1
    return p, p[:0]


def splitdrive(p):
    p = _fspath(p)
    return p[:0], p


def basename(p):
    """Returns the final component of a pathname."""
    p = _fspath(p)
    i = p.rfind(_sep(p)) + 1
    return p[i:]


def dirname(p):
    """Returns the directory component of a pathname."""
    p = _fspath(p)
    sep = _sep(p)
    i = p.rfind(sep) + 1
    head = p[:i]
    if head and head != sep * len(head):
        head = head.rstrip(sep)
    return head


def commonprefix(m):
    """Given a list of pathnames, returns the longest common leading component."""
    if not m:
        return ""
    s1 = min(m)
    s2 = max(m)
    for i in range(len(s1)):
        if s1[i] != s2[i]:
            return s1[:i]
    return s1


def _stat(p):
    p = _fspath(p)
    if isinstance(p, bytes):
        p = p.decode()
    return posix.stat(p)


def exists(p):
    """Test whether a path exists."""
    try:
        _stat(p)
    except (OSError, ValueError):
        return False
    return True


lexists = exists


def isdir(s):
    """Return true if the pathname refers to an existing directory."""
    try:
        st = _stat(s)
    except (OSError, ValueError):
        return False
    return (st[0] & 0o170000) == 0o040000


def isfile(p):
    """Test whether a path is a regular file."""
    try:
        st = _stat(p)
    except (OSError, ValueError):
        return False
    return (st[0] & 0o170000) == 0o100000


def islink(p):
    return False


def ismount(p):
    p = _fspath(p)
    return p == _sep(p)


def getsize(filename):
    """Return the size of a file, reported by os.stat()."""
    return _stat(filename)[1]


def getmtime(filename):
    """Return the last modification time of a file, reported by os.stat()."""
    return _stat(filename)[2]


getatime = getmtime
getctime = getmtime


def samefile(f1, f2):
    return abspath(f1) == abspath(f2)


def expanduser(path):
    """Expand ~ to the home directory (from $HOME)."""
    path = _fspath(path)
    if isinstance(path, bytes):
        return path
    if not path.startswith("~"):
        return path
    i = path.find("/", 1)
    if i < 0:
        i = len(path)
    if i != 1:
        return path
    import os
    userhome = os.environ.get("HOME", None)
    if userhome is None:
        return path
    userhome = userhome.rstrip("/")
    return (userhome + path[i:]) or "/"


def expandvars(path):
    """Expand shell variables of the forms $var and ${var}."""
    path = _fspath(path)
    if isinstance(path, bytes) or "$" not in path:
        return path
    import os
    res = []
    i = 0
    n = len(path)
    while i < n:
        c = path[i]
        if c != "$":
            res.append(c)
            i += 1
            continue
        if i + 1 < n and path[i + 1] == "{":
            j = path.find("}", i + 2)
            if j < 0:
                res.append(path[i:])
                break
            name = path[i + 2:j]
            end = j + 1
        else:
            j = i + 1
            while j < n and (path[j].isalnum() or path[j] == "_") and path[j].isascii():
                j += 1
            name = path[i + 1:j]
            end = j
        if name and name in os.environ:
            res.append(os.environ[name])
        else:
            res.append(path[i:end])
        i = end
    return "".join(res)


def normpath(path):
    """Normalize path, eliminating double slashes, etc."""
    path = _fspath(path)
    if isinstance(path, bytes):
        return normpath(path.decode("latin-1")).encode("latin-1")
    if path == "":
        return "."
    initial_slashes = 1 if path.startswith("/") else 0
    if initial_slashes and path.startswith("//") and not path.startswith("///"):
        initial_slashes = 2
    comps = path.split("/")
    new_comps = []
    for comp in comps:
        if comp == "" or comp == ".":
            continue
        if (comp != ".." or (not initial_slashes and not new_comps) or
                (new_comps and new_comps[-1] == "..")):
            new_comps.append(comp)
        elif new_comps:
            new_comps.pop()
    path = "/".join(new_comps)
    if initial_slashes:
        path = "/" * initial_slashes + path
    return path or "."


def abspath(path):
    """Return an absolute path."""
    path = _fspath(path)
    if not isabs(path):
        cwd = posix.getcwd()
        if isinstance(path, bytes):
            cwd = cwd.encode()
        path = join(cwd, path)
    return normpath(path)


def realpath(filename, *, strict=False):
    return abspath(filename)


def relpath(path, start=None):
    """Return a relative version of a path."""
    if not path:
        raise ValueError("no path specified")
    path = _fspath(path)
    if start is None:
        start = "."
    start = _fspath(start)
    start_list = [x for x in abspath(start).split("/") if x]
    path_list = [x for x in abspath(path).split("/") if x]
    i = len(commonprefix([start_list, path_list]))
    rel_list = [".."] * (len(start_list) - i) + path_list[i:]
    if not rel_list:
        return "."
    return join(*rel_list)


def commonpath(paths):
    """Given a sequence of path names, returns the longest common sub-path."""
    if not paths:
        raise ValueError("commonpath() arg is an empty sequence")
    paths = [_fspath(p) for p in paths]
    split_paths = [p.split("/") for p in paths]
    try:
        isabs_ = set([p[:1] == "/" for p in paths])
    except TypeError:
        raise
    if len(isabs_) != 1:
        raise ValueError("Can't mix absolute and relative paths")
    prefix = "/" if paths[0][:1] == "/" else ""
    split_paths = [[c for c in s if c and c != "."] for s in split_paths]
    s1 = min(split_paths)
    s2 = max(split_paths)
    common = s1
    for i in range(len(s1)):
        if s1[i] != s2[i]:
            common = s1[:i]
            break
    return prefix + "/".join(common)
'''
