from decimal import *
for prec, emax, emin in [(5, 20, -20), (3, 99, -99), (10, 20, -999999), (2, 20, -20)]:
    setcontext(Context(prec=prec, Emax=emax, Emin=emin, traps=[]))
    for a, n in [('1733688326951527898534.49', -21), ('8.543388E+43', -43), ('8.543388E+43', 45), ('5', 50), ('5', -50), ('5', 2 * (emax + prec)), ('5', 2 * (emax + prec) + 1), ('5', -2 * (emax + prec) - 1), ('1E+5', -5)]:
        ctx = getcontext(); ctx.clear_flags()
        r = Decimal(a).scaleb(n)
        print(prec, emax, a, n, repr(r), sorted(k.__name__ for k, v in ctx.flags.items() if v))
setcontext(Context(traps=[]))
for b in ['1E+1', '10', '1.0', '-0', 'Inf', '2E+0']:
    c=getcontext(); c.clear_flags(); print(b, repr(Decimal(5).scaleb(Decimal(b))), [k.__name__ for k,v in c.flags.items() if v])
print(repr(Decimal('Inf').scaleb(5)), repr(Decimal('Inf').scaleb(10**9)))
