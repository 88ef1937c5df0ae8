import enum
import operator


class Op(enum.Enum):
    PUSH = "push"
    POP = "pop"
    ADD = "add"
    SUB = "sub"
    MUL = "mul"
    DIV = "div"
    DUP = "dup"
    SWAP = "swap"
    JMP = "jmp"
    JZ = "jz"
    PRINT = "print"
    CALL = "call"
    RET = "ret"
    HALT = "halt"
    LOAD = "load"
    STORE = "store"


class VMError(Exception):
    pass


class StackUnderflow(VMError):
    pass


ARITH = {Op.ADD: operator.add, Op.SUB: operator.sub, Op.MUL: operator.mul, Op.DIV: operator.floordiv}


def assemble(src):
    prog, labels = [], {}
    for line in src.strip().splitlines():
        line = line.split("#")[0].strip()
        if not line:
            continue
        if line.endswith(":"):
            labels[line[:-1]] = len(prog)
            continue
        parts = line.split()
        op = Op(parts[0].lower())
        arg = parts[1] if len(parts) > 1 else None
        prog.append([op, arg])
    for ins in prog:
        if ins[1] is not None:
            ins[1] = labels[ins[1]] if ins[1] in labels else int(ins[1]) if ins[1].lstrip("-").isdigit() else ins[1]
    return prog


class Machine:
    def __init__(self, prog, trace=False):
        self.prog = prog
        self.stack = []
        self.calls = []
        self.vars = {}
        self.pc = 0
        self.out = []
        self.steps = 0
        self.trace = trace

    def pop(self):
        if not self.stack:
            raise StackUnderflow(f"pc={self.pc}")
        return self.stack.pop()

    def run(self, limit=10000):
        while self.pc < len(self.prog):
            self.steps += 1
            if self.steps > limit:
                raise VMError("step limit")
            op, arg = self.prog[self.pc]
            if self.trace:
                print(f"{self.pc:3d} {op.name:<6}{'' if arg is None else arg!s:>5} {self.stack}")
            self.pc += 1
            match op:
                case Op.PUSH:
                    self.stack.append(arg)
                case Op.POP:
                    self.pop()
                case Op.DUP:
                    x = self.pop()
                    self.stack += [x, x]
                case Op.SWAP:
                    b, a = self.pop(), self.pop()
                    self.stack += [b, a]
                case Op.ADD | Op.SUB | Op.MUL | Op.DIV:
                    b, a = self.pop(), self.pop()
                    self.stack.append(ARITH[op](a, b))
                case Op.JMP:
                    self.pc = arg
                case Op.JZ:
                    if self.pop() == 0:
                        self.pc = arg
                case Op.PRINT:
                    self.out.append(self.pop())
                case Op.CALL:
                    self.calls.append(self.pc)
                    self.pc = arg
                case Op.RET:
                    self.pc = self.calls.pop()
                case Op.LOAD:
                    self.stack.append(self.vars[arg])
                case Op.STORE:
                    self.vars[arg] = self.pop()
                case Op.HALT:
                    break
        return self.out


FACT = """
    push 20
    store n
    push 1
    store acc
loop:
    load n
    jz done
    load acc
    load n
    mul
    store acc
    load n
    push 1
    sub
    store n
    jmp loop
done:
    load acc
    print
    halt
"""
m = Machine(assemble(FACT))
print(m.run(), m.steps)
small = Machine(assemble("push 2\npush 3\nswap\nsub\ndup\nmul\nprint"), trace=True)
print(small.run())
print(Op.ADD, repr(Op.JZ), Op["HALT"].value, Op("dup").name, len(Op), list(Op)[:3])
print(Op.ADD in Op, isinstance(Op.ADD, Op), Op.ADD is Op("add"))
for src in ["add", "push 1\npush 0\ndiv", "bogus 3", "jmp 0", "load x"]:
    try:
        Machine(assemble(src)).run(limit=50)
    except (VMError, ZeroDivisionError, ValueError, KeyError) as e:
        print(type(e).__name__, e)
try:
    Op.ADD.value = "x"
except AttributeError as e:
    print(type(e).__name__, e)
Machine(assemble("push 1\nprint\npop")).run()
