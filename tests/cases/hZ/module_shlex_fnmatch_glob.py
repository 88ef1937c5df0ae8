import shlex, fnmatch, glob, os
print(shlex.split("cmd -a 'quoted arg' \"dq $x\" esc\\ aped # not comment"), shlex.split("a # comment", comments=True), shlex.quote("it's"), shlex.quote("safe"), shlex.join(["a b", "c"]))
try:
    shlex.split("unterminated 'quote")
except ValueError as e:
    print(e)
lx = shlex.shlex("a=b; c", punctuation_chars=True); print(list(lx))
print(fnmatch.fnmatch("file.TXT", "*.txt"), fnmatch.fnmatchcase("file.TXT", "*.txt"), fnmatch.filter(["a.py", "b.txt", "c.py"], "*.py"), fnmatch.translate("*.[ch]?"), fnmatch.fnmatch("x[1]", "x[[]1]"), fnmatch.fnmatch("a", "[!b]"))
base = "hz_glob_dir"
os.makedirs(os.path.join(base, "sub", "deep"), exist_ok=True)
for p in ("a.py", "b.txt", ".hidden.py", "sub/c.py", "sub/deep/d.py"):
    open(os.path.join(base, p), "w").close()
try:
    print(sorted(glob.glob(base + "/*.py")), sorted(glob.glob(base + "/**/*.py", recursive=True)), sorted(glob.glob(base + "/*")), sorted(glob.glob(base + "/?.txt")))
    print(sorted(glob.glob("*.py", root_dir=base)), glob.escape("a[b]*?"), sorted(glob.iglob(base + "/sub/*")), glob.glob(base + "/nothing*"))
finally:
    import shutil
    shutil.rmtree(base)
print(os.path.exists(base))
