# gc enable/disable/isenabled/collect
import gc

print(gc.isenabled())
gc.disable()
print(gc.isenabled())
gc.enable()
print(gc.isenabled())
n = gc.collect()
print(type(n).__name__, n >= 0)
print(type(gc.collect(0)).__name__, type(gc.collect(1)).__name__, type(gc.collect(generation=2)).__name__)
try:
    gc.collect(3)
except ValueError as e:
    print("ValueError", e)
