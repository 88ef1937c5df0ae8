from enum import StrEnum, Enum, auto


class Method(StrEnum):
    GET = auto()
    POST = auto()
    CUSTOM = 'Custom-Value'


print(Method.GET, repr(Method.GET), Method.CUSTOM, f"{Method.POST}", f"{Method.POST:>6}|")
print(Method.GET == 'get', Method.GET.upper(), Method.POST + '/x', 'get' in [Method.GET])
print(list(Method), Method('post'), Method['CUSTOM'])
print(isinstance(Method.GET, str), len(Method.CUSTOM), Method.CUSTOM.split('-'))
print(','.join(Method), sorted(Method))
print({'get': 1}[Method.GET])
print(str(Method.GET) == 'get', type(str(Method.GET)))

try:
    class Bad(StrEnum):
        X = 1
except TypeError as e:
    print('TypeError:', e)


class Color(str, Enum):
    RED = 'red'
    GREEN = 'green'


print(Color.RED, repr(Color.RED), f"{Color.GREEN}", Color.RED == 'red', Color('green'))
print(Color.RED.upper(), Color.RED.value.upper(), Color.RED + '!', len(Color.GREEN))
print(sorted([Color.RED, Color.GREEN]))


class Level(StrEnum):
    def _generate_next_value_(name, start, count, last_values):
        return name.title()

    DEBUG = auto()
    WARNING_LEVEL = auto()


print(list(Level))


try:
    class Late(Enum):
        A = auto()

        def _generate_next_value_(name, start, count, last_values):
            return name
except TypeError as e:
    print('TypeError:', e)
