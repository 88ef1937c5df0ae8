import builtins
print(dir(__builtins__))
print(len(dir(builtins)), [n for n in dir(builtins) if "Error" in n][:8])
print(getattr(builtins, "False"), vars(builtins)["True"] if "True" in vars(builtins) else "x")
import keyword
public = [n for n in dir(builtins) if not n.startswith("_")]
print(len(public), [n for n in public if keyword.iskeyword(n)])
print(exit, quit)
print([n for n in dir(builtins) if n.islower() and not n.startswith("_")])
