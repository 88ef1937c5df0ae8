import io
from xml.dom import minidom, Node
import xml.dom


def r(x):
    return repr(x).split(" at ")[0]


d = minidom.parseString('<root a="1" b="x&amp;&quot;y">\n  <b>text &gt; here</b>\n'
                        '  <!-- c --><c/><?pi data?><b k="2">second</b></root>')
e = d.documentElement
print(r(e), r(e.firstChild), r(d.getElementsByTagName("b")[0].firstChild))
print(d.toxml())
print(d.toprettyxml())
print(d.toprettyxml(indent="  ", encoding="utf-8"))
print(e.toxml())
print(d.toxml(encoding="utf-8"))
print(d.toxml(standalone=True))
print(e.attributes.items(), repr(e.getAttribute("zz")), e.attributes["a"].value,
      e.attributes.length, e.childNodes.length, type(e.childNodes).__name__)
print(e.nodeType == Node.ELEMENT_NODE, e.nodeName, e.tagName, e.nodeValue, e.firstChild.nodeName,
      e.firstChild.nodeType, d.nodeType, d.nodeName)
bs = d.getElementsByTagName("b")
print(len(bs), bs.length, [b.firstChild.data for b in bs], bs[1].getAttribute("k"),
      len(d.getElementsByTagName("*")), bs.item(9))
print([r(n) for n in e.childNodes])
first = e.firstChild
print(r(first.nextSibling), first.previousSibling, first.parentNode is e, e.lastChild.tagName)
pi = e.childNodes[5]
print(pi.target, pi.data, pi.nodeType, r(e.childNodes[2]), e.childNodes[2].data)

t = d.createTextNode("a long text node value here")
print(r(t), t.length, t.nodeValue)
new = d.createElement("new")
new.setAttribute("x", 'q"<>&')
new.appendChild(d.createTextNode("5 < 6 & 7"))
e.appendChild(new)
e.insertBefore(d.createElement("pre"), e.firstChild)
old = e.replaceChild(d.createElement("swapped"), d.getElementsByTagName("c")[0])
print(r(old), old.parentNode)
e.removeChild(e.childNodes[1])
print(e.toxml())
print(new.hasAttribute("x"), new.hasAttribute("y"), new.hasChildNodes(), new.ownerDocument is d)
new.removeAttribute("x")
print(new.toxml())
clone = e.cloneNode(True)
shallow = e.cloneNode(False)
print(clone.toxml() == e.toxml(), shallow.toxml())
doc = minidom.Document()
top = doc.createElement("top")
doc.appendChild(top)
top.appendChild(doc.createComment(" generated "))
item = doc.createElement("item")
item.appendChild(doc.createTextNode("one"))
item.appendChild(doc.createTextNode("two"))
top.appendChild(item)
print(doc.toprettyxml(indent="  "))
item.normalize()
print(len(item.childNodes), item.firstChild.data)

for f in [lambda: e.removeChild(d.createElement("x")),
          lambda: doc.appendChild(doc.createElement("z")),
          lambda: doc.createComment("a--b").toxml(),
          lambda: e.attributes["nope"]]:
    try:
        f()
    except Exception as ex:
        print(type(ex).__name__, ex, isinstance(ex, xml.dom.DOMException))
try:
    minidom.parseString("<a>\n</b>")
except Exception as ex:
    print(type(ex).__module__, type(ex).__name__, ex)
print(minidom.parse(io.BytesIO(b"<x><y>z</y></x>")).documentElement.firstChild.firstChild.data)
ns = minidom.parseString('<p:r xmlns:p="urn:p"><p:s/></p:r>')
print(ns.documentElement.tagName, ns.documentElement.localName, ns.documentElement.attributes.items())
print(ns.toxml())
