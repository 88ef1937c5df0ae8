import warnings
warnings.warn("plain")
warnings.warn("dep", DeprecationWarning)
warnings.warn("fut", FutureWarning)
warnings.warn("rt", RuntimeWarning)
warnings.warn("bytes", BytesWarning)
warnings.warn("uni", UnicodeWarning)
warnings.warn("imp", ImportWarning)
warnings.warn("pend", PendingDeprecationWarning)
warnings.warn("res", ResourceWarning)
warnings.warn(UserWarning("instance"))
class MyWarn(UserWarning):
    pass
warnings.warn("custom", MyWarn)
warnings.warn(123)
print("end")
