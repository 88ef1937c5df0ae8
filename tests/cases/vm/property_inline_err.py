class C:
    @property
    def x(self):
        return 1 / 0
c = C()
for i in range(3):
    try:
        c.x
    except ZeroDivisionError:
        pass
print(c.x)
