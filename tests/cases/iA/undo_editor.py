from abc import ABC, abstractmethod


class Command(ABC):
    @abstractmethod
    def do(self, doc): ...

    @abstractmethod
    def undo(self, doc): ...

    def __repr__(self):
        fields = ", ".join(f"{k}={v!r}" for k, v in vars(self).items() if not k.startswith("_"))
        return f"{type(self).__name__}({fields})"


class Insert(Command):
    def __init__(self, pos, text):
        self.pos, self.text = pos, text

    def do(self, doc):
        if not 0 <= self.pos <= len(doc.text):
            raise IndexError(f"insert position {self.pos} out of range 0..{len(doc.text)}")
        doc.text = doc.text[:self.pos] + self.text + doc.text[self.pos:]

    def undo(self, doc):
        doc.text = doc.text[:self.pos] + doc.text[self.pos + len(self.text):]


class Delete(Command):
    def __init__(self, pos, n):
        self.pos, self.n = pos, n
        self._removed = None

    def do(self, doc):
        self._removed = doc.text[self.pos:self.pos + self.n]
        if len(self._removed) != self.n:
            raise IndexError("delete past end")
        doc.text = doc.text[:self.pos] + doc.text[self.pos + self.n:]

    def undo(self, doc):
        doc.text = doc.text[:self.pos] + self._removed + doc.text[self.pos:]


class Replace(Command):
    def __init__(self, old, new):
        self.old, self.new = old, new
        self._before = None

    def do(self, doc):
        if self.old not in doc.text:
            raise ValueError(f"{self.old!r} not found")
        self._before = doc.text
        doc.text = doc.text.replace(self.old, self.new)

    def undo(self, doc):
        doc.text = self._before


class Macro(Command):
    def __init__(self, *cmds):
        self.cmds = list(cmds)

    def do(self, doc):
        done = []
        try:
            for c in self.cmds:
                c.do(doc)
                done.append(c)
        except Exception:
            for c in reversed(done):
                c.undo(doc)
            raise

    def undo(self, doc):
        for c in reversed(self.cmds):
            c.undo(doc)


class Document:
    def __init__(self, text=""):
        self.text = text
        self._undo, self._redo = [], []

    def run(self, cmd):
        cmd.do(self)
        self._undo.append(cmd)
        self._redo.clear()
        return self

    def undo(self):
        if not self._undo:
            raise RuntimeError("nothing to undo")
        cmd = self._undo.pop()
        cmd.undo(self)
        self._redo.append(cmd)

    def redo(self):
        if not self._redo:
            raise RuntimeError("nothing to redo")
        cmd = self._redo.pop()
        cmd.do(self)
        self._undo.append(cmd)

    def __str__(self):
        return f"{self.text!r} (undo={len(self._undo)}, redo={len(self._redo)})"


d = Document("hello world")
steps = [
    ("run", Insert(5, ",")), ("run", Insert(len("hello, world"), "!")), ("run", Replace("world", "there")),
    ("undo", None), ("undo", None), ("redo", None), ("run", Delete(0, 1)), ("run", Insert(0, "J")),
    ("run", Macro(Insert(0, "<<"), Insert(99, ">>"))), ("run", Macro(Insert(0, "["), Replace("zzz", "y"))),
    ("run", Delete(50, 2)), ("run", Replace("xyz", "a")), ("undo", None), ("undo", None), ("undo", None),
    ("undo", None), ("undo", None), ("undo", None), ("redo", None),
]
for action, cmd in steps:
    try:
        if action == "run":
            d.run(cmd)
        else:
            getattr(d, action)()
        print(f"{action:<5} {cmd!r:45} -> {d}")
    except (IndexError, ValueError, RuntimeError) as e:
        print(f"{action:<5} {cmd!r:45} !! {type(e).__name__}: {e}")
try:
    Command()
except TypeError as e:
    print(e)
print(repr(Macro(Insert(1, "a"), Delete(2, 3))))
