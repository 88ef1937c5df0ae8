import builtins
import keyword
# `help`, `exit` & co. come from site in CPython (absent under python3 -S): leave them out.
SITE = {"help", "exit", "quit", "copyright", "credits", "license"}
names = [n for n in dir(__builtins__) if n not in SITE]
print(names)
print(len(names), [n for n in names if "Error" in n][:8])
print(getattr(builtins, "False"), vars(builtins)["True"], builtins.__dict__["False"])
public = [n for n in names if not n.startswith("_")]
print(len(public), [n for n in public if keyword.iskeyword(n)])
