import builtins
import keyword
# `help` comes from site in CPython (this runs under python3 -S), so leave it out.
names = [n for n in dir(__builtins__) if n != "help"]
print(names)
print(len(names), [n for n in names if "Error" in n][:8])
print(getattr(builtins, "False"), vars(builtins)["True"], builtins.__dict__["False"])
public = [n for n in names if not n.startswith("_")]
print(len(public), [n for n in public if keyword.iskeyword(n)])
