# sys.modules: filled by imports, shared with `import`, programs may add,
# replace and delete entries.
import sys
import math

print(type(sys.modules).__name__, sys.modules['sys'] is sys, sys.modules['math'] is math)
print('__main__' in sys.modules, sys.modules['__main__'].__name__)
import collections
print('collections' in sys.modules, sys.modules['collections'] is collections)
import os.path
print(sys.modules['os.path'] is os.path, sys.modules['os'] is os)

# a module a program stores is what import gives
sys.modules['fake_module'] = math
import fake_module
print(fake_module is math, fake_module.pi)
from fake_module import sqrt
print(sqrt(16.0))

# deleting a source module makes the next import run it again
import _helper_mod
first = _helper_mod
del sys.modules['_helper_mod']
import _helper_mod
print(first is _helper_mod, '_helper_mod' in sys.modules)

# a failed import leaves nothing behind
try:
    import no_such_module_here
except ImportError as e:
    print(type(e).__name__, e)
print('no_such_module_here' in sys.modules)
print(sorted(k for k in ['sys', 'math', 'collections', 'fake_module'] if k in sys.modules))
