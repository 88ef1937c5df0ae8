from string import Template
import string
t = Template("$who likes ${what}; $$5 cost")
print(t.substitute(who="tim", what="kung pao"), t.substitute({"who": "a", "what": "b"}), t.template)
print(t.safe_substitute(who="x"), Template("$a $b").safe_substitute({"a": 1}, b=2))
for bad in ("$who", "${bad", "$", "$1abc"):
    try:
        print(Template(bad).substitute({}))
    except (KeyError, ValueError) as e:
        print(type(e).__name__, e)
print(Template("$a$b ${c}").get_identifiers(), Template("ok $x").is_valid(), Template("bad $").is_valid())
class Pct(Template):
    delimiter = "%"
print(Pct("%x and %{y}").substitute(x=1, y=2))
class Id(Template):
    idpattern = r"[a-z]+"
print(Id("$abc1 $ABC").safe_substitute(abc="v", ABC="no"))
print(string.ascii_letters, string.digits, string.hexdigits, string.octdigits, string.punctuation)
print(repr(string.whitespace), string.capwords("  hello   wORLD  "), string.capwords("a-b-c", "-"), len(string.printable))
f = string.Formatter(); print(f.format("{0}-{x}", 1, x=2), list(f.parse("a{b!r:>3}c")), f.vformat("{}", (5,), {}))
