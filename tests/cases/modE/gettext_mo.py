import gettext
import os
import struct
import tempfile

def make_mo(entries, big_endian=False):
    # entries: list of (msgid bytes, msgstr bytes), sorted by msgid
    entries = sorted(entries)
    fmt = ">" if big_endian else "<"
    n = len(entries)
    orig_off = 28
    trans_off = orig_off + 8 * n
    data_off = trans_off + 8 * n
    ids = b""
    strs = b""
    otab = []
    ttab = []
    for k, v in entries:
        otab.append((len(k), data_off + len(ids)))
        ids += k + b"\0"
    base = data_off + len(ids)
    for k, v in entries:
        ttab.append((len(v), base + len(strs)))
        strs += v + b"\0"
    out = struct.pack(fmt + "7I", 0x950412de, 0, n, orig_off, trans_off, 0, 0)
    for l, o in otab:
        out += struct.pack(fmt + "II", l, o)
    for l, o in ttab:
        out += struct.pack(fmt + "II", l, o)
    return out + ids + strs

header = ("Project-Id-Version: demo 1.0\nContent-Type: text/plain; charset=UTF-8\n"
          "Language: de\n"
          "Plural-Forms: nplurals=2; plural=(n != 1);\n").encode()
entries = [
    (b"", header),
    (b"Hello", "Hallo".encode()),
    (b"Goodbye", "Auf Wiedersehen".encode()),
    (b"apple\0apples", "Apfel\0\xc3\x84pfel".encode("latin-1").decode("utf-8").encode()),
    (b"menu\x04Open", b"\xc3\x96ffnen"),
    (b"menu\x04file\0files", b"Datei\0Dateien"),
]
root = tempfile.mkdtemp()
os.makedirs(os.path.join(root, "de", "LC_MESSAGES"))
os.makedirs(os.path.join(root, "fr_FR", "LC_MESSAGES"))
with open(os.path.join(root, "de", "LC_MESSAGES", "demo.mo"), "wb") as f:
    f.write(make_mo(entries))
fr_header = b"Content-Type: text/plain; charset=UTF-8\nPlural-Forms: nplurals=2; plural=(n > 1);\n"
with open(os.path.join(root, "fr_FR", "LC_MESSAGES", "demo.mo"), "wb") as f:
    f.write(make_mo([(b"", fr_header), (b"Hello", b"Bonjour"), (b"apple\0apples", b"pomme\0pommes")],
                    big_endian=True))

t = gettext.translation("demo", root, languages=["de_DE.UTF-8"])
print(type(t).__name__, t.charset(), sorted(t.info().items()))
print(t.gettext("Hello"), t.gettext("Goodbye"), t.gettext("Missing"))
print([t.ngettext("apple", "apples", k) for k in (0, 1, 2)], t.ngettext("pear", "pears", 3))
print(t.pgettext("menu", "Open"), t.pgettext("other", "Open"), t.npgettext("menu", "file", "files", 1),
      t.npgettext("menu", "file", "files", 4), t.npgettext("x", "file", "files", 1))
print(gettext.find("demo", root, ["de_DE.UTF-8"]).replace(root, "ROOT"))
print([p.replace(root, "ROOT") for p in gettext.find("demo", root, ["fr_FR", "de"], all=True)])
f = gettext.translation("demo", root, languages=["fr_FR", "de"])
print(f.gettext("Hello"), f.gettext("Goodbye"), [f.ngettext("apple", "apples", k) for k in (0, 1, 2)])
print(gettext.translation("demo", root, languages=["de"]) is not t)
gettext.bindtextdomain("demo", root)
os.environ["LANGUAGE"] = "de"
print(gettext.dgettext("demo", "Hello"), gettext.dngettext("demo", "apple", "apples", 2))
gettext.textdomain("demo")
print(gettext.gettext("Hello"), gettext.pgettext("menu", "Open"), gettext.npgettext("menu", "file", "files", 2))
gettext.install("demo", root)
print(_("Goodbye"))
bad = os.path.join(root, "bad.mo")
with open(bad, "wb") as fh:
    fh.write(b"\x00" * 40)
try:
    with open(bad, "rb") as fh:
        gettext.GNUTranslations(fh)
except OSError as e:
    print("OSError", e.args[:2])
with open(bad, "wb") as fh:
    fh.write(struct.pack("<7I", 0x950412de, 5 << 16, 0, 28, 28, 0, 0))
try:
    with open(bad, "rb") as fh:
        gettext.GNUTranslations(fh)
except OSError as e:
    print("OSError", e.args[:2])
