from decimal import *
for a, b in [('1', '1.5'), ('4', '0.5'), ('1', '0.5'), ('2', '0.5'), ('1.0', '2.5'), ('100', '0.5'), ('1', '-1.5'), ('8', '0.333'), ('0.25', '0.5'), ('1', '2'), ('16', '0.25'), ('-1', '2'), ('1', '1E+5'), ('1.00', '3'), ('1', '0.0')]:
    ctx = Context(traps=[]); setcontext(ctx)
    r = Decimal(a) ** Decimal(b)
    print(a, b, repr(r), sorted(k.__name__ for k, v in ctx.flags.items() if v))
for a, b in [('1', 'Inf'), ('1', '-Inf'), ('1.000', 'Inf'), ('-1', 'Inf'), ('0.5', 'Inf'), ('2', '-Inf'), ('0', 'Inf'), ('Inf', '0.5'), ('-Inf', '3'), ('0', '-2'), ('-0', '-3'), ('-2', '0.5'), ('0', '0')]:
    ctx = Context(traps=[]); setcontext(ctx)
    r = Decimal(a) ** Decimal(b)
    print(a, b, repr(r), sorted(k.__name__ for k, v in ctx.flags.items() if v))
from decimal import *
for a,b,c in [('sNaN','1','1'),('1','sNaN2','1'),('NaN5','1','sNaN3'),('Inf','0','1'),('0','-Inf','NaN'),('NaN1','NaN2','3'),('2','3','sNaN')]:
    ctx=Context(traps=[]); r=ctx.fma(Decimal(a),Decimal(b),Decimal(c)); print(a,b,c,repr(r), sorted(k.__name__ for k,v in ctx.flags.items() if v))
