"""The object space: W_Root and one class per builtin type (PyPy style).

Modules here hold the W_ classes (data plus pure helpers); `space.py`
holds the Space, which implements every generic operation (attribute
lookup, calls, arithmetic, comparison, iteration) by dispatching on the
W_ class; `builtin_methods.py` installs the methods of the builtin types.
"""
