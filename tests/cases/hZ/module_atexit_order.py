import atexit
def bye(name, punct="!"):
    print("bye", name + punct)
atexit.register(bye, "first")
atexit.register(bye, "second", punct="?")
@atexit.register
def decorated():
    print("decorated handler")
def removed():
    print("should not run")
atexit.register(removed)
atexit.unregister(removed)
print("main done")
