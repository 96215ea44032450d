# thresholds, debug flags, tracking of atomic values
import gc

t = gc.get_threshold()
print(type(t).__name__, len(t))
gc.set_threshold(500, 5, 5)
print(gc.get_threshold())
gc.set_threshold(*t)
print(gc.get_threshold() == t, type(gc.get_count()).__name__, len(gc.get_count()))
print(gc.get_debug())
print(gc.is_tracked(1), gc.is_tracked("s"), gc.is_tracked(None), gc.is_tracked(1.5))
print(gc.is_tracked([]), gc.is_tracked({}), gc.is_tracked({"a": 1}), gc.is_tracked({"a": []}))
print(gc.DEBUG_STATS, gc.DEBUG_LEAK)
