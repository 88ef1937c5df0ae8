from enum import Enum, auto


class State(Enum):
    START = auto()
    HALL = auto()
    LIBRARY = auto()
    VAULT = auto()
    WON = auto()
    DEAD = auto()


class GameOver(Exception):
    pass


ROOMS = {
    State.START: ("A dusty entrance.", {"north": State.HALL}),
    State.HALL: ("A long hall with portraits.", {"south": State.START, "east": State.LIBRARY, "west": State.VAULT}),
    State.LIBRARY: ("Books everywhere. A key glints.", {"west": State.HALL}),
    State.VAULT: ("A locked vault door.", {"east": State.HALL}),
}


class Game:
    def __init__(self):
        self.state = State.START
        self.inventory = set()
        self.moves = 0
        self.visited = [self.state]

    def describe(self):
        desc, exits = ROOMS[self.state]
        return f"[{self.state.name.title()}] {desc} Exits: {', '.join(sorted(exits))}"

    def handle(self, cmd):
        self.moves += 1
        match cmd.lower().split():
            case ["go", direction] | [("north" | "south" | "east" | "west") as direction]:
                exits = ROOMS[self.state][1]
                if direction not in exits:
                    return f"You can't go {direction}."
                self.state = exits[direction]
                self.visited.append(self.state)
                return self.describe()
            case ["take", item] if self.state is State.LIBRARY and item == "key":
                self.inventory.add(item)
                return "Taken."
            case ["take", item]:
                return f"There is no {item} here."
            case ["open", "door"] if self.state == State.VAULT:
                if "key" in self.inventory:
                    self.state = State.WON
                    raise GameOver("You open the vault. You win!")
                return "It's locked."
            case ["inventory" | "i"]:
                return "You carry: " + (", ".join(sorted(self.inventory)) or "nothing")
            case ["look"]:
                return self.describe()
            case ["jump", *rest]:
                self.state = State.DEAD
                raise GameOver(f"You jump {' '.join(rest) or 'around'} and die.")
            case []:
                self.moves -= 1
                return "Say something."
            case [verb, *_]:
                return f"I don't know how to {verb!r}."


def play(script):
    g = Game()
    print(g.describe())
    try:
        for cmd in script:
            print(f"> {cmd}")
            print(g.handle(cmd))
    except GameOver as e:
        print("*", e)
    finally:
        print(f"moves={g.moves} final={g.state} path={'->'.join(s.name[0] for s in g.visited)}")
    return g.state


print(play(["look", "go north", "west", "open door", "east", "east", "take sword", "take key",
            "i", "", "dance wildly", "go up", "west", "west", "open door", "look"]))
print(play(["north", "jump off cliff"]))
print(play(["jump"]))
print([s.value for s in State], State(3), State["VAULT"] is State.VAULT)
try:
    State(99)
except ValueError as e:
    print(type(e).__name__, e)
try:
    State["nope"]
except KeyError as e:
    print(type(e).__name__, e)


def classify(obj):
    match obj:
        case {"type": "point", "x": int(x), "y": int(y)}:
            return f"point({x},{y})"
        case {"type": "circle", "r": float() | int() as r, **rest}:
            return f"circle r={r} extra={rest}"
        case (1, 2, *others):
            return f"starts 1,2 then {others}"
        case [a, [b, c]]:
            return f"nested {a} {b} {c}"
        case str() as s if len(s) > 3:
            return "long str"
        case str(s):
            return f"short str {s}"
        case None | True | False:
            return f"singleton {obj}"
        case 0 | 1 | 2:
            return "small int"
        case State.HALL:
            return "the hall"
        case _:
            return "other"


for o in [{"type": "point", "x": 1, "y": 2}, {"type": "point", "x": 1.0, "y": 2},
          {"type": "circle", "r": 2.5, "color": "red"}, (1, 2), [1, 2, 3, 4], [9, (8, 7)],
          "hello", "hi", None, True, 0, 1.0, 2, State.HALL, State.VAULT, {"type": "circle"}]:
    print(repr(o), "->", classify(o))
