class Bad(Exception):
    def __str__(self):
        return 42
try:
    str(Bad())
except TypeError as e:
    print("TypeError", e)
raise Bad()
