class AppError(Exception):
    def __init__(self, message: str, code: int) -> None:
        super().__init__(message)
        self.code = code


class NotFound(AppError):
    def __init__(self, what: str) -> None:
        super().__init__("not found: " + what, 404)
        self.what = what


class Invalid(AppError):
    def __init__(self, field: str, value: int) -> None:
        super().__init__(f"invalid {field}={value}", 422)
        self.field = field
        self.value = value


def handle(req: str) -> str:
    if req == "missing":
        raise NotFound("page")
    if req == "bad":
        raise Invalid("age", -3)
    if req == "boom":
        raise AppError("generic failure", 500)
    return "ok " + req


def main(argv: list[str]) -> int:
    for r in ["home", "missing", "bad", "boom"]:
        try:
            print(handle(r))
        except NotFound as e:
            print("NotFound", e.code, e.what, str(e))
        except Invalid as e:
            print("Invalid", e.code, e.field, e.value, e)
        except AppError as e:
            print("AppError", e.code, e)
    err = Invalid("x", 1)
    print(str(err), err.code, isinstance(err, AppError), isinstance(err, Exception))
    try:
        raise err
    except Exception as e:
        print("caught as Exception:", e)
    try:
        handle("missing")
    except AppError as e:
        if isinstance(e, NotFound):
            print("narrowed", e.what)
        return e.code - 400
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(main(sys.argv))
