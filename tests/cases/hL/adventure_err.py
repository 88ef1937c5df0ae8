from enum import Enum
from dataclasses import dataclass, field


class State(Enum):
    HALL = "hall"
    KITCHEN = "kitchen"
    CELLAR = "cellar"
    GARDEN = "garden"
    END = "end"


@dataclass
class Player:
    name: str
    hp: int = 10
    inventory: set = field(default_factory=set)
    visited: list = field(default_factory=list)


MAP = {
    State.HALL: {"north": State.KITCHEN, "east": State.GARDEN},
    State.KITCHEN: {"south": State.HALL, "down": State.CELLAR},
    State.CELLAR: {"up": State.KITCHEN},
    State.GARDEN: {"west": State.HALL, "gate": State.END},
}
ITEMS = {State.KITCHEN: "knife", State.CELLAR: "key", State.GARDEN: "flower"}


class GameOver(Exception):
    pass


class Game:
    def __init__(self, player):
        self.p = player
        self.state = State.HALL
        self.turn = 0

    def handle(self, cmd: str) -> str:
        self.turn += 1
        match cmd.split():
            case ["go", direction]:
                exits = MAP.get(self.state, {})
                if direction not in exits:
                    return f"You can't go {direction} from the {self.state.value}."
                nxt = exits[direction]
                if nxt is State.END and "key" not in self.p.inventory:
                    self.p.hp -= 3
                    return "The gate is locked. You hurt yourself."
                self.state = nxt
                self.p.visited.append(nxt.value)
                return f"You are in the {nxt.value}."
            case ["take"]:
                item = ITEMS.pop(self.state, None)
                if item is None:
                    return "Nothing here."
                self.p.inventory.add(item)
                return f"Taken: {item}."
            case ["look"] | ["l"]:
                exits = ", ".join(sorted(d for d in MAP.get(self.state, {})))
                return f"{self.state.name.title()}: exits {exits or 'none'}."
            case ["inv" | "inventory"]:
                return "You carry: " + (", ".join(sorted(self.p.inventory)) or "nothing")
            case ["say", *words] if words:
                return f"{self.p.name} says {' '.join(words)!r}"
            case ["hp", ("+" | "-") as sign, amount] if amount.isdigit():
                self.p.hp += int(amount) if sign == "+" else -int(amount)
                return f"hp={self.p.hp}"
            case []:
                return "Say something."
            case [verb, *_]:
                return f"I don't know how to {verb}."


g = Game(Player("Zed"))
script = ["look", "go west", "go north", "take", "take", "go down", "look", "take", "inv",
          "go up", "go south", "go east", "say hello there", "", "dance wildly", "hp + 5",
          "hp - 2", "hp x 2", "go gate", "look"]
for cmd in script:
    print(f"[{g.turn:02}] > {cmd:<16} {g.handle(cmd)}")
print(g.p.name, g.p.hp, sorted(g.p.inventory), g.p.visited)
print(g.state, g.state is State.END, State("garden"), State.GARDEN.name)
try:
    State("moon")
except ValueError as e:
    print(e)


def check_point(p):
    match p:
        case (0, 0):
            return "origin"
        case (x, 0) | (0, x):
            return f"axis {x}"
        case {"x": x, "y": y, **rest}:
            return f"dict {x},{y} extra={rest}"
        case Player(name=n, hp=h) if h > 5:
            return f"healthy {n}"
        case Player():
            return "weak player"
        case [int(a), *rest] if len(rest) > 1:
            return f"seq {a} +{len(rest)}"
        case str() as s:
            return f"string {s}"
        case _:
            return "other"


for v in [(0, 0), (3, 0), (0, -1), {"x": 1, "y": 2, "z": 3}, Player("a"), Player("b", 1),
          [1, 2, 3], [1, 2], "hi", 4.5, (1, 2)]:
    print(repr(v)[:30], "->", check_point(v))


class Room:
    def __init__(self, name):
        self.name = name

    def enter(self, player):
        if player.hp <= 0:
            raise GameOver(f"{player.name} died in the {self.name}")
        return self.describe(player)

    def describe(self, player):
        return self.desription


p = Player("Ann", hp=3)
print(Room("attic").enter(p) if False else "skip")
Room("attic").enter(p)
