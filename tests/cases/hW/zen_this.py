import this
import sys

print(sorted(k for k in vars(this) if not k.startswith("__")))
print(this.c, this.i, len(this.s), len(this.d), this.s[:20])
decoded = "".join(this.d.get(ch, ch) for ch in this.s)
lines = decoded.splitlines()
print(len(lines), lines[0], lines[-1][:20])
print(sorted(set(decoded.lower()) - set("abcdefghijklmnopqrstuvwxyz")))
print(sum(1 for l in lines if l.startswith("Although")), "this" in sys.modules)
import this  # a second import prints nothing
print(this.__doc__)
