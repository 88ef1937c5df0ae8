import os, sys
name = "iB_tmp_mod_err"
with open(name + ".py", "w") as f:
    f.write("def g():\n    return {}['missing']\n\nVALUE = 1\n")
sys.path.insert(0, os.getcwd())
try:
    mod = __import__(name)
    print(mod.VALUE)
    try:
        mod.g()
    except KeyError as e:
        import traceback
        print(traceback.format_exc().count("File"))
finally:
    os.remove(name + ".py")
mod.g()
