import string, re
class Brace(string.Template):
    pattern = r"""
    \{\{(?:
      (?P<escaped>\{\{) |
      (?P<named>[_a-z][_a-z0-9]*)\}\} |
      (?P<braced>[_a-z][_a-z0-9]*)\}\} |
      (?P<invalid>)
    )"""
print(Brace("Hello {{name}}, {{{{ literal").substitute(name="Ann"))
class Pct(string.Template):
    delimiter = "%"
print(Pct("%x and %{y} and %%").substitute(x=1, y=2), Pct.pattern.pattern.count("%") >= 1)
class Dotted(string.Template):
    idpattern = r"[a-z]+(?:\.[a-z]+)*"
print(Dotted("$user.name is $age").safe_substitute({"user.name": "bob"}))
class Upper(string.Template):
    flags = 0
    idpattern = r"[A-Z]+"
print(Upper("$NAME $lower").safe_substitute(NAME="X"))
try:
    Brace("{{").substitute()
except ValueError as e:
    print(e)
try:
    string.Template("abc $").substitute()
except ValueError as e:
    print(e)
try:
    string.Template("line1\nline2 $!").substitute()
except ValueError as e:
    print(e)
t = string.Template("$who likes $what")
print(t.substitute({"who": "tim"}, what="kung pao"), t.safe_substitute(), t.get_identifiers(), t.is_valid(), string.Template("$a $$ ${b} $a").get_identifiers())
print(string.Template.delimiter, string.Template.idpattern, string.Template.flags == re.IGNORECASE, type(string.Template.pattern).__name__)
print(string.Template("$ÿ").safe_substitute(), string.Template("$A1_ $_x").substitute(A1_=1, _x=2), string.Template("${x}y$x").substitute(x="-"))
