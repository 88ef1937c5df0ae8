import xml.etree.ElementTree as ET

doc = """<lib>
  <book id="1" lang="en"><title>Alpha</title><year>2001</year><tag>x</tag></book>
  <book id="2" lang="fr"><title>Beta</title><year>2005</year></book>
  <shelf><book id="3"><title>Gamma</title></book><book id="4" lang="en"><title>Delta</title></book></shelf>
  <mag id="5"><title>Zeta</title></mag>
</lib>"""
root = ET.fromstring(doc)


def ids(lst):
    return [e.get("id") or e.tag for e in lst]


for path in ["book", "book/title", "*", "*/title", ".//book", ".//title", "./book",
             ".", "book[@lang]", "book[@lang='en']", ".//book[@lang='en']",
             "book[@lang!='en']", ".//book[title='Gamma']", ".//book[title!='Gamma']",
             "book[tag]", "book[1]", "book[2]", "book[3]", "book[last()]", "book[last()-1]",
             ".//book[.='Delta']", ".//title/..", "shelf/book/..", "..", "shelf//title",
             ".//*[@id='5']", "book/", "shelf/*[2]", ".//year", "*[@id]", "{*}book",
             "book[@id='1'][year]"]:
    print(path, ids(root.findall(path)))

print(root.find("book").get("id"), root.find("nothing"), root.find(".//mag/title").text)
print(root.findtext("book/title"), repr(root.findtext("book")), root.findtext("nope"),
      root.findtext("nope", "default"))
print(ids(root.iterfind(".//book")))
it = root.iterfind("book")
print(type(it).__name__ != "list", next(it).get("id"))

for bad in ["/book", "book[@id=1]", "book[0]", "book[last()+1]", "book[last()-0]"]:
    try:
        print(root.findall(bad))
    except SyntaxError as e:
        print(bad, "->", type(e).__name__, e)

tree = ET.ElementTree(root)
print(ids(tree.findall("book")), tree.find("book/title").text, tree.findtext("mag/title"))
import warnings
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    print(ids(tree.findall("//title")))
    print(w[0].category.__name__, str(w[0].message))
print([e.tag for e in tree.iter("title")][:2], len(list(tree.iter())))

ns = ET.fromstring('<r xmlns="urn:a" xmlns:b="urn:b"><x/><b:y/><b:x/><z xmlns=""/></r>')
print([e.tag for e in ns])
print(ids(ns.findall("{urn:a}x")), ids(ns.findall("p:y", {"p": "urn:b"})), ids(ns.findall("x", {"": "urn:a"})))
print(ids(ns.findall("{*}x")), ids(ns.findall("{urn:b}*")), ids(ns.findall("{}*")), ids(ns.findall("{*}*")))
try:
    ns.findall("q:x", {"p": "urn:b"})
except SyntaxError as e:
    print("SyntaxError", e)
