import threading

def fails():
    raise ValueError("in thread")

t = threading.Thread(target=fails, name="failing")
t.start()
t.join()
print("main continues", t.is_alive())

hooked = []
def hook(args):
    hooked.append((args.exc_type.__name__, str(args.exc_value), args.thread.name))
threading.excepthook = hook
t = threading.Thread(target=fails, name="hooked")
t.start()
t.join()
print(hooked)
