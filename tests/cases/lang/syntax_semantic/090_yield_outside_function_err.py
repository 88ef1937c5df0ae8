with (yield x): pass
