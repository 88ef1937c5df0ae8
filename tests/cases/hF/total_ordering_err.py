import functools
@functools.total_ordering
class Money:
    def __init__(self, amt, cur): self.amt, self.cur = amt, cur
    def __eq__(self, o): return (self.amt, self.cur) == (o.amt, o.cur)
    def __lt__(self, o):
        if self.cur != o.cur:
            raise ValueError(f"cannot compare {self.cur} with {o.cur}")
        return self.amt < o.amt
    def __repr__(self): return f"Money({self.amt}, {self.cur!r})"
ms = [Money(5, "EUR"), Money(3, "EUR")]
print(sorted(ms))
print(Money(1, "EUR") >= Money(1, "EUR"))
print(sorted(ms + [Money(1, "USD")]))
