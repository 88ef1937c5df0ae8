def level3():
    raise KeyError("deep")
def level2():
    try:
        level3()
    except KeyError as e:
        raise ValueError("middle") from e
def level1():
    try:
        level2()
    except ValueError:
        e = RuntimeError("top")
        e.add_note("note A")
        e.add_note("multi\nline note")
        raise e
try:
    level1()
finally:
    print("finally before traceback")
