# sys: struct sequences, limits, intern, getsizeof, encodings, standard
# streams (stdin is empty under the test runner), exception().
import sys

print(sys.version_info[:2], sys.version_info.major, sys.version_info.minor, sys.version_info >= (3, 8))
print(type(sys.version_info).__name__, isinstance(sys.version_info, tuple), len(sys.version_info))
print(sys.hexversion >> 16 == (sys.version_info.major << 8 | sys.version_info.minor))
print(sys.float_info.max, sys.float_info.min, sys.float_info.epsilon, sys.float_info.dig,
      sys.float_info.mant_dig, sys.float_info.radix, sys.float_info[0] == sys.float_info.max)
print(repr(sys.float_info))
print(sys.maxsize, sys.maxunicode, sys.byteorder, sys.platform, sys.float_repr_style)
print(sys.int_info.bits_per_digit, sys.int_info.sizeof_digit)
print(sys.hash_info.width, sys.hash_info.modulus, sys.hash_info.inf, sys.hash_info.nan, sys.hash_info.imag)
print(hash(float('inf')) == sys.hash_info.inf, hash(1j) == sys.hash_info.imag)
print(sys.flags.optimize, sys.flags.debug, sys.flags.inspect, type(sys.flags).__name__)
impl = sys.implementation
print(isinstance(impl.name, str), impl.name == impl.name.lower(), impl.version[:2] == sys.version_info[:2],
      impl.hexversion == sys.hexversion)
print(sys.getdefaultencoding(), sys.getfilesystemencoding(), sys.getfilesystemencodeerrors())
s = sys.intern('hello world')
print(s, s is sys.intern('hello world'))
for bad in [(1,), (), ('a', 'b')]:
    try:
        sys.intern(*bad)
    except TypeError as e:
        print('TypeError', e)
print(sys.getsizeof(0), sys.getsizeof(1), sys.getsizeof(2 ** 100), sys.getsizeof(1.5), sys.getsizeof(''),
      sys.getsizeof('abc'), sys.getsizeof('\xe9'), sys.getsizeof('\u20ac'), sys.getsizeof(b'ab'),
      sys.getsizeof(()), sys.getsizeof((1, 2)), sys.getsizeof(None), sys.getsizeof(True))


class Sized:
    def __sizeof__(self):
        return 100


class BadSize:
    def __sizeof__(self):
        return -1


class StrSize:
    def __sizeof__(self):
        return 'x'


print(sys.getsizeof(Sized()), sys.getsizeof(StrSize(), 7), sys.getsizeof([]) > 0, sys.getsizeof({}) > 0)
for obj in [BadSize(), StrSize()]:
    try:
        sys.getsizeof(obj)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(repr(sys.stdin.readline()), repr(sys.stdin.read()), sys.stdin.readlines(), list(sys.stdin))
print(sys.stdin.name, sys.stdout.name, sys.stderr.name, sys.stdin.fileno(), sys.stdout.fileno(),
      sys.stderr.fileno(), sys.stdout.encoding)
print(sys.stdin is sys.__stdin__, sys.stdout is sys.__stdout__, type(sys.stdout).__name__,
      type(sys.stdin).__name__, sys.stdin.isatty(), sys.stdout.isatty())
n = sys.stdout.write('written\n')
print(n)
print(sys.exception())
try:
    1 / 0
except ZeroDivisionError:
    print(repr(sys.exception()), sys.exc_info()[0].__name__)
print(sys.exception())
sys.displayhook(None)
sys.displayhook([1, 'a'])
import builtins
print(builtins._)
print(isinstance(sys.builtin_module_names, tuple), 'sys' in sys.builtin_module_names)
print(sys.getrecursionlimit() > 0, isinstance(sys.argv, list), isinstance(sys.path, list))
