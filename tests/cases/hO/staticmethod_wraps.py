def f():
    "fdoc"
sm = staticmethod(f)
cm = classmethod(f)
print(sm.__name__, sm.__qualname__, sm.__doc__, sm.__module__, cm.__name__, cm.__doc__, cm.__wrapped__ is f)
sm.extra = 1
print(sm.extra, sorted(sm.__dict__))
cm.tag = 2
print(cm.tag)
print(sm.__isabstractmethod__, cm.__isabstractmethod__)
p = property(f)
print(p.__doc__)
try:
    p.x = 1
except AttributeError as e:
    print(e)
