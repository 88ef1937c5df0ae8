import traceback
def helper():
    total_count = 0
    for i in range(3):
        total_count += i
    return total_cont
try:
    helper()
except NameError as e:
    print(e, e.name)
    traceback.print_exc()
    print("".join(traceback.format_exception(e)))
try:
    pritn("x")
except NameError as e:
    print(repr(e), e.name, e.args)
    traceback.print_exc()
try:
    x = Flase
except NameError:
    traceback.print_exc()
class Cfg:
    def __init__(self):
        self.timeout = 5
try:
    Cfg().timeot
except AttributeError:
    traceback.print_exc()
def outer():
    value = 1
    def inner():
        return valu
    return inner()
try:
    outer()
except NameError:
    traceback.print_exc()
try:
    del undefined_thing
except NameError as e:
    print(e.name)
try:
    exec("zz_top + 1", {"zz_tap": 1})
except NameError as e:
    traceback.print_exc()
import math
try:
    math.sqr(4)
except AttributeError:
    traceback.print_exc()
lenght = 3
print(lengt)
