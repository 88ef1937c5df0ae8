import warnings
class Res:
    pass
r = Res()
warnings.warn("with source", ResourceWarning, source=r)
warnings.simplefilter("always", ResourceWarning)
warnings.warn("with source shown", ResourceWarning, source=None)
def f():
    warnings.warn("multi\nline message")
f()
warnings.warn("")
warnings.warn(Warning("base Warning class"))
class W(Warning):
    def __str__(self):
        return "custom str of W"
warnings.warn(W("ignored arg"))
warnings.warn(DeprecationWarning("instance decides category"), UserWarning)
