import random, sys
import xml.etree.ElementTree as ET
rng = random.Random(1)
frags = ["<a>", "</a>", "<b x='1'>", "</b>", "<c/>", "text", " ", "\n", "&amp;", "&lt;", "&#65;", "&#x42;",
         "&bad;", "&", "<", ">", "]]>", "<!-- c -->", "<!--", "-->", "<?pi x?>", "<![CDATA[d]]>", "<![CDATA[",
         "'", '"', "=", "<a b='2' b='3'>", "<p:q>", "</p:q>", "<r xmlns:p='u'>", "</r>", "<?xml version='1.0'?>",
         "<!DOCTYPE a>", "\t", "é", "<a\n>", "</a\n>", "<d y=\"&lt;\">", "</d>", "\r\n", "x", "<e z='a&#10;b'/>"]
frags += ["<p:c xmlns:p='v'>", "</p:c>", "\r", "\r\n", "&#x10FFFF;", "é", "€", "😀"]
for n in range(400):
    doc = "".join(rng.choice(frags) for _ in range(rng.randrange(1, 8)))
    if rng.random() < 0.6:
        doc = "<root>" + doc + "</root>"
    data = doc.encode("utf-8") if rng.random() < 0.5 else doc
    p = ET.XMLParser()
    cuts = []
    i = 0
    while i < len(data):
        k = rng.randrange(1, 6)
        cuts.append(data[i:i + k])
        i += k
    try:
        for c in cuts:
            p.feed(c)
        r = p.close()
        out = ET.tostring(r, encoding="unicode")
    except ET.ParseError as e:
        out = "ERR %s" % e
    print(repr(doc), out)
