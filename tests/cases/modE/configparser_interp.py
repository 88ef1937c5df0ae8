import configparser

def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, ":", e)
        print("  args:", e.args)

basic = configparser.ConfigParser()
basic.read_string("""
[paths]
home_dir = /Users
my_dir = %(home_dir)s/lumberjack
my_pictures = %(my_dir)s/Pictures
percent = 100%%
bad = %(missing)s
syntax = %(oops
syntax2 = 50%x
loop = %(loop2)s
loop2 = %(loop)s
[DEFAULT]
base = /base
from_default = %(base)s/x
""")
show(lambda: basic.get("paths", "my_pictures"))
show(lambda: basic.get("paths", "percent"))
show(lambda: basic.get("paths", "percent", raw=True))
show(lambda: basic.get("paths", "from_default"))
show(lambda: basic.get("paths", "bad"))
show(lambda: basic.get("paths", "syntax"))
show(lambda: basic.get("paths", "syntax2"))
show(lambda: basic.get("paths", "loop"))
show(lambda: basic.get("paths", "my_dir", vars={"home_dir": "/vars"}))
show(lambda: basic.set("paths", "x", "50%"))
show(lambda: basic.set("paths", "x", "a %(b)s c %% %d"))
show(lambda: basic.set("paths", "x", "ok %(b)s %%"))
show(lambda: basic["paths"]["my_dir"])
show(lambda: basic.items("paths")[:3])

ext = configparser.ConfigParser(interpolation=configparser.ExtendedInterpolation())
ext.read_string("""
[Common]
home_dir: /Users
library_dir: /Library
system_dir: /System
macports_dir: /opt/local
dollar: $$5

[Frameworks]
Python: 3.2
path: ${Common:system_dir}/Library/Frameworks/

[Arthur]
nickname: Two Sheds
last_name: Jackson
my_dir: ${Common:home_dir}/twosheds
my_pictures: ${my_dir}/Pictures
python_dir: ${Frameworks:path}/Python/Versions/${Frameworks:Python}
bad: ${nope}
bad2: ${Nosect:x}
bad3: ${a:b:c}
bad4: $x
bad5: ${unclosed
loop: ${loop}
""")
for opt in ["my_pictures", "python_dir", "bad", "bad2", "bad3", "bad4", "bad5", "loop"]:
    show(lambda: ext.get("Arthur", opt))
show(lambda: ext.get("Common", "dollar"))
show(lambda: ext.set("Common", "z", "$5"))

raw = configparser.RawConfigParser()
raw.read_string("[s]\na = %(b)s\nb = 1\n")
show(lambda: raw.get("s", "a"))
raw.set("s", "n", 5)
show(lambda: raw.get("s", "n"))

none = configparser.ConfigParser(interpolation=None)
none.read_string("[s]\na = %(b)s 100%\n")
show(lambda: none.get("s", "a"))
show(lambda: configparser.ConfigParser(interpolation=3))

show(lambda: str(configparser.InterpolationMissingOptionError("o", "s", "raw", "ref")))
show(lambda: str(configparser.InterpolationDepthError("o", "s", "raw")))
show(lambda: str(configparser.InterpolationSyntaxError("o", "s", "msg")))
print(issubclass(configparser.InterpolationDepthError, configparser.InterpolationError))
