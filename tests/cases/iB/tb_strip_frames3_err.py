def inner():
    raise ValueError("inner")
def middle():
    try:
        inner()
    except ValueError as e:
        e.__traceback__.tb_next = None
        raise
def outer():
    middle()
outer()
