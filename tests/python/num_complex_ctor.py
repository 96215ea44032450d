def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


for s in ["1+2j", "1-2j", " (1+2j) ", "(3)", "j", "-j", "+j", "2j", "-2.5J", "1e3", "1e3+1e-3j", "inf+nanj", "-infj", "1_0+2_0j",
          "1+j", "1-j", "(1+2j", "1+2", "", "  ", "j1", "1 + 2j", "1+2jj", "()", "nan", ".5-.5j", "1.e2j"]:
    t(lambda: complex(s))
print(complex(1, 2), complex(1.5), complex(True), complex(2**40), complex(1 + 2j, 3), complex(1, 2j), complex(1j, 1j), complex(real=2, imag=3))
t(lambda: complex("1", 2))
t(lambda: complex(1, "2"))
t(lambda: complex(None))
t(lambda: complex([1]))
class C:
    def __complex__(self):
        return 5 + 6j
class F:
    def __float__(self):
        return 2.5
print(complex(C()), complex(F()), complex(F(), F()))
