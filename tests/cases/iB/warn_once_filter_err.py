import warnings
for i in range(3):
    warnings.warn("repeat me")
warnings.simplefilter("error", RuntimeWarning)
try:
    warnings.warn("now error", RuntimeWarning)
except RuntimeWarning as e:
    print("caught", type(e).__name__, e)
warnings.filterwarnings("ignore", message="skip.*")
warnings.warn("skip this")
warnings.warn("not skipped")
warnings.simplefilter("once")
for i in range(3):
    warnings.warn("once only")
warnings.simplefilter("error")
warnings.warn("fatal")
