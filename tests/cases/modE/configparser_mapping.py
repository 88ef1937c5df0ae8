import configparser

cp = configparser.ConfigParser(defaults={"shared": "yes", "num": 3})
cp["one"] = {"a": "1", "B": 2, "c": "x"}
cp["two"] = {}
cp["two"]["k"] = "v"
print(list(cp))
print(len(cp), "one" in cp, "DEFAULT" in cp, "zzz" in cp)
sec = cp["one"]
print(repr(sec), sec.name, sec.parser is cp)
print(list(sec), len(sec))
print(sec["a"], sec["b"], sec["shared"])
print(sec.get("a"), sec.get("nope"), sec.get("nope", "fb"))
print(sec.getint("b"), sec.getint("nope", 11), sec.getboolean("shared"), sec.getfloat("num"))
print("a" in sec, "nope" in sec)
print(dict(sec))
print(dict(cp["DEFAULT"]))
del sec["a"]
print(list(sec))
try:
    del sec["a"]
except KeyError as e:
    print("KeyError", e)
try:
    cp["missing"]
except KeyError as e:
    print("KeyError", e)
try:
    sec["missing"]
except KeyError as e:
    print("KeyError", e)
try:
    sec["x"] = 5
except TypeError as e:
    print("TypeError", e)
try:
    del cp["DEFAULT"]
except ValueError as e:
    print("ValueError", e)
try:
    del cp["nope"]
except KeyError as e:
    print("KeyError", e)
del cp["two"]
print(cp.sections())
cp["one"] = {"fresh": "1"}
print(dict(cp["one"]))
print([(k, repr(v)) for k, v in cp.items()])
cp.read_dict({"d1": {"x": 1, "y": None}, 5: {"z": True}})
print(cp.sections(), dict(cp["5"]))
try:
    cp.read_dict({"d2": {"x": 1, "X": 2}})
except configparser.DuplicateOptionError as e:
    print(e, e.args)

conv = configparser.ConfigParser(converters={"list": lambda v: v.split(",")})
conv.read_string("[s]\nitems = a,b,c\n")
print(conv.getlist("s", "items"), conv["s"].getlist("items"), sorted(conv.converters))
print(conv["s"].getlist("none", ["d"]))

class Keep(configparser.ConfigParser):
    def optionxform(self, s):
        return s
k = Keep()
k.read_string("[S]\nCamel = 1\n")
print(list(k["S"]), k.get("S", "Camel"))
k2 = configparser.ConfigParser()
k2.optionxform = str
k2.read_string("[S]\nMiXed = 1\n")
print(k2.options("S"))
cp2 = configparser.ConfigParser()
cp2.read_string("[a]\nx=1\n[b]\ny=2\n")
print(cp2.popitem()[0], cp2.sections())
cp2.clear()
print(cp2.sections(), list(cp2))
