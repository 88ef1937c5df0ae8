import warnings
for cat in (int, "str", ValueError, None):
    try:
        warnings.warn("x", cat)
        print("ok", cat)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    warnings.simplefilter("bogus")
except (ValueError, AssertionError) as e:
    print(type(e).__name__, e)
try:
    warnings.filterwarnings("ignore", category=5)
except Exception as e:
    print(type(e).__name__, e)
warnings.warn("message", category=UserWarning, stacklevel=0)
warnings.warn("negative", stacklevel=-3)
