def inner():
    raise ValueError("original")
def middle():
    try:
        inner()
    except ValueError as e:
        saved = e
    return saved
e = middle()
print(len([1 for _ in iter(lambda: None, 0)][:0]))
tb = e.__traceback__
n = 0
while tb:
    n += 1
    tb = tb.tb_next
print("entries", n)
def again(exc):
    raise exc
try:
    again(e)
except ValueError as x:
    tb = x.__traceback__
    n = 0
    while tb:
        n += 1
        tb = tb.tb_next
    print("entries after reraise", n)
raise e
