import os, pkgutil, shutil, sys
base = "hz_pkgutil_dir"
os.makedirs(os.path.join(base, "pkg_a"), exist_ok=True)
try:
    with open(os.path.join(base, "mod_b.py"), "w") as f:
        f.write("X = 1\n")
    with open(os.path.join(base, "pkg_a", "__init__.py"), "w") as f:
        f.write("")
    with open(os.path.join(base, "pkg_a", "inner.py"), "w") as f:
        f.write("Y = 2\n")
    with open(os.path.join(base, "pkg_a", "data.txt"), "w") as f:
        f.write("payload")
    with open(os.path.join(base, "notes.txt"), "w") as f:
        f.write("not a module")
    infos = sorted((m.name, m.ispkg) for m in pkgutil.iter_modules([base]))
    print(infos)
    print(sorted((m.name, m.ispkg) for m in pkgutil.iter_modules([base], prefix="p.")))
    sys.path.insert(0, base)
    print(sorted(m.name for m in pkgutil.walk_packages([base])))
    print(pkgutil.get_data("pkg_a", "data.txt"))
    print(pkgutil.resolve_name("os.path:join")("a", "b"), pkgutil.resolve_name("os.path.basename")("x/y"))
    try:
        pkgutil.resolve_name("1bad")
    except ValueError as e:
        print(e)
    try:
        list(pkgutil.iter_modules(base))
    except ValueError as e:
        print(e)
    print(type(pkgutil.ModuleInfo(None, "n", False)).__name__, pkgutil.ModuleInfo._fields)
finally:
    sys.path.remove(base) if base in sys.path else None
    shutil.rmtree(base)
print(os.path.exists(base))
