import random
random.seed(1)

def rint():
    k = random.random()
    if k < 0.3:
        return random.randint(-10, 10)
    if k < 0.6:
        return random.randint(-2**63 - 5, 2**63 + 5)
    if k < 0.8:
        return random.choice([0, 1, -1, 2**63, -2**63, 2**63 - 1, -2**63 + 1, 2**64, 2**31, -2**31])
    return random.randint(-10**40, 10**40)

ops = ['+', '-', '*', '//', '%', '**', '<<', '>>', '&', '|', '^', 'divmod', 'pow3', '==', '<', '>=', 'neg', 'abs', 'inv']
for i in range(1500):
    a = rint(); b = rint(); op = random.choice(ops)
    try:
        if op == '+': r = a + b
        elif op == '-': r = a - b
        elif op == '*': r = a * b
        elif op == '//': r = a // b
        elif op == '%': r = a % b
        elif op == '**':
            b = random.randint(-3, 40)
            r = a ** b
            if isinstance(r, float):
                r = repr(r)
        elif op == '<<':
            b = random.randint(-2, 130)
            r = a << b
        elif op == '>>':
            b = random.randint(-2, 130)
            r = a >> b
        elif op == '&': r = a & b
        elif op == '|': r = a | b
        elif op == '^': r = a ^ b
        elif op == 'divmod': r = divmod(a, b)
        elif op == 'pow3':
            e = random.randint(-3, 200)
            m = random.choice([rint(), random.randint(-20, 20)])
            r = pow(a, e, m)
        elif op == '==': r = (a == b, a != b)
        elif op == '<': r = (a < b, a <= b)
        elif op == '>=': r = (a >= b, a > b)
        elif op == 'neg': r = -a
        elif op == 'abs': r = abs(a)
        elif op == 'inv': r = ~a
        print(i, op, r)
    except Exception as e:
        print(i, op, type(e).__name__, e)
