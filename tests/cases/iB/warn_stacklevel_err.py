import warnings
def api(x):
    warnings.warn("api is old", DeprecationWarning, stacklevel=2)
    return x
def lib():
    warnings.warn("lib level 3", UserWarning, stacklevel=3)
def caller():
    lib()
warnings.simplefilter("always")
print(api(1))
caller()
def deep():
    warnings.warn("too deep", stacklevel=50)
deep()
