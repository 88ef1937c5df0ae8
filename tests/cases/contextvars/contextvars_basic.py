import contextvars
from contextvars import ContextVar, copy_context, Context, Token

v = ContextVar("v")
w = ContextVar("w", default=10)
print(v.name, w.name, w.get(), w.get(5), v.get("fallback"))
try:
    v.get()
except LookupError as e:
    print("LookupError", type(e.args[0]).__name__)

t = v.set(1)
print(v.get(), t.var is v, t.old_value is Token.MISSING, repr(Token.MISSING))
t2 = v.set(2)
print(v.get(), t2.old_value)
v.reset(t2)
print(v.get())
v.reset(t)
print(v.get(None))
try:
    v.reset(t)
except RuntimeError as e:
    print("RuntimeError: has already been used once" if "already been used" in str(e) else e)
try:
    w.reset(v.set(3))
except ValueError as e:
    print("ValueError:", "different ContextVar" in str(e))
try:
    v.reset("token")
except TypeError as e:
    print("TypeError:", e)

ctx = copy_context()
print(v in ctx, ctx[v], ctx.get(w), ctx.get(w, "d"))
def in_ctx(arg):
    v.set(arg)
    w.set(arg * 2)
    return v.get(), w.get()
print(ctx.run(in_ctx, 7))
print(v.get(), w.get(), ctx[v], ctx[w])
print(sorted(var.name for var in ctx.keys()))
try:
    ctx[1]
except TypeError as e:
    print("TypeError:", e)

empty = Context()
print(len(empty), list(empty), empty.get(v))
print(empty.run(lambda: v.get("nothing")))
def reenter():
    empty.run(lambda: None)
try:
    empty.run(reenter)
except RuntimeError as e:
    print("RuntimeError: cannot enter context" in "RuntimeError: " + str(e))

try:
    ContextVar(5)
except TypeError as e:
    print("TypeError:", e)
try:
    class Sub(ContextVar):
        pass
except TypeError as e:
    print("TypeError:", e)
try:
    Token()
except RuntimeError as e:
    print("RuntimeError:", e)

# a token from another context
tk = empty.run(v.set, 100)
try:
    v.reset(tk)
except ValueError as e:
    print("ValueError:", "different Context" in str(e))
print(empty[v], Context() == Context(), ctx == ctx.copy() if hasattr(ctx, "copy") else True)
try:
    hash(ctx)
except TypeError as e:
    print("TypeError: unhashable")
print(ContextVar[int], isinstance(ctx, Context))
