import weakref
import gc


class Signal:
    def __init__(self, name):
        self.name = name
        self._slots = []

    def connect(self, fn):
        if hasattr(fn, "__self__") and hasattr(fn, "__func__"):
            ref = weakref.WeakMethod(fn, self._cleanup)
        else:
            ref = weakref.ref(fn, self._cleanup)
        self._slots.append(ref)
        return fn

    def _cleanup(self, ref):
        print(f"  [{self.name}] a receiver went away")
        self._slots = [r for r in self._slots if r is not ref]

    def emit(self, *args):
        results = []
        for ref in list(self._slots):
            fn = ref()
            if fn is not None:
                results.append(fn(*args))
        return results

    def __len__(self):
        return sum(1 for r in self._slots if r() is not None)


class Thermometer:
    def __init__(self):
        self.changed = Signal("temp")
        self._t = 20.0

    @property
    def temperature(self):
        return self._t

    @temperature.setter
    def temperature(self, v):
        if not -273.15 <= v <= 1000:
            raise ValueError(f"implausible temperature {v}")
        old, self._t = self._t, v
        if old != v:
            self.changed.emit(old, v)


class Display:
    def __init__(self, name):
        self.name = name
        self.seen = []

    def on_change(self, old, new):
        self.seen.append(new)
        print(f"  {self.name}: {old:.1f} -> {new:.1f} ({'up' if new > old else 'down'})")
        return self.name


def alarm(old, new):
    if new > 30:
        print(f"  ALARM {new}")
    return "alarm"


t = Thermometer()
d1, d2 = Display("lcd"), Display("web")
t.changed.connect(d1.on_change)
t.changed.connect(d2.on_change)
t.changed.connect(alarm)
print(len(t.changed))
t.temperature = 25
t.temperature = 25
t.temperature = 31.5
del d2
gc.collect()
print(len(t.changed))
t.temperature = 18
try:
    t.temperature = -300
except ValueError as e:
    print("ValueError:", e)
print(d1.seen, t.temperature)
cache = weakref.WeakValueDictionary()


class Big:
    def __init__(self, key):
        self.key = key

    def __repr__(self):
        return f"Big({self.key})"


keep = [Big(i) for i in range(5)]
for b in keep:
    cache[b.key] = b
print(sorted(cache.keys()))
del keep[1::2]
gc.collect()
print(sorted(cache.keys()), cache.get(1), cache.get(2))
r = weakref.ref(keep[0])
print(r() is keep[0], repr(r()), weakref.getweakrefcount(keep[0]) >= 1)
try:
    weakref.ref(42)
except TypeError as e:
    print("TypeError:", e)
fin_log = []
obj = Big("fin")
f = weakref.finalize(obj, fin_log.append, "finalized")
print(f.alive, fin_log)
del obj
print(f.alive, fin_log)
