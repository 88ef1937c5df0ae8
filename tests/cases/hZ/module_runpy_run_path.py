import os, runpy
fn = "hz_runpy_script.py"
with open(fn, "w") as f:
    f.write("import sys\nresult = VALUE * 2 if 'VALUE' in globals() else 'none'\nprint('running as', __name__, __file__ == NAME if 'NAME' in globals() else '')\ndef helper(): return 'helped'\n")
try:
    g = runpy.run_path(fn)
    print(g["result"], g["helper"](), g["__name__"])
    g = runpy.run_path(fn, init_globals={"VALUE": 21, "NAME": fn}, run_name="__main__")
    print(g["result"], g["__name__"], g["VALUE"])
    try:
        runpy.run_path("missing_script_hz.py")
    except OSError as e:
        print(type(e).__name__, os.path.basename(e.filename))
    g = runpy.run_module("colorsys")
    print(g["__name__"], round(g["rgb_to_hsv"](1.0, 0.0, 0.0)[0], 3))
    g = runpy.run_module("colorsys", run_name="renamed")
    print(g["__name__"])
    try:
        runpy.run_module("no_such_module_hz")
    except ImportError as e:
        print(type(e).__name__, e)
finally:
    os.remove(fn)
print(os.path.exists(fn))
