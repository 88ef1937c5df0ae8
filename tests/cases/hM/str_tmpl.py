import string
t = string.Template("$who likes ${what} for $$5")
print(t.substitute(who="tim", what="kung pao"), t.substitute({"who": "a"}, what="b"))
for args in [dict(who="x"), dict()]:
    try: print(t.substitute(**args))
    except Exception as e: print(type(e).__name__, e)
print(t.safe_substitute(who="x"), t.safe_substitute())
bad = string.Template("cost $ 5 and $")
try: bad.substitute()
except Exception as e: print(type(e).__name__, e)
print(bad.safe_substitute())
try: string.Template("${bad-name}").substitute({"bad-name": 1})
except Exception as e: print(type(e).__name__, e)
print(t.get_identifiers(), t.is_valid(), bad.is_valid(), t.template)
class Pct(string.Template):
    delimiter = "%"
    idpattern = "[a-z]+"
print(Pct("%foo and %bar%%").substitute(foo=1, bar=2))
class F(string.Formatter):
    def get_value(self, key, args, kwargs):
        if isinstance(key, str):
            return kwargs.get(key, "<%s?>" % key)
        return super().get_value(key, args, kwargs)
    def format_field(self, value, spec):
        if spec == "up": return str(value).upper()
        return super().format_field(value, spec)
    def convert_field(self, value, conversion):
        if conversion == "u": return str(value).upper()
        return super().convert_field(value, conversion)
f = F()
print(f.format("{a} {b:up} {0} {1!r} {c!u} {x:>5}", 10, "s", a=1, b="hi", c="low"))
print(list(string.Formatter().parse("a{0}b{x:>3}c{y!r:^4}{{}}")))
try: string.Formatter().format("{0} {}", 1, 2)
except Exception as e: print(type(e).__name__, e)
try: string.Formatter().format("{", 1)
except Exception as e: print(type(e).__name__, e)
try: string.Formatter().format("{0[x]}", {})
except Exception as e: print(type(e).__name__, e)
print(string.Formatter().vformat("{0.real} {n[1]}", (3 + 4j,), {"n": [7, 8]}))
print(string.capwords(" hello   world  foo "), string.capwords("a-b c-d", "-"))
print(string.ascii_letters, string.digits, string.hexdigits, string.octdigits, repr(string.whitespace), string.punctuation)
print(len(string.printable))
