def a():
    b()
def b():
    raise KeyError("k")
try:
    a()
except KeyError as e:
    e.__traceback__.tb_next.tb_next = None
    raise
