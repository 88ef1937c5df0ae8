# compare: stderr
import warnings
print(bool(NotImplemented))
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    bool(NotImplemented)
    print([(x.category.__name__, str(x.message)) for x in w])
with warnings.catch_warnings():
    warnings.simplefilter("error")
    try:
        bool(NotImplemented)
    except DeprecationWarning as e:
        print("error:", e)
print(NotImplemented.__bool__())
