class AppError(Exception):
    def __init__(self, msg, code):
        super().__init__(msg)
        self.code = code
class NotFound(AppError):
    pass
try:
    raise NotFound("missing thing", 404)
except AppError as e:
    print(type(e).__name__, e, e.code, e.args, isinstance(e, Exception))
class Plain(Exception):
    pass
e = Plain("a", 1)
print(e, repr(e), e.args, str(Plain()), repr(Plain()))
class WithStr(Exception):
    def __str__(self):
        return "custom str"
try:
    raise WithStr()
except Exception as ex:
    print(ex, repr(ex))
print(repr(ValueError("x")), str(KeyError("k")), repr(KeyError("k")), str(KeyError()))
