import string, re
class P(string.Template):
    pattern = r'''
    \#(?:
      (?P<escaped>\#) |
      (?P<named>[_a-z][_a-z0-9]*) |
      \{(?P<braced>[_a-z][_a-z0-9]*)\} |
      (?P<invalid>)
    )'''
print(P('#x and #{y} ##').substitute(x=1, y=2))
try:
    P('# bad').substitute()
except ValueError as e:
    print(e)
class Flags(string.Template):
    flags = 0
print(Flags('$abc $ABC').safe_substitute(abc=1))
t = string.Template('${a}${b}')
print(t.substitute({"a": 1}, b=[2]), t.is_valid(), string.Template('$').is_valid(), string.Template('$1').get_identifiers())
try:
    string.Template('$a').substitute({}, {})
except TypeError as e:
    print(e)
try:
    string.Template('$a').substitute(1)
except Exception as e:
    print(type(e).__name__, e)
print(string.Formatter().format('{0[a]} {1:>{2}}', {'a': 'A'}, 'r', 5), string.Formatter().convert_field('x', 'r'), string.Formatter().format_field(3.14159, '.2f'))
try:
    string.Formatter().format('{a.b}', a=1)
except Exception as e:
    print(type(e).__name__, e)
try:
    string.Formatter().format('{:{:{}}}', 1, 2, 3)
except Exception as e:
    print(type(e).__name__, e)
class Strict(string.Formatter):
    def check_unused_args(self, used, args, kwargs):
        extra = set(range(len(args))) - used
        if extra:
            raise ValueError(f'unused {sorted(extra)}')
try:
    Strict().format('{0}', 1, 2)
except ValueError as e:
    print(e)
print(string.ascii_lowercase[::5], string.ascii_uppercase[-3:], repr(string.printable[-6:]))
