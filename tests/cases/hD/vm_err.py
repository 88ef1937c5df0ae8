class VMError(Exception):
    pass

class StackMachine:
    def __init__(self, program):
        self.program = program
        self.stack = []
        self.pc = 0
        self.vars = {}
        self.out = []

    def pop(self):
        if not self.stack:
            raise VMError(f"stack underflow at pc={self.pc}")
        return self.stack.pop()

    def run(self, limit=1000):
        steps = 0
        while self.pc < len(self.program):
            steps += 1
            if steps > limit:
                raise VMError("step limit exceeded")
            op, *args = self.program[self.pc].split()
            self.pc += 1
            handler = getattr(self, "op_" + op.lower(), None)
            if handler is None:
                raise VMError(f"unknown opcode {op!r}")
            handler(*args)
        return self.out

    def op_push(self, v):
        self.stack.append(int(v))
    def op_add(self):
        b, a = self.pop(), self.pop(); self.stack.append(a + b)
    def op_sub(self):
        b, a = self.pop(), self.pop(); self.stack.append(a - b)
    def op_mul(self):
        b, a = self.pop(), self.pop(); self.stack.append(a * b)
    def op_div(self):
        b, a = self.pop(), self.pop(); self.stack.append(a // b)
    def op_dup(self):
        v = self.pop(); self.stack += [v, v]
    def op_swap(self):
        self.stack[-1], self.stack[-2] = self.stack[-2], self.stack[-1]
    def op_store(self, name):
        self.vars[name] = self.pop()
    def op_load(self, name):
        self.stack.append(self.vars[name])
    def op_print(self):
        self.out.append(self.pop())
    def op_jz(self, target):
        if self.pop() == 0:
            self.pc = int(target)
    def op_jmp(self, target):
        self.pc = int(target)

factorial = """push 1
store acc
push 10
store n
load n
jz 17
load acc
load n
mul
store acc
load n
push 1
sub
store n
push 0
jz 4
halt
load acc
print""".splitlines()
factorial[16] = "jmp 17"
print(StackMachine(factorial).run())
for prog in (["push 1", "add"], ["push 2", "push 0", "div"], ["bogus"], ["push x"], ["load y"],
             ["push 1", "jmp 0"], ["swap"]):
    try:
        print(StackMachine(prog).run())
    except VMError as e:
        print("VMError:", e)
    except Exception as e:
        print(f"{type(e).__name__}: {e}")

def compile_expr(tokens):
    out = []
    prec = {"+": 1, "-": 1, "*": 2, "/": 2}
    ops = []
    names = {"+": "add", "-": "sub", "*": "mul", "/": "div"}
    for t in tokens:
        if t.isdigit():
            out.append(f"push {t}")
        elif t == "(":
            ops.append(t)
        elif t == ")":
            while ops[-1] != "(":
                out.append(names[ops.pop()])
            ops.pop()
        else:
            while ops and ops[-1] != "(" and prec[ops[-1]] >= prec[t]:
                out.append(names[ops.pop()])
            ops.append(t)
    while ops:
        out.append(names[ops.pop()])
    return out + ["print"]

code = compile_expr("( 2 + 3 ) * 4 - 10 / 3".split())
print(code)
print(StackMachine(code).run())
vm = StackMachine(compile_expr("7 * ( 1 - 1 )".split()) + ["push 5", "swap", "div", "print"])
vm.run()
