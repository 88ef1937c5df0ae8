# currentframe(), stack(), getframeinfo() and sys._getframe() as scripts use them.
import inspect
import os
import sys


def current_function_name():
    return inspect.currentframe().f_back.f_code.co_name


def log(msg):
    caller = inspect.stack()[1]
    print(f'[{caller.function}:{caller.lineno}] {msg}')


def log_frame(msg):
    frame = sys._getframe(1)
    print(f'[{frame.f_code.co_name}@{frame.f_lineno}] {msg}')


def work():
    log('working')
    log_frame('still working')
    return current_function_name()


print(work())


def outer():
    local_value = 42

    def inner():
        frame = inspect.currentframe()
        back = frame.f_back
        return back.f_code.co_name, back.f_locals['local_value'], back.f_lineno
    return inner()


print(outer())

frame = inspect.currentframe()
print(frame.f_code.co_name, frame.f_back, inspect.isframe(frame), frame.f_globals is globals())
info = inspect.getframeinfo(inspect.currentframe())
print(os.path.basename(info.filename), info.lineno, info.function, info.code_context, info.index)
print(os.path.basename(info[0]), info[2], len(info))


def depth():
    return [f.function for f in inspect.stack()]


def level2():
    return depth()


print(level2())
records = inspect.getouterframes(inspect.currentframe())
print([(r.function, r.lineno, os.path.basename(r.filename)) for r in records])
print(records[0].code_context, records[0][3])


def by_getframe():
    return [sys._getframe(i).f_code.co_name for i in range(2)]


print(by_getframe(), sys._getframe().f_code.co_filename == __file__)
print(inspect.getlineno(inspect.currentframe()), type(inspect.currentframe()).__name__)
try:
    sys._getframe(1000)
except ValueError as e:
    print('ValueError:', e)


class Meta(type):
    def __call__(cls, *args):
        caller = inspect.currentframe().f_back
        print('instantiated from', caller.f_code.co_name, 'line', caller.f_lineno)
        return super().__call__(*args)


class Made(metaclass=Meta):
    pass


def factory():
    return Made()


factory()
Made()
