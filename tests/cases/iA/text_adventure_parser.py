import shlex
import textwrap
from collections import OrderedDict


class Room:
    def __init__(self, name, desc, items=(), exits=None, locked=None):
        self.name = name
        self.desc = desc
        self.items = list(items)
        self.exits = dict(exits or {})
        self.locked = dict(locked or {})

    def __repr__(self):
        return f"Room({self.name!r})"


class World:
    def __init__(self):
        self.rooms = OrderedDict()
        self.here = None
        self.bag = []
        self.turn = 0
        self.score = 0

    def add(self, room):
        self.rooms[room.name] = room
        self.here = self.here or room

    def look(self):
        r = self.here
        text = f"{r.name.upper()}: {r.desc}"
        if r.items:
            text += " You see: " + ", ".join(sorted(r.items)) + "."
        exits = [f"{d}{' (locked)' if d in r.locked else ''}" for d in sorted(r.exits)]
        text += " Exits: " + (", ".join(exits) or "none") + "."
        return textwrap.fill(text, width=60, subsequent_indent="    ")

    def do(self, line):
        self.turn += 1
        try:
            words = shlex.split(line.lower())
        except ValueError as e:
            return f"Parse error: {e}"
        if not words:
            return "Pardon?"
        verb, *args = words
        handler = getattr(self, "cmd_" + verb, None)
        if handler is None:
            return f"I don't know the word {verb!r}."
        try:
            return handler(*args)
        except TypeError:
            return f"{verb.capitalize()} what?"

    def cmd_look(self):
        return self.look()

    def cmd_go(self, direction):
        r = self.here
        if direction in r.locked:
            return f"The way {direction} is locked; it needs the {r.locked[direction]}."
        if direction not in r.exits:
            return "You can't go that way."
        self.here = self.rooms[r.exits[direction]]
        return self.look()

    def cmd_take(self, *item_words):
        item = " ".join(item_words)
        if not item:
            raise TypeError
        if item not in self.here.items:
            return f"There is no {item} here."
        self.here.items.remove(item)
        self.bag.append(item)
        self.score += 10
        return f"Taken: {item}."

    def cmd_drop(self, item):
        if item not in self.bag:
            return f"You don't have the {item}."
        self.bag.remove(item)
        self.here.items.append(item)
        return "Dropped."

    def cmd_unlock(self, direction):
        need = self.here.locked.get(direction)
        if need is None:
            return "Nothing to unlock there."
        if need not in self.bag:
            return f"You need the {need}."
        del self.here.locked[direction]
        self.score += 25
        return f"You unlock the way {direction} with the {need}."

    def cmd_inventory(self):
        return "You carry: " + (", ".join(self.bag) if self.bag else "nothing") + "."

    def cmd_score(self):
        return f"Score {self.score} in {self.turn} turns."


w = World()
w.add(Room("hall", "A grand hall with a dusty chandelier and a very long description that will need wrapping.",
           ["lamp"], {"north": "study", "east": "kitchen"}))
w.add(Room("study", "Shelves of books line the walls.", ["brass key", "note"], {"south": "hall"}))
w.add(Room("kitchen", "It smells of old bread.", [], {"west": "hall", "down": "cellar"}, {"down": "brass key"}))
w.add(Room("cellar", "Dark and damp.", ["treasure"], {"up": "kitchen"}))
script = ["look", "take lamp", "go west", "go north", 'take "brass key"', "take", "take sword", "go south", "go east",
          "go down", "unlock down", "go down", "take treasure", "drop lamp", "look", "inventory", "dance",
          'say "unterminated', "", "go", "score", "unlock up"]
for cmd in script:
    print(f"> {cmd}")
    print(w.do(cmd))
print(list(w.rooms), w.here, sorted(w.bag))
