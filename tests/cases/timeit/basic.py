# timeit: Timer, timeit, repeat, autorange, default_timer; values vary, so only shapes are printed
import timeit

t = timeit.Timer('x = sum(range(10))')
r = t.timeit(1000)
print(type(r).__name__, r >= 0)
rs = t.repeat(3, 100)
print(type(rs).__name__, len(rs), all(isinstance(x, float) and x >= 0 for x in rs))
print(timeit.timeit('a + b', setup='a = 1; b = 2', number=500) >= 0)
print(len(timeit.repeat('pass', repeat=2, number=10)))
counter = []
print(timeit.timeit(lambda: counter.append(1), number=37) >= 0, len(counter))
counter.clear()
print(timeit.Timer(lambda: counter.append(1), setup=lambda: counter.append('s')).timeit(5), len(counter)) if False else None
t = timeit.Timer(lambda: counter.append(1), setup=lambda: counter.append('s'))
t.timeit(5)
print(counter.count('s'), counter.count(1))
y = 10
print(timeit.timeit('y * 2', number=10, globals=globals()) >= 0)
try:
    timeit.timeit('y * 2', number=10)
except NameError as e:
    print('NameError', e)
calls = []
n, taken = timeit.Timer('pass').autorange(lambda number, t: calls.append(number))
print(n in calls, taken >= 0.2, calls[:3])
print(timeit.default_timer is __import__('time').perf_counter, timeit.default_number,
      timeit.default_repeat)
for bad in [(3,), ('pass', 3)]:
    try:
        timeit.Timer(*bad)
    except ValueError as e:
        print('ValueError', e)
try:
    timeit.Timer('x = ')
except SyntaxError as e:
    print('SyntaxError', e.msg)
t0 = timeit.default_timer()
t1 = timeit.default_timer()
print(t1 >= t0)
