import configparser
import io
import os
import tempfile

def attempt(text, **kw):
    cp = configparser.ConfigParser(**kw)
    try:
        cp.read_string(text)
    except configparser.Error as e:
        print(type(e).__name__, "|", e)
        print("  args:", e.args)
        if isinstance(e, configparser.ParsingError):
            print("  errors:", getattr(e, "errors", None))
        return cp
    print({s: dict(cp[s]) for s in cp})
    return cp

attempt("no header = 1\n")
attempt("\n\n  x: y\n[s]\n")
attempt("[s]\na=1\n[t]\n[s]\n")
attempt("[s]\na=1\nA=2\n")
attempt("[s]\na=1\nA=2\n[s]\nb=1\n", strict=False)
attempt("[s]\njunk line\n=3\nok=1\nmore junk\n")
attempt("[s]\nkey\nother = 1\n", allow_no_value=True)
attempt("[s]\nk = v ; c\nk2 = v;c\nk3 = v # c\n", inline_comment_prefixes=(";", "#"))
attempt("[s]\nk = v ; c\n")
attempt("[s]\n  # indented comment\nk = a\n  b\n\n  c\n# comment\n\nz = 1\n")
attempt("[s]\nk = a\n\n  c\n", empty_lines_in_values=False)
attempt("[s]\nk -> v\nj->w\n", delimiters=("->",))
attempt("[s]\nk = v\n// c\n", comment_prefixes=("//",))
attempt("[general]\nx = 1\n[s]\ny = 2\n", default_section="general")
attempt("[a]b]\nx=1\n[ spaced ]\ny=2\n")
attempt("[s]\n  a : 1  \n b=2=3\nc:4=5\n")

cp = configparser.ConfigParser(allow_no_value=True)
cp.read_string("[s]\nflag\nk = v\nmulti = l1\n  l2\n")
buf = io.StringIO()
cp.write(buf)
print(buf.getvalue(), end="|\n")
print(repr(cp.get("s", "flag")), cp.items("s"))

d = tempfile.mkdtemp()
p1 = os.path.join(d, "a.ini")
with open(p1, "w") as f:
    f.write("[file]\nfrom = a\n")
p2 = os.path.join(d, "b.ini")
with open(p2, "w") as f:
    f.write("[file]\nother = b\n")
cp = configparser.ConfigParser()
ok = cp.read([p1, os.path.join(d, "missing.ini"), p2])
print([os.path.basename(x) for x in ok], dict(cp["file"]))
cp = configparser.ConfigParser()
print(len(cp.read(p1)))
with open(p1) as f:
    cp2 = configparser.ConfigParser()
    cp2.read_file(f)
    print(cp2.sections())
try:
    with open(p1) as f:
        cp2.read_file(f)
except configparser.DuplicateSectionError as e:
    print(str(e).replace(p1, "P1"))
try:
    cp2.read_file(io.StringIO("bad"), source="src.ini")
except configparser.MissingSectionHeaderError as e:
    print(e, e.source, e.lineno, repr(e.line))
cp3 = configparser.ConfigParser()
cp3.read_file(["[lines]\n", "a = 1\n"])
print(dict(cp3["lines"]))
with open(p1, "w") as f:
    cp3.write(f)
with open(p1) as f:
    print(repr(f.read()))
e = configparser.ParsingError("src")
e.append(3, "'line'")
print(e, e.errors, e.source)
print(configparser.DuplicateOptionError("s", "o"))
print(configparser.DuplicateOptionError("s", "o", "src"))
print(configparser.DuplicateOptionError("s", "o", "src", 12))
print(configparser.DuplicateSectionError("s", "src"))
