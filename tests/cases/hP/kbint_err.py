def handler():
    raise KeyboardInterrupt
try:
    handler()
except Exception:
    print("not caught by Exception")
except BaseException as e:
    print("caught", repr(e))
handler()
