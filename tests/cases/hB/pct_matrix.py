flags = ['', '-', '+', ' ', '#', '0', '-0', '+0', '#0', '- ']
widths = ['', '1', '7']
precs = ['', '.0', '.3', '.']
convs = 'diouxXeEfFgGcrsa'
vals = [0, -7, 42, 255, 2**65, -2**65, 3.5, -0.0, 1e-7, 123456.789, float('inf'), float('nan'), True, 'str', 'é', None, [1]]
out = []
for c in convs:
    for v in vals:
        for f in flags:
            for w in widths:
                for p in precs:
                    spec = '%' + f + w + p + c
                    try:
                        r = repr(spec % (v,))
                    except Exception as e:
                        r = type(e).__name__ + ': ' + str(e)
                    out.append(spec + ' ' + repr(v) + ' ' + r)
print(len(out))
for line in out:
    print(line)
