# os.environ as a mapping (the runner sets PYTHONHASHSEED=0)
import os

env = os.environ
print(env["PYTHONHASHSEED"], env.get("PYTHONHASHSEED"), "PYTHONHASHSEED" in env)
print(env.get("_NO_SUCH_VARIABLE_XYZ"), env.get("_NO_SUCH_VARIABLE_XYZ", "default"), "_NO_SUCH_VARIABLE_XYZ" in env)
print("PYTHONHASHSEED" in env.keys(), "PYTHONHASHSEED" in list(env), len(env) > 0)
try:
    env["_NO_SUCH_VARIABLE_XYZ"]
except KeyError as e:
    print("KeyError", e)
print(os.getenv("PYTHONHASHSEED"), os.getenv("_NO_SUCH_VARIABLE_XYZ"), os.getenv("_NO_SUCH_VARIABLE_XYZ", "d"))
env["_MOD_OS_ENVIRON_TEST"] = "value"
print(env["_MOD_OS_ENVIRON_TEST"], os.getenv("_MOD_OS_ENVIRON_TEST"))
del env["_MOD_OS_ENVIRON_TEST"]
print("_MOD_OS_ENVIRON_TEST" in env)
c = env.copy()
print(type(c).__name__, c["PYTHONHASHSEED"])
print(sorted(k for k in env if k == "PYTHONHASHSEED"))
print([v for k, v in env.items() if k == "PYTHONIOENCODING"])
