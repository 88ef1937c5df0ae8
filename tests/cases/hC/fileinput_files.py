import fileinput, sys, os
for line in fileinput.input(["fileinput_data/a.txt", "fileinput_data/b.txt"]):
    print(fileinput.filename(), fileinput.lineno(), fileinput.filelineno(), fileinput.isfirstline(), fileinput.isstdin(), repr(line))
with fileinput.input(files=("fileinput_data/b.txt", "fileinput_data/a.txt"), mode="rb") as f:
    print([l for l in f], f.lineno(), f.filename())
try:
    fileinput.lineno()
except RuntimeError as e:
    print(e)
fi = fileinput.FileInput(["fileinput_data/a.txt", "fileinput_data/b.txt"])
print(fi.readline(), fi.readline(), fi.readline(), fi.filename())
fi.nextfile(); print(repr(fi.readline()), fi.filename()); fi.close()
with open("fileinput_data/c.txt", "w") as f: f.write("x\ny\n")
for line in fileinput.input("fileinput_data/c.txt", inplace=True, backup=".orig"):
    print(line.rstrip().upper() + "!")
print(open("fileinput_data/c.txt").read(), os.path.exists("fileinput_data/c.txt.orig"), open("fileinput_data/c.txt.orig").read())
for line in fileinput.input("fileinput_data/c.txt", inplace=True):
    print(line, end="")
print(os.path.exists("fileinput_data/c.txt.bak"))
try:
    fileinput.input(["fileinput_data/a.txt"], mode="w")
except ValueError as e:
    print(e)
try:
    list(fileinput.input(["fileinput_data/nope.txt"]))
except FileNotFoundError as e:
    print(type(e).__name__, e)
fileinput.close()
print(list(fileinput.input(["fileinput_data/a.txt"], openhook=fileinput.hook_encoded("utf-8"))))
fileinput.close()
import os as _o; _o.remove("fileinput_data/c.txt"); _o.remove("fileinput_data/c.txt.orig")
