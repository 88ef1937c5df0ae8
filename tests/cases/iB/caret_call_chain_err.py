class A:
    def get(self):
        return None

a = A()
print(a.get()    .  upper())
