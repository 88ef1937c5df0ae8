# An uncaught error from a Match method: the traceback names only this file.
import re

p = re.compile(r'(?P<num>\d+)')
m = p.search('abc 42')
print(m.group(1), m['num'])


def last_group(match):
    return match.group(2)


print(last_group(m))
