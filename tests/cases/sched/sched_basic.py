import sched

clock = [0.0]
log = []
def now():
    return clock[0]
def sleep(d):
    log.append(('sleep', d))
    clock[0] += d

s = sched.scheduler(now, sleep)
class Act:
    def __call__(self, name, **kw):
        log.append(('run', name, clock[0], kw))
    def __repr__(self):
        return '<act>'
act = Act()

e1 = s.enter(5, 2, act, ('five-b',))
e2 = s.enter(5, 1, act, ('five-a',), {'k': 1})
e3 = s.enterabs(2, 1, act, argument=('two',))
e4 = s.enter(9, 1, act, kwargs={'z': 0}, argument=('nine',))
e5 = s.enter(1, 1, act, ('one',))
print(e1)
print(e3)
print([ev.argument for ev in s.queue], s.empty())
s.cancel(e5)
try:
    s.cancel(e5)
except ValueError as e:
    print('ValueError', e)
print(s.run(blocking=False))
s.enter(0, 0, act, ('zero',))
print(s.run(blocking=False))
print(s.run())
for x in log:
    print(x)
print(s.empty(), s.queue)
print(sched.Event._fields, sched.__all__)
print(sched.Event(1, 2, 3, None, (), {}) < sched.Event(1, 3, 0, None, (), {}))
ev = sched.Event(1, 2, 3, 4, 5, 6)
print(ev, ev._replace(time=7))

# An action that schedules another one, and one that raises.
s2 = sched.scheduler(now, sleep)
def chain(n):
    print('chain', n, clock[0])
    if n:
        s2.enter(1, 0, chain, (n - 1,))
s2.enter(0.5, 0, chain, (3,))
s2.run()
def boom():
    raise KeyError('x')
s2.enter(1, 0, boom)
s2.enter(2, 0, chain, (0,))
try:
    s2.run()
except KeyError as e:
    print('KeyError', e, len(s2.queue))
s2.run()
