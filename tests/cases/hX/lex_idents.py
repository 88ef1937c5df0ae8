# non-ASCII identifiers and NFKC normalisation
ﬁle = 1
print(file)
ℌ = 2
print(H)
café = 3
print(café)
Δx = 4
print(Δx)
𝔘𝔫𝔦 = 5
print(Uni)
def ᵢ(): return 'sub'
print(i())
class Ωmega:
    ǆ = 6
print(Ωmega.dž, Ωmega.__name__)
print('ﬁle' in dir(), 'file' in dir())
ns = {}
exec('ﬁ = 7', ns)
print(sorted(k for k in ns if not k.startswith('__')))
print('ﬁ'.isidentifier(), '1a'.isidentifier(), '_'.isidentifier(), 'a b'.isidentifier(), ''.isidentifier(), '℘'.isidentifier(), '·a'.isidentifier(), 'a·'.isidentifier())
# soft keywords as names
match = 1; case = 2; _ = 3; type = 4
print(match, case, _, type)
del type
def match(case): return case * 2
print(match(5))
import keyword
print(keyword.iskeyword('match'), keyword.issoftkeyword('match'), keyword.issoftkeyword('_'))
print(len(keyword.kwlist), keyword.softkwlist)
for src in ['€ = 1', 'a$ = 1', '1a = 2', 'x = `1`', 'a ? b']:
    try:
        exec(src)
    except SyntaxError as e:
        print('SyntaxError', e.msg, e.offset)
