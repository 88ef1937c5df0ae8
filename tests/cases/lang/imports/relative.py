# Relative imports: builds a small package in a scratch directory, imports it, cleans up.
import os, sys
base = os.path.join(os.getcwd(), 'wasipy_relimport_test')
pkg = os.path.join(base, 'relpkg')
sub = os.path.join(pkg, 'sub')
files = {
    os.path.join(pkg, '__init__.py'): 'from . import mod_a\nfrom .mod_b import VALUE_B as B\nNAME = "relpkg"\n',
    os.path.join(pkg, 'mod_a.py'): 'VALUE_A = "a"\ndef who():\n    return __name__, __package__\n',
    os.path.join(pkg, 'mod_b.py'): 'from .mod_a import VALUE_A\nVALUE_B = VALUE_A + "b"\n',
    os.path.join(sub, '__init__.py'): '',
    os.path.join(sub, 'deep.py'): 'from .. import mod_a\nfrom ..mod_b import VALUE_B\nfrom . import sibling\nRESULT = (mod_a.VALUE_A, VALUE_B, sibling.S)\n',
    os.path.join(sub, 'sibling.py'): 'S = "sib"\n',
    os.path.join(sub, 'toofar.py'): 'from .... import nothing\n',
}
if os.path.exists(base):
    import shutil
    shutil.rmtree(base)
os.makedirs(sub)
for path, src in files.items():
    with open(path, 'w') as f:
        f.write(src)
sys.path.insert(0, base)
try:
    import relpkg
    print(relpkg.NAME, relpkg.B, relpkg.mod_a.who())
    from relpkg.sub import deep
    print(deep.RESULT, deep.__package__)
    try:
        import relpkg.sub.toofar
    except ImportError as e:
        print(type(e).__name__, e)
finally:
    def rmtree(d):
        for name in os.listdir(d):
            full = os.path.join(d, name)
            if os.path.isdir(full):
                rmtree(full)
            else:
                os.remove(full)
        os.rmdir(d)
    rmtree(base)
try:
    from . import something
except ImportError as e:
    print(type(e).__name__, e)
