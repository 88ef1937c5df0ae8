import collections
import configparser
import copy
import io

cp = configparser.ConfigParser(dict_type=collections.OrderedDict)
cp.read_string("[b]\nz = 1\na = 2\n[a]\nk = v\n")
print(type(cp._sections).__name__, cp.sections(), cp.options("b"))
print(sorted(cp.converters), len(cp.converters), "int" in cp.converters, cp.converters["int"])
cp.converters["upper"] = str.upper
print(cp.getupper("a", "k"), cp["a"].getupper("k"), cp["a"].getupper("none", "fb"))
del cp.converters["upper"]
print(hasattr(cp, "getupper"), hasattr(cp["a"], "getupper"), sorted(cp.converters))
try:
    cp.converters[""] = int
except ValueError as e:
    print("ValueError", e)
print(cp.getint("b", "z", fallback=None), cp.getfloat("b", "nope", fallback=1.5),
      cp.getboolean("zz", "nope", fallback="x"))
print(cp["b"].get("z", raw=True), cp["b"].get("q", vars={"q": "from vars"}))
print(cp.get("b", "z", vars={"z": 99}), cp.items("b", vars={"a": "%(z)s!"}))

legacy = configparser.ConfigParser(interpolation=configparser.LegacyInterpolation())
legacy.read_string("[s]\nbase = /root\npath = %(base)s/sub\ndeep = %(path)s/x\nbad = %(nope)s\n")
print(legacy.get("s", "path"), legacy.get("s", "deep"))
try:
    legacy.get("s", "bad")
except configparser.InterpolationMissingOptionError as e:
    print(type(e).__name__, e)

d = configparser.ConfigParser(default_section="common", defaults={"x": "1"})
d.read_string("[common]\ny = 2\n[one]\nz = 3\n")
print(d.default_section, list(d), dict(d["one"]), d.has_option("one", "y"), d.has_option("common", "x"))
print(d.remove_option("common", "x"), dict(d.defaults()))
buf = io.StringIO()
d.write(buf)
print(buf.getvalue())
c2 = configparser.ConfigParser(delimiters=("=",), comment_prefixes=("#",), inline_comment_prefixes=("#",),
                               empty_lines_in_values=False, strict=False)
c2.read_string("[s]\nk: v = 1 # note\n;notcomment = 2\n[s]\nk: v = 3\n")
print(dict(c2["s"]))
buf = io.StringIO()
c2.write(buf)
print(repr(buf.getvalue()))
print(configparser.ConfigParser.BOOLEAN_STATES == {'1': True, 'yes': True, 'true': True, 'on': True,
                                                   '0': False, 'no': False, 'false': False, 'off': False})
class Custom(configparser.ConfigParser):
    BOOLEAN_STATES = {"sure": True, "nope": False}
cu = Custom()
cu.read_string("[s]\na = sure\nb = yes\n")
print(cu.getboolean("s", "a"))
try:
    cu.getboolean("s", "b")
except ValueError as e:
    print("ValueError", e)
print([cls.__name__ for cls in configparser.ParsingError.__mro__])
print([cls.__name__ for cls in configparser.MissingSectionHeaderError.__mro__])
print(configparser.__all__)
