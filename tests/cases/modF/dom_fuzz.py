import random, sys
import xml.etree.ElementTree as ET
from xml.dom import minidom
from xml.parsers.expat import ExpatError
rng = random.Random(3303)
frags = ["<a", "<b", "<p:c", "<d", " ", "\n", "x='1'", 'y="2"', "x='3'", "xmlns='u'", "xmlns:p='v'", "xmlns:q=''",
         "p:z='4'", "q:w='5'", "=", "'", '"', ">", "/>", "/", "</a>", "</b>", "</p:c>", "</d>", "t", "&amp;", "&#1;", "&#x10FFFF;",
         "&#xD800;", "&#9;", "<!--x-->", "<?t d?>", "<?xml-x?>", "<?x", "<?", "?>", "&lt", "a='&quot;'", "a='<'", "a='\t'",
         "é", "\u00b7", "1", ":", "-", "xml:lang='en'", "<:e", "<a:", ":x='1'"]
for n in range(300):
    doc = "".join(rng.choice(frags) for _ in range(rng.randrange(1, 10)))
    if rng.random() < 0.6:
        doc = "<root>" + doc + "</root>"
    try:
        r = minidom.parseString(doc)
        out = r.toxml()
    except ExpatError as e:
        out = "ERR %s %s %s %s" % (e, e.code, e.lineno, e.offset)
    print(repr(doc), out)
