import traceback
for notes in ["ab", 5, ("x", 3), ["a\nb"], None, [b"x"]]:
    e = ValueError("v")
    e.__notes__ = notes
    print(traceback.format_exception_only(e))
    print(traceback.format_exception(e))
e = ValueError("v")
e.__notes__ = ["x\ny", 5]
raise e
