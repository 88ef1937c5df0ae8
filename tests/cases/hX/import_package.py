import os, sys, shutil, importlib
root = os.path.join(os.getcwd(), 'hx_pkg_tmp')
files = {
    'hxpkg/__init__.py': "from .core import value\n__all__ = ['value', 'helper']\ndef __getattr__(name):\n    if name == 'lazy':\n        return 'lazy attr'\n    raise AttributeError(f'module {__name__!r} has no attribute {name!r}')\ndef __dir__():\n    return ['value', 'lazy']\n",
    'hxpkg/core.py': "value = 'core value'\nfrom . import helper as _h\n",
    'hxpkg/helper.py': "def helper():\n    return 'helped'\nfrom .sub import deep\n",
    'hxpkg/sub/__init__.py': "",
    'hxpkg/sub/deep.py': "from ..core import value as v\nfrom .. import core\nNAME = __name__\nPKG = __package__\n",
    'circ_a.py': "import circ_b\nA = 'a'\n",
    'circ_b.py': "from circ_a import A\n",
    'circ_c.py': "import circ_d\nC = 'c'\n",
    'circ_d.py': "import circ_c\nprint(circ_c.C)\n",
    'badsyntax.py': "x = (1,\n",
    'raises.py': "raise ValueError('at import')\n",
}
for rel, text in files.items():
    p = os.path.join(root, rel)
    os.makedirs(os.path.dirname(p), exist_ok=True)
    with open(p, 'w') as f:
        f.write(text)
sys.path.insert(0, root)
try:
    import hxpkg
    print(hxpkg.value, hxpkg.lazy, dir(hxpkg))
    try:
        hxpkg.missing
    except AttributeError as e:
        print('AttributeError', e)
    from hxpkg import helper
    print(helper.helper(), hxpkg.helper is helper)
    from hxpkg.sub import deep
    print(deep.v, deep.NAME, deep.PKG, deep.core.value)
    import hxpkg.sub.deep as d2
    print(d2 is deep, 'hxpkg.sub.deep' in sys.modules, hxpkg.sub.deep is deep)
    ns = {}
    try:
        exec('from hxpkg import *', ns)
    except AttributeError as e:
        print('star AttributeError', e)
    print(sorted(k for k in ns if not k.startswith('__')))
    print(hxpkg.__name__, hxpkg.__package__, os.path.basename(hxpkg.__file__), [os.path.basename(p) for p in hxpkg.__path__])
    print(helper.__package__, os.path.basename(helper.__file__))
    try:
        import circ_a
    except ImportError as e:
        print('ImportError', str(e).replace(root, '<root>'))
        print(e.name)
    try:
        import circ_c
    except AttributeError as e:
        print('AttributeError', e)
    try:
        import badsyntax
    except SyntaxError as e:
        print('SyntaxError', e.msg, e.lineno, os.path.basename(e.filename))
    try:
        import raises
    except ValueError as e:
        print('ValueError', e, 'raises' in sys.modules)
    try:
        from hxpkg import nothing_here
    except ImportError as e:
        print('ImportError', str(e).replace(root, '<root>'))
    try:
        import hxpkg.nothing
    except ModuleNotFoundError as e:
        print('ModuleNotFoundError', e, e.name)
    m = importlib.import_module('.sub.deep', 'hxpkg')
    print(m is deep)
    try:
        importlib.import_module('.x')
    except TypeError as e:
        print('TypeError', e)
    r = importlib.reload(deep)
    print(r is deep)
finally:
    sys.path.remove(root)
    shutil.rmtree(root)
print(os.path.exists(root))
