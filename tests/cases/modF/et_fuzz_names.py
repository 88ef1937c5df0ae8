import random, sys
import xml.etree.ElementTree as ET
rng = random.Random(112026)
frags = ["<a", "<b", "<p:c", "<d", " ", "\n", "x='1'", 'y="2"', "x='3'", "xmlns='u'", "xmlns:p='v'", "xmlns:q=''",
         "p:z='4'", "q:w='5'", "=", "'", '"', ">", "/>", "/", "</a>", "</b>", "</p:c>", "</d>", "t", "&amp;", "&#1;", "&#x10FFFF;",
         "&#xD800;", "&#9;", "<!--x-->", "<?t d?>", "<?xml-x?>", "<?x", "<?", "?>", "&lt", "a='&quot;'", "a='<'", "a='\t'",
         "é", "\u00b7", "1", ":", "-", "xml:lang='en'", "<:e", "<a:", ":x='1'"]
for n in range(400):
    doc = "".join(rng.choice(frags) for _ in range(rng.randrange(1, 10)))
    if rng.random() < 0.6:
        doc = "<root>" + doc + "</root>"
    try:
        r = ET.fromstring(doc)
        out = ET.tostring(r, encoding="unicode")
    except ET.ParseError as e:
        out = "ERR %s %s %s" % (e, e.code, e.position)
    print(repr(doc), out)
