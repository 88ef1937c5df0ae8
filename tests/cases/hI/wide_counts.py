for e in ['"a".expandtabs(2**31)', '"a".expandtabs(-2**31-1)', 'b"a".hex(":", 2**31)', '"{:.{}f}".format(1.0, 2**32+2)', '"aaa".replace("a", "b", 2**32+1)', '"a b c".split(" ", 2**32+1)', '"{4294967296}".format(1)', '"%.*f" % (2 ** 32 + 2, 1.0)']:
    try: print(e, repr(eval(e)))
    except Exception as ex: print(e, type(ex).__name__, ex)
