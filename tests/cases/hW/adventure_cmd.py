# A text adventure state machine driven through cmd.Cmd with scripted input.
import cmd
import io
from enum import Enum, auto


class State(Enum):
    EXPLORING = auto()
    FIGHTING = auto()
    DEAD = auto()
    WON = auto()


ROOMS = {
    "hall": {"desc": "A dusty hall.", "exits": {"north": "library", "east": "kitchen"}, "items": ["lamp"]},
    "library": {"desc": "Shelves of books.", "exits": {"south": "hall"}, "items": ["key", "book"]},
    "kitchen": {"desc": "Smells of old soup.", "exits": {"west": "hall", "down": "cellar"}, "items": []},
    "cellar": {"desc": "Dark and damp.", "exits": {"up": "kitchen"}, "items": ["treasure"], "monster": "rat"},
}


class Game(cmd.Cmd):
    intro = "Welcome to the tiny adventure. Type help or ? to list commands."
    prompt = "> "

    def __init__(self, **kw):
        super().__init__(**kw)
        self.room = "hall"
        self.inventory = []
        self.state = State.EXPLORING
        self.hp = 3
        self.log = []

    def say(self, *parts):
        print(*parts, file=self.stdout)

    def precmd(self, line):
        self.log.append(line)
        return line if line == "EOF" else line.lower()

    def postcmd(self, stop, line):
        if self.state in (State.DEAD, State.WON):
            self.say(f"[game over: {self.state.name}]")
            return True
        return stop

    def preloop(self):
        self.say("(preloop)")

    def postloop(self):
        self.say("(postloop) moves:", len(self.log))

    def do_look(self, arg):
        """Describe the current room."""
        r = ROOMS[self.room]
        self.say(r["desc"], "Exits:", ", ".join(sorted(r["exits"])), "Items:", r["items"] or "none")

    def do_go(self, arg):
        """go <direction>"""
        if self.state is State.FIGHTING:
            self.say("You cannot leave while fighting!")
            return
        dest = ROOMS[self.room]["exits"].get(arg)
        if dest is None:
            self.say(f"You can't go {arg!r}.")
            return
        self.room = dest
        if "monster" in ROOMS[dest]:
            self.state = State.FIGHTING
            self.say("A", ROOMS[dest]["monster"], "attacks!")
        self.do_look("")

    def do_take(self, arg):
        items = ROOMS[self.room]["items"]
        if arg in items:
            if self.state is State.FIGHTING:
                self.say("Busy fighting.")
                return
            items.remove(arg)
            self.inventory.append(arg)
            self.say("Taken:", arg)
            if arg == "treasure":
                self.state = State.WON
        else:
            self.say("No", arg, "here.")

    def do_fight(self, arg):
        """Fight the monster."""
        if self.state is not State.FIGHTING:
            self.say("Nothing to fight.")
            return
        if "lamp" in self.inventory:
            self.say("You scare the rat away with the lamp.")
            del ROOMS[self.room]["monster"]
            self.state = State.EXPLORING
        else:
            self.hp -= 1
            self.say("Ouch! hp =", self.hp)
            if self.hp <= 0:
                self.state = State.DEAD

    def do_inventory(self, arg):
        self.say("You carry:", sorted(self.inventory))

    def help_secret(self):
        self.say("There is no secret.")

    def do_quit(self, arg):
        """Leave the game."""
        self.say("Bye")
        return True

    def do_EOF(self, arg):
        self.say("EOF reached")
        return True

    def default(self, line):
        self.say("I don't understand", repr(line))

    def emptyline(self):
        self.say("(empty line ignored)")


script = """look
?
help go
help fight
help take
help secret
help nothing
take lamp
go north
take key
go west
go south
go east

   
go down
go up
fight
take treasure
inventory
"""
out = io.StringIO()
g = Game(stdin=io.StringIO(script), stdout=out)
g.use_rawinput = False
g.cmdloop()
print(out.getvalue())
print(g.state, g.hp, g.room, g.log[:4], g.lastcmd)

out2 = io.StringIO()
g2 = Game(stdin=io.StringIO("go east\ngo down\nfight\nfight\nxyzzy!\nfight\n"), stdout=out2)
g2.use_rawinput = 0
g2.cmdloop(intro="")
print(out2.getvalue())


class Plain(cmd.Cmd):
    def do_add(self, arg):
        a, b = map(int, arg.split())
        print(a + b, file=self.stdout)

    def do_echo(self, arg):
        "Echo the argument."
        print(repr(arg), file=self.stdout)

    def do_shell(self, arg):
        print("shell:", arg, file=self.stdout)


s = io.StringIO()
p = Plain(stdout=s)
print(p.parseline("  add 1   2  "), p.parseline("?add"), p.parseline("!ls -l"), p.parseline(""), p.parseline("9x y"), p.parseline("a.b c"))
p.onecmd("add 2 3")
p.onecmd("")
p.onecmd("echo  spaced out ")
p.onecmd("frob")
p.onecmd("!pwd")
p.onecmd("help")
p.onecmd("help echo")
p.onecmd("help add")
p.cmdqueue.extend(["add 1 1", "EOF"])
p.use_rawinput = False
p.stdin = io.StringIO("")
p.onecmd("add 10 20")
p.onecmd("")
print(s.getvalue())
print(sorted(p.completenames("e")), p.completenames("zz"), p.prompt, p.identchars[-5:], p.ruler)
s2 = io.StringIO()
p2 = Plain(stdout=s2)
p2.columnize([f"word{i * 7}" for i in range(37)], displaywidth=40)
p2.columnize([])
p2.columnize(["only"])
p2.columnize(["a" * 50, "b" * 50])
try:
    p2.columnize(["a", 1, "b", None])
except TypeError as e:
    print(type(e).__name__, e)
print(s2.getvalue())
try:
    p.onecmd("add 1")
except ValueError as e:
    print(type(e).__name__, e)
