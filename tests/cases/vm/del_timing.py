# __del__ runs as soon as the last reference goes: on rebinding a local, on leaving a
# function, through a dropped container, and not while another reference remains.
log = []


class D:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        log.append(self.name)


def rebinding():
    x = D("a")
    y = x
    x = None
    log.append("x unbound")
    y = 1
    log.append("y rebound")
    z = [D("b")]
    z = 0
    log.append("list dropped")
    return y + z


def leaving():
    d = D("local")
    keep = D("returned")
    log.append("leaving")
    return keep


def loop():
    objs = [D("o0")]
    for o in objs:
        pass
    log.append("after loop")
    o = None
    log.append("o cleared")
    del objs
    log.append("objs deleted")


rebinding()
r = leaving()
log.append("returned")
r = None
loop()
print(log)
