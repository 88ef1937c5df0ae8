"""A tiny stack machine; its errors carry the instruction that failed."""


class VMError(Exception):
    pass


class StackUnderflow(VMError):
    pass


def run(program):
    stack = []
    ops = {
        "add": lambda a, b: a + b,
        "sub": lambda a, b: a - b,
        "mul": lambda a, b: a * b,
        "div": lambda a, b: a // b,
    }
    for pc, instr in enumerate(program):
        op, *args = instr.split()
        try:
            if op == "push":
                stack.append(int(args[0]))
            elif op in ops:
                if len(stack) < 2:
                    raise StackUnderflow(f"{op} needs 2 values, stack has {len(stack)}")
                b, a = stack.pop(), stack.pop()
                stack.append(ops[op](a, b))
            elif op == "dup":
                stack.append(stack[-1])
            else:
                raise VMError(f"unknown instruction {op!r}")
        except (ArithmeticError, IndexError, ValueError) as e:
            raise VMError(f"instruction {pc} ({instr!r}) failed") from e
    return stack


print(run(["push 2", "push 3", "add", "dup", "mul"]))
for prog in (["add"], ["push x"], ["jump 3"], ["dup"]):
    try:
        run(prog)
    except StackUnderflow as e:
        print("underflow:", e)
    except VMError as e:
        print("vm error:", e, "| cause:", repr(e.__cause__))
run(["push 1", "push 0", "div"])
