# getmembers, getmro, getdoc, cleandoc.
import inspect


class Base:
    """Base class.

    With a longer description
        and an indented line.
    """
    base_attr = 'b'

    def base_method(self):
        """Do the base thing."""

    def overridden(self):
        """Original docs."""


class Derived(Base):
    derived_attr = 42

    def overridden(self):
        pass

    @property
    def prop(self):
        """A property."""
        return 1

    @classmethod
    def make(cls):
        return cls()

    @staticmethod
    def helper():
        return 'h'


def public(names):
    return [n for n in names if not n.startswith('_')]


print(public(name for name, _ in inspect.getmembers(Derived)))
print(public(name for name, _ in inspect.getmembers(Derived, inspect.isfunction)))
print(public(name for name, _ in inspect.getmembers(Derived(), inspect.ismethod)))
print([(n, v) for n, v in inspect.getmembers(Derived) if n.endswith('_attr')])
print([n for n, v in inspect.getmembers(Derived(), lambda v: isinstance(v, int)) if not n.startswith('_')])
print(inspect.getmembers(Derived, inspect.isdatadescriptor)[-1][0])
print([c.__name__ for c in inspect.getmro(Derived)])


class Meta(type):
    pass


class A(metaclass=Meta):
    pass


class B(A):
    pass


print([c.__name__ for c in inspect.getmro(B)], inspect.getmro(int))

print(repr(inspect.getdoc(Base)))
print(repr(inspect.getdoc(Derived)))
print(repr(inspect.getdoc(Derived.overridden)))
print(repr(inspect.getdoc(Derived().overridden)))
print(repr(inspect.getdoc(Derived.prop)))
print(repr(inspect.getdoc(Derived.base_method)))
print(repr(inspect.getdoc(Derived.helper)))


def undocumented():
    pass


def documented():
    """
        Leading blank line.

            Indented more.
        Back.
    """


print(repr(inspect.getdoc(undocumented)), repr(inspect.getdoc(documented)))
print(repr(inspect.getdoc(None)))
for text in ['single line', '   leading spaces', 'first\n    second\n    third',
             '\n\n  blank start\n  and end\n\n', 'tabs\n\tindented\n\t\tmore',
             'x\n  a\n\n    b\n  c', '', '   ', 'line\n   \n   after blank']:
    print(repr(inspect.cleandoc(text)))


class NoDoc:
    pass


print(repr(inspect.getdoc(NoDoc)), repr(inspect.getdoc(NoDoc())))
print(inspect.getdoc(inspect.cleandoc).split('\n')[0] != '')
