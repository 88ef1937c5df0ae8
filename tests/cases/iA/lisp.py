import math
import operator as op


class LispError(Exception):
    pass


Symbol = str


class Env(dict):
    def __init__(self, params=(), args=(), outer=None):
        super().__init__(zip(params, args))
        self.outer = outer

    def find(self, var):
        if var in self:
            return self
        if self.outer is None:
            raise LispError(f"unbound symbol: {var}")
        return self.outer.find(var)


def tokenize(src):
    return src.replace("(", " ( ").replace(")", " ) ").replace("'", " ' ").split()


def read(tokens):
    if not tokens:
        raise LispError("unexpected EOF")
    tok = tokens.pop(0)
    if tok == "(":
        lst = []
        while tokens and tokens[0] != ")":
            lst.append(read(tokens))
        if not tokens:
            raise LispError("missing )")
        tokens.pop(0)
        return lst
    if tok == ")":
        raise LispError("unexpected )")
    if tok == "'":
        return ["quote", read(tokens)]
    for conv in (int, float):
        try:
            return conv(tok)
        except ValueError:
            pass
    return Symbol(tok)


def to_str(x):
    if x is True:
        return "#t"
    if x is False:
        return "#f"
    if isinstance(x, list):
        return "(" + " ".join(map(to_str, x)) + ")"
    if isinstance(x, Procedure):
        return f"<lambda/{len(x.params)}>"
    if callable(x):
        return "<builtin>"
    return str(x)


class Procedure:
    def __init__(self, params, body, env):
        self.params, self.body, self.env = params, body, env

    def __call__(self, *args):
        if len(args) != len(self.params):
            raise LispError(f"expected {len(self.params)} args, got {len(args)}")
        return evaluate(self.body, Env(self.params, args, self.env))


def standard_env():
    env = Env()
    env.update({k: getattr(math, k) for k in ("sqrt", "pi", "floor")})
    env.update({
        "+": lambda *a: sum(a), "-": op.sub, "*": lambda *a: math.prod(a), "/": op.truediv,
        ">": op.gt, "<": op.lt, ">=": op.ge, "<=": op.le, "=": op.eq, "mod": op.mod,
        "car": lambda x: x[0], "cdr": lambda x: x[1:], "cons": lambda x, y: [x] + y,
        "list": lambda *x: list(x), "null?": lambda x: x == [], "length": len,
        "map": lambda f, xs: list(map(f, xs)), "filter": lambda f, xs: [x for x in xs if f(x)],
        "apply": lambda f, xs: f(*xs), "not": op.not_, "display": lambda x: print(to_str(x)) or [],
    })
    return env


GLOBAL = standard_env()


def evaluate(x, env=GLOBAL):
    while True:
        if isinstance(x, Symbol):
            return env.find(x)[x]
        if not isinstance(x, list):
            return x
        if not x:
            return []
        head, *args = x
        match head:
            case "quote":
                return args[0]
            case "if":
                test, conseq, alt = args
                x = conseq if evaluate(test, env) is not False else alt
                continue
            case "define":
                name, expr = args
                if isinstance(name, list):
                    env[name[0]] = Procedure(name[1:], expr, env)
                else:
                    env[name] = evaluate(expr, env)
                return None
            case "set!":
                name, expr = args
                env.find(name)[name] = evaluate(expr, env)
                return None
            case "lambda":
                params, body = args
                return Procedure(params, body, env)
            case "begin":
                for e in args[:-1]:
                    evaluate(e, env)
                x = args[-1]
                continue
            case "let":
                bindings, body = args
                names = [b[0] for b in bindings]
                vals = [evaluate(b[1], env) for b in bindings]
                x, env = body, Env(names, vals, env)
                continue
            case _:
                proc = evaluate(head, env)
                vals = [evaluate(a, env) for a in args]
                if isinstance(proc, Procedure):
                    if len(vals) != len(proc.params):
                        raise LispError(f"expected {len(proc.params)} args, got {len(vals)}")
                    x, env = proc.body, Env(proc.params, vals, proc.env)
                    continue
                if not callable(proc):
                    raise LispError(f"not a procedure: {to_str(proc)}")
                return proc(*vals)


def run(src):
    tokens = tokenize(src)
    result = None
    while tokens:
        result = evaluate(read(tokens))
    return result


programs = [
    "(+ 1 2 3)",
    "(define (fact n) (if (<= n 1) 1 (* n (fact (- n 1))))) (fact 30)",
    "(define (fib n) (if (< n 2) n (+ (fib (- n 1)) (fib (- n 2))))) (map fib '(1 2 3 4 5 6 7 8 9 10))",
    "(define (count-down n acc) (if (= n 0) acc (count-down (- n 1) (+ acc 1)))) (count-down 5000 0)",
    "(define make-counter (lambda () (let ((n 0)) (lambda () (begin (set! n (+ n 1)) n))))) (define c (make-counter)) (c) (c) (c)",
    "(filter (lambda (x) (= (mod x 3) 0)) (list 1 2 3 4 5 6 7 8 9))",
    "(let ((x 2) (y 3)) (let ((x 7) (z (+ x y))) (* z x)))",
    "(cons 1 '(2 3))",
    "(car (cdr '(a b c)))",
    "(apply + (list 1 2 3 4))",
    "(sqrt (* pi 4))",
    "(if (null? '()) 'empty 'full)",
    "(display (list 1 2.5 'sym (list)))",
    "(/ 1 0)",
    "(undefined 1)",
    "(1 2 3)",
    "((lambda (x y) x) 1)",
    "(+ 1 (* 2",
    ")",
    "(car '())",
    "(length (quote (1 2 (3 4))))",
    "(> 1 'a)",
]
for p in programs:
    try:
        print(f"{p[:50]:<50} => {to_str(run(p))}")
    except LispError as e:
        print(f"{p[:50]:<50} !! LispError: {e}")
    except Exception as e:
        print(f"{p[:50]:<50} !! {type(e).__name__}: {e}")
