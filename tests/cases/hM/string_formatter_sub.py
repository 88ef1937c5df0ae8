import string
class Strict(string.Formatter):
    def check_unused_args(self, used_args, args, kwargs):
        unused = set(kwargs) - used_args
        if unused: raise ValueError("unused: %s" % sorted(unused))
s = Strict()
print(s.format("{a}{0}", 1, a=2))
try: s.format("{a}", a=1, b=2)
except ValueError as e: print(e)
class Dotted(string.Formatter):
    def get_field(self, field_name, args, kwargs):
        obj = kwargs
        for part in field_name.split("."):
            obj = obj[part]
        return obj, field_name
print(Dotted().format("{user.name} is {user.age:>4}", user={"name": "Ann", "age": 30}))
class Lazy(string.Formatter):
    def get_value(self, key, args, kwargs):
        v = super().get_value(key, args, kwargs)
        return v() if callable(v) else v
print(Lazy().format("{0} {x}", lambda: "called", x=lambda: 42))
f = string.Formatter()
print(f.vformat("{0!r:>8}|{1!s}|{2!a}", ("ab", 3, "é"), {}), f.format("{:{w}.{p}f}", 3.14159, w=10, p=2), f.format("{0[1][k]}", [0, {"k": "deep"}]))
print(list(f.parse("{0!r:^{w}} {{x}} {}")), list(f.parse("")), list(f.parse("plain")))
for bad in ["{0", "}", "{!}", "{0!x}", "{a.}", "{0[}", "{:{:{}}}"]:
    try: print(f.format(bad, 1, a=1))
    except Exception as e: print(type(e).__name__, e)
print(f.convert_field("x", "r"), f.convert_field(5, None), f.format_field(3.5, ".1%"))
try: f.convert_field(1, "q")
except ValueError as e: print(e)
print(f.format("{}{}", *"ab"), f.format("{0}{0}", "z"))
try: f.format("{}{0}", 1)
except ValueError as e: print(e)
try: f.format("{0}{}", 1)
except ValueError as e: print(e)
