from enum import Enum, auto

class State(Enum):
    IDLE = auto()
    RUNNING = auto()
    PAUSED = auto()
    STOPPED = auto()

TRANSITIONS = {
    (State.IDLE, "start"): State.RUNNING,
    (State.RUNNING, "pause"): State.PAUSED,
    (State.PAUSED, "resume"): State.RUNNING,
    (State.RUNNING, "stop"): State.STOPPED,
    (State.PAUSED, "stop"): State.STOPPED,
}

class InvalidTransition(Exception):
    pass

class Machine:
    def __init__(self):
        self.state = State.IDLE
        self.history = [self.state]
        self.listeners = []
    def on_change(self, fn):
        self.listeners.append(fn)
        return fn
    def fire(self, event):
        key = (self.state, event)
        if key not in TRANSITIONS:
            raise InvalidTransition(f"cannot {event!r} from {self.state.name}")
        old, self.state = self.state, TRANSITIONS[key]
        self.history.append(self.state)
        for fn in self.listeners:
            fn(old, self.state)

m = Machine()
@m.on_change
def log(old, new):
    print(f"  {old.name:>8} -> {new.name}")
for ev in ["start", "pause", "pause", "resume", "stop", "start"]:
    try:
        m.fire(ev)
    except InvalidTransition as e:
        print("error:", e)
print([s.name for s in m.history], m.state is State.STOPPED, m.state.value, repr(m.state))
print(sorted({s.name for s, _ in TRANSITIONS}), len(State), State(2), State["PAUSED"])
counts = {}
for s in m.history:
    counts[s] = counts.get(s, 0) + 1
print({k.name: v for k, v in counts.items()})
