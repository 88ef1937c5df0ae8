import warnings
exec("import warnings\nwarnings.warn('from exec')")
exec(compile("import warnings\nwarnings.warn('from fake file')", "fake_file.py", "exec"))
def outer():
    warnings.warn("outer warning", stacklevel=1)
outer()
warnings.warn("level 2 from module", stacklevel=2)
