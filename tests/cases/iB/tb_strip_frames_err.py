import traceback
def level3():
    raise ValueError("deep")
def level2():
    level3()
def level1():
    level2()
try:
    level1()
except ValueError as e:
    tb = e.__traceback__
    # Drop the level1 and level2 entries: module -> level3.
    tb.tb_next = tb.tb_next.tb_next.tb_next
    print("".join(traceback.format_exception(e)), end="")
    err = e
raise err.with_traceback(err.__traceback__.tb_next)
