class E(Exception):
    def __init__(self, code, msg):
        super().__init__(code, msg)
        self.code = code
    def __str__(self):
        return f"[{self.code}] {self.args[1]}"
try:
    raise E(3, 'bad thing')
except E as e:
    print(e, repr(e), e.args)
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise E(4, 'during')
except E as e:
    print(type(e.__context__).__name__, e.__suppress_context__)
raise E(5, 'final')
