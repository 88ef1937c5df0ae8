"""An event bus whose failing listeners are collected into an ExceptionGroup."""
from collections import defaultdict
import functools


class ListenerError(Exception):
    def __init__(self, event, listener, cause):
        super().__init__(f"{listener} failed on {event!r}")
        self.event, self.listener = event, listener
        self.__cause__ = cause


class Bus:
    def __init__(self):
        self.listeners = defaultdict(list)
        self.log = []

    def on(self, event):
        def register(fn):
            self.listeners[event].append(fn)
            return fn
        return register

    def emit(self, event, **payload):
        failures = []
        for fn in self.listeners[event]:
            try:
                result = fn(**payload)
                self.log.append((event, fn.__name__, result))
            except Exception as exc:
                failures.append(ListenerError(event, fn.__name__, exc))
        if failures:
            raise ExceptionGroup(f"{len(failures)} listener(s) failed for {event}", failures)


bus = Bus()


@bus.on("order")
def charge(amount, currency="EUR"):
    if amount <= 0:
        raise ValueError(f"cannot charge {amount} {currency}")
    return f"charged {amount} {currency}"


@bus.on("order")
def notify(amount, email=None, **rest):
    return f"mailed {email.lower()}"


@bus.on("order")
def audit(**payload):
    return sorted(payload)


bus.emit("order", amount=5, email="A@B.C")
print(bus.log)
try:
    bus.emit("order", amount=-1)
except* ValueError as eg:
    print("value errors:", [str(e) for e in eg.exceptions])
except* ListenerError as eg:
    for e in eg.exceptions:
        print("listener:", e, "<-", type(e.__cause__).__name__, e.__cause__)
bus.emit("order", amount=0, email=None, currency="USD")
