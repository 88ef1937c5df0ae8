import re
import operator

TOKEN = re.compile(r"\s*(?:(\d+\.?\d*)|(.))")
OPS = {"+": (1, operator.add), "-": (1, operator.sub), "*": (2, operator.mul), "/": (2, operator.truediv), "^": (3, operator.pow), "%": (2, operator.mod)}

class CalcError(Exception):
    pass

def tokenize(text):
    tokens = []
    for num, op in TOKEN.findall(text):
        if num:
            tokens.append(float(num) if "." in num else int(num))
        elif op.strip():
            if op not in OPS and op not in "()":
                raise CalcError(f"unexpected character {op!r}")
            tokens.append(op)
    return tokens

def to_rpn(tokens):
    out, stack = [], []
    for t in tokens:
        if isinstance(t, (int, float)):
            out.append(t)
        elif t == "(":
            stack.append(t)
        elif t == ")":
            while stack and stack[-1] != "(":
                out.append(stack.pop())
            if not stack:
                raise CalcError("unbalanced ')'")
            stack.pop()
        else:
            prec, _ = OPS[t]
            while stack and stack[-1] != "(" and (OPS[stack[-1]][0] > prec or (OPS[stack[-1]][0] == prec and t != "^")):
                out.append(stack.pop())
            stack.append(t)
    while stack:
        if stack[-1] == "(":
            raise CalcError("unbalanced '('")
        out.append(stack.pop())
    return out

def evaluate(rpn):
    st = []
    for t in rpn:
        if isinstance(t, (int, float)):
            st.append(t)
        else:
            if len(st) < 2:
                raise CalcError("missing operand")
            b, a = st.pop(), st.pop()
            try:
                st.append(OPS[t][1](a, b))
            except ZeroDivisionError as e:
                raise CalcError(f"math error: {e}") from e
    if len(st) != 1:
        raise CalcError("malformed expression")
    return st[0]

for expr in ["1 + 2 * 3", "(1 + 2) * 3", "2 ^ 3 ^ 2", "10 / 4", "10 % 4 + 7", "3.5 * (2 - 0.5)", "1 / 0", "2 * (3 + 4", "4 + $", "5 +", "((2))", "2 ^ 0.5", "100 - 3 - 2"]:
    try:
        rpn = to_rpn(tokenize(expr))
        print(f"{expr:<18} rpn={' '.join(map(str, rpn)):<22} = {evaluate(rpn)}")
    except CalcError as e:
        print(f"{expr:<18} error: {e} (cause: {type(e.__cause__).__name__ if e.__cause__ else None})")
