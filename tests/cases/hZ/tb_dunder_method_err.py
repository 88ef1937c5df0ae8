class Money:
    def __init__(self, cents):
        self.cents = cents
    def __add__(self, other):
        return Money(self.cents + other.cents)
    def __repr__(self):
        return f"Money({self.cents})"
print(Money(5) + Money(7))
print(Money(5) + 3)
