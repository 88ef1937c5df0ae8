import ntpath, os
os.environ.pop("USERPROFILE", None); os.environ["HOMEPATH"] = "\\Users\\me"; os.environ["HOMEDRIVE"] = "C:"; os.environ["USERNAME"] = "me"; os.environ["FOO"] = "bar"
cases = ["", "a", "C:", "C:\\", "C:/x/y.txt", "c:x", "\\\\srv\\share\\dir\\f", "//srv/share", "\\\\srv", "\\\\\\x", "\\\\srv\\\\x", "/abs/p", "rel\\p\\", "a/b/../../..", "C:\\a\\..\\..\\b", ".\\.\\x", "\\\\.\\dev\\x", "\\\\?\\C:\\x\\..", "x.tar.gz", ".bashrc", "a\\.b", "dir.x\\file", "C:\\a\\b\\", "~", "~\\docs", "~other\\x", "~me\\y", "$FOO\\%FOO%\\${FOO}\\$NOPE\\%NOPE%\\'$FOO'\\%%\\$$\\${unterminated", "%FOO", "a$", "%"]
for c in cases:
    for f in ("normcase", "isabs", "splitdrive", "split", "splitext", "basename", "dirname", "normpath", "expanduser", "expandvars"):
        try:
            print(f, repr(c), repr(getattr(ntpath, f)(c)))
        except Exception as e:
            print(f, repr(c), "!!", type(e).__name__, e)
    print("bytes", repr(ntpath.split(c.encode())), repr(ntpath.normpath(c.encode())), repr(ntpath.splitdrive(c.encode())))
joins = [("C:", "x"), ("C:\\", "x"), ("C:\\a", "D:b"), ("C:\\a", "c:b"), ("C:\\a", "\\b"), ("a", "C:\\b", "c"), ("\\\\s\\sh", "x"), ("\\\\s\\sh\\", "x"), ("a", ""), ("", "a"), ("a", "b/", "c"), ("C:a", "C:b"), ("/x", "D:")]
for j in joins:
    print("join", j, repr(ntpath.join(*j)))
for a, b in (("C:\\a\\b\\c", "C:\\a\\x"), ("C:\\a", "C:\\a"), ("C:\\A\\B", "c:\\a"), ("C:\\a", "D:\\a")):
    try:
        print("relpath", repr(ntpath.relpath(a, b)))
    except ValueError as e:
        print("relpath !!", e)
for ps in (["C:\\a\\b", "c:/A/c"], ["a\\b", "a\\c"], ["C:\\a", "b"], ["C:\\a", "D:\\a"], [], ["\\a\\b\\", "\\a\\b\\c"]):
    try:
        print("commonpath", repr(ntpath.commonpath(ps)))
    except ValueError as e:
        print("commonpath !!", e)
for bad in ((1,), ("a", b"b"), ("a", 1)):
    try:
        ntpath.join(*bad)
    except TypeError as e:
        print("join !!", e)
print(ntpath.sep, ntpath.altsep, ntpath.pathsep, ntpath.defpath, ntpath.devnull, ntpath.curdir, ntpath.extsep)
print(ntpath.commonprefix(["C:\\ab", "C:\\ac"]), ntpath.exists("nope_hz"), ntpath.isdir("."), ntpath.islink("."), ntpath.lexists("."))
print(ntpath.abspath("C:\\x\\..\\y"), ntpath.realpath("C:\\x"), ntpath.isabs(b"C:\\"))
for p in ['\\\\.\\dev\\x', '\\\\.\\dev\\..\\x', '\\\\?\\UNC\\s\\sh\\..\\x', '\\\\srv\\', '\\\\srv\\sh\\..\\..', 'C:..\\x', 'C:\\..', '..\\..\\a', 'a\\..', '//x//y//z', 'C:/a//b/./c/', 'C:.', '\\\\?\\UNC\\srv', '/..', 'x:/../..']:
    print(repr(p), repr(ntpath.normpath(p)), repr(ntpath.splitdrive(p)), repr(ntpath.split(p)), ntpath.isabs(p))
import pathlib
print(pathlib.PureWindowsPath("C:/a/b.txt").parent, ntpath.join("C:\\", *pathlib.PureWindowsPath("x/y").parts))
print([ntpath.ismount(p) for p in ("C:\\", "C:\\x", "\\\\srv\\share", "\\\\srv\\share\\", "\\\\srv\\share\\d", "D:/")])
