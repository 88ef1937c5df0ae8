class Money:
    def __init__(self, cents):
        self.cents = cents
    def __add__(self, other):
        return Money(self.cents + other.cents)
    def __repr__(self):
        return f"Money({self.cents})"
wallet = [Money(100), Money(250)]
total = wallet[0] + wallet[1]
print(total)
total = total + 5
