import os, sys
name = "iB_tmp_mod_syntax"
with open(name + ".py", "w") as f:
    f.write("x = 1\ndef f(:\n    pass\n")
sys.path.insert(0, "")
try:
    __import__(name)
except SyntaxError as e:
    print(e.msg, e.lineno, e.offset, repr(e.text), os.path.basename(e.filename))
try:
    __import__(name)
finally:
    os.remove(name + ".py")
