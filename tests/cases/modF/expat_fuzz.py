import random, sys
import xml.parsers.expat as expat
rng = random.Random(4404)
frags = ["<a", "<b", "<p:c", "<d", " ", "\n", "x='1'", 'y="2"', "x='3'", "xmlns='u'", "xmlns:p='v'", "xmlns:q=''",
         "p:z='4'", "q:w='5'", "=", "'", '"', ">", "/>", "/", "</a>", "</b>", "</p:c>", "</d>", "t", "&amp;", "&#1;", "&#x10FFFF;",
         "&#xD800;", "&#9;", "<!--x-->", "<?t d?>", "<?xml-x?>", "<?x", "<?", "?>", "&lt", "a='&quot;'", "a='<'", "a='\t'",
         "é", "\u00b7", "1", ":", "-", "xml:lang='en'", "<:e", "<a:", ":x='1'"]
for n in range(300):
    doc = "".join(rng.choice(frags) for _ in range(rng.randrange(1, 10)))
    if rng.random() < 0.6:
        doc = "<root>" + doc + "</root>"
    log = []
    p = expat.ParserCreate()
    p.StartElementHandler = lambda n, a: log.append(("s", n, a))
    p.EndElementHandler = lambda n: log.append(("e", n))
    p.CharacterDataHandler = lambda d: log.append(d)
    try:
        p.Parse(doc, True)
        out = log
    except expat.ExpatError as e:
        out = "ERR %s %s %s %s %s" % (e, e.code, e.lineno, e.offset, log)
    print(repr(doc), out)
