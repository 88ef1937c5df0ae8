def handler():
    raise KeyboardInterrupt
print("before")
handler()
