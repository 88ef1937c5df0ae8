# Error messages of enum misuse, caught and printed.
from enum import Enum, IntEnum, Flag, unique, auto


class Color(Enum):
    RED = 1
    GREEN = 2


def attempt(label, fn):
    try:
        r = fn()
    except Exception as e:
        print(label, '->', type(e).__name__ + ':', e)
    else:
        print(label, '=>', repr(r))


attempt('value', lambda: Color(5))
attempt('value str', lambda: Color('RED'))
attempt('name', lambda: Color['PURPLE'])
attempt('attr', lambda: Color.PURPLE)
attempt('member attr', lambda: Color.RED.shade)
attempt('lt', lambda: Color.RED < Color.GREEN)
attempt('add', lambda: Color.RED + 1)
attempt('in', lambda: 1 in Color)
attempt('in str', lambda: 'RED' in Color)


def reassign():
    Color.RED = 3


def delete():
    del Color.GREEN


def set_value():
    Color.RED.value = 7


def set_name():
    Color.RED.name = 'x'


attempt('reassign', reassign)
attempt('delete', delete)
attempt('set value', set_value)
attempt('set name', set_name)


def extend():
    class More(Color):
        BLUE = 3


attempt('extend', extend)


def dup():
    class D(Enum):
        A = 1
        A = 2


attempt('dup', dup)


def dup_method():
    class D(Enum):
        A = 1

        def A(self):
            pass


attempt('dup method', dup_method)


def sunder():
    class D(Enum):
        _bad_ = 1


attempt('sunder', sunder)


def mro_name():
    class D(Enum):
        mro = 1


attempt('mro', mro_name)


def bad_unique():
    @unique
    class D(Enum):
        A = 1
        B = 2
        C = 1
        E = 2


attempt('unique', bad_unique)


def bad_intenum():
    class D(IntEnum):
        A = 'x'


attempt('intenum', bad_intenum)


def bad_order():
    class D(Enum):
        _order_ = 'B A'
        A = 1
        B = 2


attempt('order', bad_order)


def good_order():
    class D(Enum):
        _order_ = 'A B'
        A = 1
        B = 2
    return list(D)


attempt('good order', good_order)


def mixin_order():
    class D(Enum, int):
        A = 1


attempt('mixin order', mixin_order)


class Base(Enum):
    def hello(self):
        return 'hello from ' + self.name


class Child(Base):
    X = 1


attempt('extend no members', lambda: Child.X.hello())
attempt('base call', lambda: Base(1))
attempt('flag str', lambda: Flag('F', 'A B')(9))
