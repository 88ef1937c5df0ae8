import random, sys
import xml.etree.ElementTree as ET
rng = random.Random(20261127)
frags = ["<a>", "</a>", "<b x='1'>", "</b>", "<c/>", "text", " ", "\n", "&amp;", "&lt;", "&#65;", "&#x42;",
         "&bad;", "&", "<", ">", "]]>", "<!-- c -->", "<!--", "-->", "<?pi x?>", "<![CDATA[d]]>", "<![CDATA[",
         "'", '"', "=", "<a b='2' b='3'>", "<p:q>", "</p:q>", "<r xmlns:p='u'>", "</r>", "<?xml version='1.0'?>",
         "<!DOCTYPE a>", "\t", "é", "<a\n>", "</a\n>", "<d y=\"&lt;\">", "</d>", "\r\n", "x", "<e z='a&#10;b'/>"]
for n in range(400):
    doc = "".join(rng.choice(frags) for _ in range(rng.randrange(1, 8)))
    if rng.random() < 0.5:
        doc = "<root>" + doc + "</root>"
    try:
        r = ET.fromstring(doc)
        out = ET.tostring(r, encoding="unicode")
    except ET.ParseError as e:
        out = "ERR %s %s %s" % (e, e.code, e.position)
    print(repr(doc), out)
