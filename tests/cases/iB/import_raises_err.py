import os, sys
name = "iB_tmp_mod_raise"
with open(name + ".py", "w") as f:
    f.write("x = 1\nraise ValueError('at import')\n")
sys.path.insert(0, "")
try:
    __import__(name)
finally:
    os.remove(name + ".py")
