import warnings
def emit(msg):
    warnings.warn(msg)
for i in range(3):
    emit("same")
emit("different")
for i in range(2):
    warnings.warn("loop")
    warnings.warn("loop")
warnings.resetwarnings()
warnings.simplefilter("default")
for i in range(2):
    emit("after reset")
print(sorted(k for k in globals() if k.startswith("__warn")))
