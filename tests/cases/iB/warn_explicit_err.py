import warnings
warnings.warn_explicit("explicit one", UserWarning, "somefile.py", 42)
warnings.warn_explicit("explicit two", SyntaxWarning, "<string>", 1, module="mod")
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    warnings.warn("recorded", UserWarning)
    print(len(w), w[0].category.__name__, str(w[0].message), w[0].lineno)
print("done")
