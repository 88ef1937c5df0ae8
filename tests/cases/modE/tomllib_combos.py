# Every ordered pair of these statements, parsed as one document: the table
# definition rules (redefinition, dotted keys, arrays of tables, inline
# tables) are where TOML readers disagree.
import itertools
import tomllib

stmts = [
    "a = 1", "a.b = 1", "a.b.c = 1", "[a]", "[a.b]", "[[a]]", "[[a.b]]", "a = {b = 1}",
    "a = [1]", "a = [{b = 1}]", "b = 2", "[x]", "[x.a]", "x.a = 1", "[[x.a]]", "a.c = {}",
    "'a'.\"b\" = 3", "[ a . b . c ]", "c = 1979-05-27", "a = []",
]
count = 0
for first, second in itertools.product(stmts, repeat=2):
    doc = first + "\n" + second + "\n"
    try:
        result = repr(tomllib.loads(doc))
    except tomllib.TOMLDecodeError as e:
        result = "error: " + str(e)
    count += 1
    print(repr(doc), "->", result)
for first, second, third in itertools.product(["[a]", "[[a]]", "a.b = 1", "[a.b]", "b.c = 2"], repeat=3):
    doc = "\n".join((first, second, third))
    try:
        result = repr(tomllib.loads(doc))
    except tomllib.TOMLDecodeError as e:
        result = "error: " + str(e)
    count += 1
    print(repr(doc), "->", result)
print(count)
