class K(KeyError):
    def __str__(self): return "custom " + Exception.__str__(self)
class K2(KeyError):
    def __str__(self): return "super " + super().__str__()
class O(OSError):
    def __str__(self): return "os " + BaseException.__str__(self) + " | " + super().__str__()
class G(ExceptionGroup):
    def __str__(self): return "g " + Exception.__str__(self) + " | " + super().__str__()
print(K("m"), K2("m"), O(2, "nf", "f"), G("msg", [ValueError()]))
print(KeyError.__str__(KeyError("x")), Exception.__str__(KeyError("x")), str(KeyError("x")))
print(KeyError.__str__ is BaseException.__str__, ValueError.__str__ is BaseException.__str__)
print(SyntaxError.__str__(SyntaxError("m", ("f", 1, 2, "x"))), BaseException.__str__(SyntaxError("m", ("f", 1, 2, "x"))))
print('__str__' in KeyError.__dict__, '__str__' in IndexError.__dict__, '__str__' in OSError.__dict__, '__str__' in FileNotFoundError.__dict__)
