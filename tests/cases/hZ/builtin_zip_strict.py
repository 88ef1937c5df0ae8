print(list(zip("abc", range(5))), list(zip()), list(zip("a")), list(zip([], [1])))
print(list(zip("ab", "cd", strict=True)))
for a, b in (("abc", "ab"), ("ab", "abc"), ("", "a")):
    try:
        print(list(zip(a, b, strict=True)))
    except ValueError as e:
        print(e)
try:
    list(zip("a", "ab", "abc", strict=True))
except ValueError as e:
    print(e)
try:
    list(zip("ab", "ab", "a", strict=True))
except ValueError as e:
    print(e)
try:
    zip(1)
except TypeError as e:
    print(e)
try:
    zip("a", 5)
except TypeError as e:
    print(e)
z = zip("ab", "cd"); print(next(z), list(z), list(z))
print(dict(zip("ab", [1, 2])), list(zip(*[(1, 2), (3, 4)])))
