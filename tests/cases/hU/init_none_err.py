class Counter:
    count = 0
    def __init__(self):
        Counter.count += 1
        return self
Counter()
