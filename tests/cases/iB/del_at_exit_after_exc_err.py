class Noisy:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name)
keep = Noisy("global")
def fail():
    local = Noisy("local in failing frame")
    raise ValueError("uncaught")
fail()
