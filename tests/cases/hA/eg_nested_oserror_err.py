def a(): b()
def b(): c()
def c(): raise ExceptionGroup("top", [ValueError("v"), ExceptionGroup("nested", [TypeError("t"), OSError(2, "missing")])])
a()
