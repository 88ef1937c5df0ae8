import copy
import xml.etree.ElementTree as ET


def r(e):
    return repr(e).split(" at ")[0]


root = ET.Element("root", {"a": "1"}, b="2")
print(r(root), root.tag, root.attrib, root.text, root.tail, len(root))
c1 = ET.SubElement(root, "child", name="one")
c1.text = "hello"
c1.tail = "\n"
c2 = ET.SubElement(root, "child", {"name": "two"})
c3 = ET.Element("other")
root.append(c3)
root.insert(0, ET.Element("first"))
print([e.tag for e in root], len(root), r(root[1]), [r(x) for x in root[1:3]])
print(root.get("a"), root.get("zz"), root.get("zz", "dflt"), sorted(root.keys()), sorted(root.items()))
root.set("c", "3")
print(root.attrib)
root.remove(c3)
print([e.tag for e in root])
root.extend([ET.Element("x"), ET.Element("y")])
del root[-1]
root[0] = ET.Element("zero")
print([e.tag for e in root], bool(ET.Element("q")), bool(root))
print([e.tag for e in root.iter()], [e.tag for e in root.iter("child")], [e.tag for e in root.iter("*")])
print(list(root.itertext()))
print(ET.iselement(root), ET.iselement("x"))
shallow = copy.copy(root)
deep = copy.deepcopy(root)
print(shallow[1] is root[1], deep[1] is root[1], deep[1].text, deep.attrib == root.attrib)
m = root.makeelement("made", {"k": "v"})
print(r(m), m.attrib, len(root))
root.clear()
print(root.attrib, len(root), root.text)

for f in [lambda: root[5], lambda: root.__delitem__(3), lambda: root.remove(ET.Element("b")),
          lambda: root.append("x"), lambda: ET.Element("a", "x"), lambda: root.insert(0, 5),
          lambda: root.extend(["x"]), lambda: ET.SubElement("x", "y"),
          lambda: root.__setitem__(0, 1)]:
    try:
        f()
    except Exception as ex:
        print(type(ex).__name__, ex)

c = ET.Comment("a comment")
p = ET.PI("target", "some data")
print(c.tag is ET.Comment, c.text, p.tag is ET.PI, p.text, ET.ProcessingInstruction is ET.PI)
q = ET.QName("http://u", "tag")
print(q, repr(q), q.text, q == "{http://u}tag", q == ET.QName("{http://u}tag"), hash(q) == hash("{http://u}tag"))
print(ET.QName("a") < ET.QName("b"), ET.QName("plain").text)
