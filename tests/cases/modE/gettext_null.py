import builtins
import gettext

print(gettext.gettext("Hello"), gettext.ngettext("apple", "apples", 1), gettext.ngettext("apple", "apples", 0),
      gettext.ngettext("apple", "apples", 2))
print(gettext.pgettext("menu", "Open"), gettext.npgettext("ctx", "file", "files", 3))
print(gettext.dgettext("nodomain", "msg"), gettext.dngettext("nodomain", "a", "b", 1),
      gettext.dpgettext("nodomain", "c", "m"), gettext.dnpgettext("nodomain", "c", "a", "b", 5))
print(gettext.textdomain(), gettext.textdomain("myapp"), gettext.textdomain())
print(gettext.bindtextdomain("myapp", "/nonexistent/locale"), gettext.bindtextdomain("myapp"))
print(gettext.gettext("still identity"))
t = gettext.translation("myapp", "/nonexistent/locale", languages=["fr"], fallback=True)
print(type(t).__name__, t.gettext("x"), t.ngettext("one", "many", 2), t.info(), t.charset())
try:
    gettext.translation("myapp", "/nonexistent/locale", languages=["fr"])
except FileNotFoundError as e:
    print("FileNotFoundError", e, e.errno, e.filename)
n = gettext.NullTranslations()
print(n.gettext("a"), n.ngettext("s", "p", 1), n.pgettext("c", "m"), n.npgettext("c", "s", "p", 7))
class Upper(gettext.NullTranslations):
    def gettext(self, message):
        return message.upper()
    def ngettext(self, s, p, n):
        return (s if n == 1 else p).upper()
n.add_fallback(Upper())
n.add_fallback(gettext.NullTranslations())
print(n.gettext("fallback"), n.ngettext("one", "two", 2))
n.install()
print(_("installed"), builtins._ == n.gettext)
Upper().install(names=["ngettext", "bogus"])
print(_("again"), ngettext("x", "y", 1))
gettext.install("myapp", "/nonexistent/locale")
print(_("identity"))
del builtins._, builtins.ngettext
print(gettext.find("myapp", "/nonexistent/locale", ["de"]), gettext.find("myapp", "/nonexistent", ["de"], all=True))
print(gettext.Catalog is gettext.translation)
for e in ['n', 'n!=1', '(n', 'n)', 'n n', 'x', 'nn', '12ab',
          'n%10==1 && n%100!=11 ? 0 : n%10>=2 && n%10<=4 && (n%100<10 || n%100>=20) ? 1 : 2',
          'n ? : 1', '!n', '-n', 'n==1 ? 0 : n>2', '', 'n==0 ? 0 : n==1 ? 1 : n==2 ? 2 : 3',
          '(n>5)*2 + n/3 - 1', 'n && 5', 'n || 7', '!!n', '(((n)))', 'n ? 1', 'n ?']:
    try:
        f = gettext.c2py(e)
        print(repr(e), [f(i) for i in (0, 1, 2, 3, 5, 11, 21, 22, 25, 111)])
    except ValueError as ex:
        print(repr(e), "ValueError", ex)
f = gettext.c2py("n != 1")
for bad in ["1", None, [1]]:
    try:
        f(bad)
    except TypeError as ex:
        print("TypeError", ex)
try:
    gettext.c2py("n" * 1001)
except ValueError as ex:
    print(ex)
