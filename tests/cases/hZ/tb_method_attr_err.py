class Account:
    def __init__(self, owner):
        self.owner = owner
        self.balance = 0
    def deposit(self, amount):
        self.balanse += amount
acct = Account("x")
acct.deposit(5)
