import warnings
def old_api():
    warnings.warn("old_api is deprecated", DeprecationWarning, stacklevel=2)
    return 1
def risky():
    warnings.warn("something odd")
print("start")
risky()
old_api()
warnings.simplefilter("always")
old_api()
for i in range(2):
    warnings.warn(f"loop {i}", RuntimeWarning)
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    warnings.warn("recorded", UserWarning)
    warnings.warn(FutureWarning("as instance"))
print([(w.category.__name__, str(w.message)) for w in caught])
warnings.filterwarnings("ignore", message="ignored.*")
warnings.warn("ignored message")
warnings.filterwarnings("error", category=ResourceWarning)
try:
    warnings.warn("now an error", ResourceWarning)
except ResourceWarning as e:
    print("raised", e)
warnings.warn_explicit("explicit", UserWarning, "fake_file.py", 42)
print("end")
