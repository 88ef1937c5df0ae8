# Parse every ordered triple of these lines, with two parser settings, and
# print the sections or the error.
import configparser
import itertools

lines = ["[s]", "[t]", "[DEFAULT]", "a = 1", "A: 2", "b", "  cont", "", "# c", "; c", "x = %(a)s",
         "y = ${a}", "= v", "[s", "k = v ; inline"]
count = 0
for triple in itertools.product(lines, repeat=3):
    text = "\n".join(triple) + "\n"
    for kw in ({}, {"allow_no_value": True, "strict": False, "inline_comment_prefixes": (";",),
                    "interpolation": configparser.ExtendedInterpolation()}):
        cp = configparser.ConfigParser(**kw)
        try:
            cp.read_string(text)
            res = {}
            for name in cp:
                sect = {}
                for key in cp[name]:
                    try:
                        sect[key] = cp[name][key]
                    except configparser.Error as e:
                        sect[key] = type(e).__name__
                res[name] = sect
            out = repr(res)
        except (configparser.Error, AttributeError) as e:
            out = "%s: %s" % (type(e).__name__, str(e).replace("\n", "|"))
        count += 1
        print(repr(text), bool(kw), out)
print(count)
