# Enums in match statements, dict dispatch and state machines.
from enum import Enum, IntEnum, Flag, auto


class Light(Enum):
    RED = auto()
    YELLOW = auto()
    GREEN = auto()


def advance(light):
    match light:
        case Light.RED:
            return Light.GREEN
        case Light.GREEN:
            return Light.YELLOW
        case Light.YELLOW:
            return Light.RED


state = Light.RED
for _ in range(5):
    print(state.name, end=' -> ')
    state = advance(state)
print(state.name)


class Cmd(IntEnum):
    QUIT = 0
    MOVE = 1
    SAY = 2


def handle(msg):
    match msg:
        case (Cmd.QUIT,):
            return 'bye'
        case (Cmd.MOVE, x, y):
            return f'move to {x},{y}'
        case (Cmd.SAY, str(text)):
            return f'say {text!r}'
        case (1, *rest):
            return f'int-matched move {rest}'
        case _:
            return 'unknown'


for m in [(Cmd.QUIT,), (Cmd.MOVE, 1, 2), (Cmd.SAY, 'hi'), (1, 9), (0,), ('x',)]:
    print(handle(m))


def kind(x):
    match x:
        case Light():
            return 'a light: ' + x.name
        case Cmd(value=v):
            return f'cmd {v}'
        case _:
            return 'other'


print(kind(Light.GREEN), kind(Cmd.SAY), kind(3))


class Perm(Flag):
    R = auto()
    W = auto()


def check(p):
    match p:
        case Perm.R | Perm.W:
            return 'single'
        case _ if p == Perm.R | Perm.W:
            return 'both'
        case _:
            return 'none'


print(check(Perm.R), check(Perm.R | Perm.W), check(Perm(0)))

handlers = {Light.RED: 'stop', Light.YELLOW: 'slow', Light.GREEN: 'go'}
print([handlers[l] for l in Light])
print(sorted(handlers, key=lambda l: l.value))
print(Light.RED in handlers, set(Light) == set(handlers))


class State(Enum):
    IDLE = 'idle'
    RUNNING = 'running'
    DONE = 'done'

    @property
    def transitions(self):
        return {
            State.IDLE: (State.RUNNING,),
            State.RUNNING: (State.DONE, State.IDLE),
            State.DONE: (),
        }[self]

    def can_go(self, other):
        return other in self.transitions


print(State.IDLE.can_go(State.RUNNING), State.DONE.can_go(State.IDLE), State('running').transitions)
