class Account:
    def __init__(self, balance): self.balance = balance
acct = Account(5)
try:
    print(acct.balanse)
except AttributeError as e:
    print(e, e.name, e.obj is acct)
try:
    print(balanse)
except NameError as e:
    print(e, e.name)
import collections
try:
    collections.OrderDict
except AttributeError as e:
    print(e)
def f():
    counter = 0
    def inc():
        counter += 1
    inc()
try: f()
except UnboundLocalError as e: print(type(e).__name__, e)
print(acct.balanse)
