def t(v):
    print('subject evaluated')
    return v
match t([1, 2]):
    case [1]:
        print('no')
    case [1, 2]:
        print('yes')
match 1, 2:
    case (1, 2):
        print('tuple subject')
match *[1, 2], 3:
    case [1, 2, 3]:
        print('starred subject')
match = 'match is a soft keyword'
case = 'so is case'
print(match, case)
_ = 'underscore'
match _:
    case 'underscore':
        print('ok')
def match(x): return x
print(match(3))
class Color:
    RED = 'red'
    BLUE = 'blue'
def color(c):
    match c:
        case Color.RED:
            return 'is red'
        case Color.BLUE:
            return 'is blue'
    return 'neither'
print(color('red'), color('blue'), color('green'))
import math
match math.pi:
    case math.pi:
        print('dotted constant')
match 0:
    case 0 if True:
        pass
print('no case matched is fine')
match []:
    case []:
        print('empty list')
match ():
    case ():
        print('empty tuple')
