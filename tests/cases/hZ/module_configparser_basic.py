import configparser, io
text = """
[DEFAULT]
timeout = 30
debug = no

[server]
host = example.com
port = 8080
path = /srv/%(host)s
debug = yes

[client]
retries = 3
ratio = 0.75
names = a, b,
  c
"""
cp = configparser.ConfigParser()
cp.read_string(text)
print(cp.sections(), cp.defaults(), "server" in cp, cp.has_option("client", "timeout"))
print(cp["server"]["host"], cp.getint("server", "port"), cp.get("server", "path"), cp.getboolean("server", "debug"), cp.getboolean("client", "debug"))
print(cp.getfloat("client", "ratio"), repr(cp["client"]["names"]), cp.get("client", "missing", fallback="fb"), cp["client"].getint("retries"))
print(sorted(cp["client"]), dict(cp.items("client")))
for bad in (lambda: cp.get("nosec", "x"), lambda: cp.get("client", "nokey"), lambda: cp.getint("server", "host"), lambda: cp.read_string("[dup]\n[dup]\n"), lambda: cp.read_string("no header")):
    try:
        bad()
    except (configparser.Error, ValueError) as e:
        print(type(e).__name__, e)
cp.add_section("new"); cp.set("new", "k", "v"); cp["new"]["n"] = "1"
out = io.StringIO(); cp.write(out); print(out.getvalue())
raw = configparser.RawConfigParser(); raw.read_string("[s]\np = %(x)s\n"); print(raw.get("s", "p"))
try:
    configparser.ConfigParser().read_string("[s]\na = %(missing)s\n") or None
    c2 = configparser.ConfigParser(); c2.read_string("[s]\na = %(missing)s\n"); c2.get("s", "a")
except configparser.InterpolationMissingOptionError as e:
    print(type(e).__name__)
ext = configparser.ConfigParser(interpolation=configparser.ExtendedInterpolation())
ext.read_string("[a]\nx = 1\n[b]\ny = ${a:x}-2\n"); print(ext["b"]["y"])
cp.remove_option("new", "k"); cp.remove_section("client"); print(cp.sections(), cp.options("new"))
