# traceback.print_exc / print_exception / print_stack write to stderr exactly like the
# interpreter's own report.
import traceback
import sys

class AppError(Exception):
    pass

def level3(d):
    return d['missing']

def level2(d):
    try:
        return level3(d)
    except KeyError as e:
        raise AppError("lookup failed") from e

def level1():
    return level2({})

try:
    level1()
except AppError:
    traceback.print_exc()

try:
    [1, 2][5]
except IndexError as e:
    traceback.print_exception(e)
    traceback.print_exception(type(e), e, e.__traceback__)
    traceback.print_exception(e, limit=0)

try:
    try:
        1 / 0
    except ZeroDivisionError:
        int('x')
except ValueError as e:
    traceback.print_exc()
    traceback.print_exc(chain=False)
    traceback.print_tb(e.__traceback__)
    sys.stderr.write(traceback.format_exc(limit=1))

def show_stack():
    traceback.print_stack()
show_stack()

def recurse(n):
    if n == 0:
        raise RecursionError("too deep (simulated)")
    recurse(n - 1)
try:
    recurse(20)
except RecursionError:
    traceback.print_exc()

try:
    exec("x = (1,\n  2 +\n")
except SyntaxError:
    traceback.print_exc()

e = ValueError("no traceback")
traceback.print_exception(e)
traceback.print_exc()
print("done")
