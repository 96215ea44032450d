def risky(n):
    if n == 0:
        raise ValueError("zero")
    if n == 1:
        return 1 / 0
    if n == 2:
        return [][1]
    if n == 3:
        return {}["k"]
    if n == 4:
        return int("abc")
    if n == 5:
        return undefined
    if n == 6:
        return "a" + 1
    if n == 7:
        return None.attr
    return n
for i in range(9):
    try:
        print("ok", risky(i))
    except (ValueError, ZeroDivisionError) as e:
        print("arith/value", type(e).__name__, e)
    except LookupError as e:
        print("lookup", type(e).__name__, e)
    except Exception as e:
        print("other", type(e).__name__, e)
    else:
        print("else ran")
    finally:
        print("finally", i)
