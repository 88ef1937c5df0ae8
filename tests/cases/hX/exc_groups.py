def show(eg, indent=0):
    print(' ' * indent + type(eg).__name__, repr(str(eg)))
    if isinstance(eg, BaseExceptionGroup):
        for e in eg.exceptions:
            show(e, indent + 2)
try:
    raise ExceptionGroup('grp', [ValueError(1), TypeError(2), ValueError(3)])
except* ValueError as eg:
    print('caught V'); show(eg)
except* TypeError as eg:
    print('caught T'); show(eg)
try:
    try:
        raise ExceptionGroup('g', [ValueError('v'), KeyError('k')])
    except* ValueError:
        print('handled values')
except ExceptionGroup as rest:
    print('rest:'); show(rest)
try:
    raise ValueError('naked')
except* ValueError as eg:
    print('naked wrapped'); show(eg)
try:
    try:
        raise ExceptionGroup('g', [ValueError('v')])
    except* ValueError:
        raise KeyError('new')
except Exception as e:
    print('raised in except*'); show(e)
eg = ExceptionGroup('base', [ValueError(1), ExceptionGroup('nested', [TypeError(2), ValueError(3)])])
m, r = eg.split(ValueError)
show(m); show(r)
print(eg.subgroup(TypeError).exceptions[0].exceptions, eg.subgroup(lambda e: False))
print(repr(eg.derive([KeyError()])))
for bad in [lambda: ExceptionGroup('x', []), lambda: ExceptionGroup('x', [1]), lambda: ExceptionGroup(1, [ValueError()]), lambda: ExceptionGroup('x', ValueError()), lambda: ExceptionGroup('x', [KeyboardInterrupt()])]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
print(type(BaseExceptionGroup('x', [ValueError()])).__name__, type(BaseExceptionGroup('x', [KeyboardInterrupt()])).__name__)
try:
    try:
        raise ExceptionGroup('eg', [ValueError(1), TypeError(2)])
    except* ValueError:
        pass
    except* TypeError:
        raise
except ExceptionGroup as e:
    print('reraise'); show(e)
class MyEG(ExceptionGroup):
    def derive(self, excs):
        return MyEG(self.message, excs)
try:
    raise MyEG('mine', [ValueError(1), TypeError(2)])
except* ValueError as e:
    print(type(e).__name__)
except* TypeError as e:
    print(type(e).__name__)
try:
    try:
        raise ExceptionGroup('x', [ValueError()])
    except* (ValueError, TypeError) as e:
        print('tuple match', len(e.exceptions))
except Exception:
    pass
try:
    exec("try:\n    pass\nexcept* ExceptionGroup:\n    pass\n")
except TypeError as e:
    print('TypeError', e)
try:
    try:
        raise ExceptionGroup('x', [ValueError()])
    except* ExceptionGroup:
        pass
except TypeError as e:
    print('TypeError', e)
eg = ExceptionGroup('notes', [ValueError('a')])
eg.add_note('a note')
print(eg.__notes__, eg.message, eg.args)
