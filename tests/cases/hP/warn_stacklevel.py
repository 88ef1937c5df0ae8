# compare: stderr
import warnings

def level3():
    warnings.warn("from level3 stacklevel 3", stacklevel=3)

def level2():
    level3()

def caller():
    level2()

caller()
def deep():
    warnings.warn("stacklevel too big", UserWarning, stacklevel=50)
deep()
warnings.warn("module level")
with warnings.catch_warnings(record=True) as ws:
    warnings.simplefilter("default")
    for i in range(3):
        warnings.warn("loop warning")
    print(len(ws))
with warnings.catch_warnings(record=True) as ws:
    warnings.simplefilter("once")
    for i in range(3):
        warnings.warn("once warning")
        warnings.warn("once warning", RuntimeWarning)
    print(len(ws), [w.category.__name__ for w in ws])
with warnings.catch_warnings(record=True) as ws:
    warnings.simplefilter("module")
    for i in range(3):
        warnings.warn("module warning %d" % (i % 2))
    print(len(ws))
warnings.resetwarnings()
warnings.warn("after reset", DeprecationWarning)
print("end")
