"""App-level source of _stdin, the class of sys.stdin: a text stream over
the VM's line reader of standard input (sysmod.py passes the reading
functions, which share one buffer with input())."""

STDIN_SOURCE = """
class TextIOWrapper:
    __module__ = '_io'

    def __init__(self, readline, read, isatty):
        self._readline = readline
        self._read = read
        self._isatty = isatty
        self.name = '<stdin>'
        self.encoding = 'utf-8'
        self.errors = 'strict'
        self.mode = 'r'
        self.newlines = None

    def __repr__(self):
        return "<_io.TextIOWrapper name='<stdin>' mode='r' encoding='utf-8'>"

    def readline(self, size=-1):
        return self._readline(-1 if size is None else size)

    def read(self, size=-1):
        return self._read(-1 if size is None else size)

    def readlines(self, hint=-1):
        lines = []
        total = 0
        while True:
            line = self._readline(-1)
            if not line:
                break
            lines.append(line)
            total += len(line)
            if hint is not None and 0 < hint <= total:
                break
        return lines

    def __iter__(self):
        return self

    def __next__(self):
        line = self._readline(-1)
        if not line:
            raise StopIteration
        return line

    def fileno(self):
        return 0

    def isatty(self):
        return self._isatty()

    def readable(self):
        return True

    def writable(self):
        return False

    def seekable(self):
        return False

    def flush(self):
        pass
"""
