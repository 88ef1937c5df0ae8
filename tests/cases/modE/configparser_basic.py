import configparser
import io

text = """
# a comment
; another
[DEFAULT]
ServerAliveInterval = 45
Compression = yes
CompressionLevel = 9
ForwardX11 = yes

[forge.example]
User = hg

[topsecret.server.example]
Port = 50022
ForwardX11 = no
ratio: 0.75
multi = first line
   second line

   third line
empty =
"""

cp = configparser.ConfigParser()
cp.read_string(text)
print(cp.sections())
print(cp.has_section("forge.example"), cp.has_section("nope"), cp.has_section("DEFAULT"))
print(cp.options("forge.example"))
print(cp.get("forge.example", "user"))
print(cp.get("forge.example", "USER"))
print(repr(cp.get("topsecret.server.example", "multi")))
print(repr(cp.get("topsecret.server.example", "empty")))
print(cp.getint("topsecret.server.example", "port"))
print(cp.getfloat("topsecret.server.example", "ratio"))
print(cp.getboolean("topsecret.server.example", "forwardx11"))
print(cp.getboolean("forge.example", "forwardx11"))
print(cp.getint("forge.example", "missing", fallback=7))
print(cp.get("nosuch", "x", fallback="fb"))
print(cp.get("forge.example", "x", fallback=None))
print(cp.getboolean("forge.example", "compression"))
print(cp.has_option("forge.example", "compression"), cp.has_option("forge.example", "zzz"))
print(cp.has_option("nosuch", "user"), cp.has_option("DEFAULT", "compression"))
print(dict(cp.defaults()))
print(cp.items("forge.example"))
print(cp.items("topsecret.server.example", raw=True))
print(cp.get("forge.example", "user", vars={"User": "override"}))
for v in ["1", "yes", "TRUE", "on", "0", "No", "false", "OFF"]:
    cp.set("forge.example", "flag", v)
    print(v, cp.getboolean("forge.example", "flag"))
cp.set("forge.example", "flag", "maybe")
try:
    cp.getboolean("forge.example", "flag")
except ValueError as e:
    print("ValueError", e)
try:
    cp.getint("topsecret.server.example", "ratio")
except ValueError as e:
    print("ValueError", e)
try:
    cp.get("nosuch", "x")
except configparser.NoSectionError as e:
    print(type(e).__name__, e, e.args, e.section, repr(e))
try:
    cp.get("forge.example", "nothing")
except configparser.NoOptionError as e:
    print(type(e).__name__, e, e.args, e.option, e.section)
print(isinstance(configparser.NoOptionError("a", "b"), configparser.Error))
print(cp.remove_option("forge.example", "user"), cp.remove_option("forge.example", "user"))
print(cp.remove_section("forge.example"), cp.remove_section("forge.example"))
try:
    cp.remove_option("gone", "x")
except configparser.NoSectionError as e:
    print("NoSectionError", e)
cp.add_section("new")
try:
    cp.add_section("new")
except configparser.DuplicateSectionError as e:
    print(e, e.args)
try:
    cp.add_section("DEFAULT")
except ValueError as e:
    print("ValueError", e)
try:
    cp.add_section(3)
except TypeError as e:
    print("TypeError", e)
try:
    cp.set("new", "k", 3)
except TypeError as e:
    print("TypeError", e)
try:
    cp.set("missing", "k", "v")
except configparser.NoSectionError as e:
    print(e)
cp.set("new", "k", "v")
out = io.StringIO()
cp.write(out)
print(out.getvalue())
out = io.StringIO()
cp.write(out, space_around_delimiters=False)
print(out.getvalue())
print(configparser.DEFAULTSECT, configparser.MAX_INTERPOLATION_DEPTH)
