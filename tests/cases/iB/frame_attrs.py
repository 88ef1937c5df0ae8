import sys
def f(a, b=2):
    c = a + b
    fr = sys._getframe()
    return fr
fr = f(1)
print(fr.f_code.co_name, fr.f_code.co_qualname, fr.f_code.co_varnames, fr.f_code.co_argcount)
print(fr.f_globals is globals(), type(fr.f_builtins).__name__, "print" in fr.f_builtins)
print(fr.f_locals.get("a"), fr.f_locals.get("c"))
print(fr.f_trace, isinstance(fr.f_lasti, int), fr.f_back.f_code.co_name)
mf = sys._getframe()
print(mf.f_locals is globals(), mf.f_code.co_name, mf.f_back)
class K:
    def m(self):
        return sys._getframe().f_code.co_qualname
    class N:
        def deep(self):
            return sys._getframe().f_code.co_qualname
print(K().m(), K.N().deep(), (lambda: sys._getframe().f_code.co_qualname)())
print([x for x in [sys._getframe().f_code.co_name]])
def g():
    yield sys._getframe().f_code.co_name
print(next(g()))
try:
    1/0
except ZeroDivisionError as e:
    tf = e.__traceback__.tb_frame
    print(tf.f_code.co_name)
print(f.__code__.co_firstlineno, f.__code__.co_filename == __file__, f.__code__.co_nlocals)
print(f.__code__.co_flags & 0x20, g.__code__.co_flags & 0x20)
print(f.__code__.replace(co_name="renamed").co_name)
