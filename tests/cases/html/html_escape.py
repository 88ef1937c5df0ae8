import html
import html.entities as E

print(html.escape('<a href="x">Tom & \'Jerry\'</a>'))
print(html.escape('<a href="x">Tom & \'Jerry\'</a>', quote=False), html.escape(''))
print(html.__all__)
tests = [
    '', 'plain', '&amp;&lt;&gt;&quot;&apos;&#39;&#x27;', '&amp', '&ampx', '&amp;x', '&notit;',
    '&notin;', '&not', '&notx', '&AElig &AElig; &aelig', '&fjlig; &NotEqualTilde; &bne;',
    '&#65;&#x41;&#X41;&#065;&#65', '&#0;&#13;&#128;&#129;&#150;&#159;&#160;',
    '&#1;&#11;&#12;&#127;&#xfdd0;&#xfffe;&#x1ffff;&#x10ffff;', '&#xd800;&#x110000;&#99999999999;',
    '& &; &#; &#x; &#xg; &#a;', '&unknown; &zzzz', '&lt&gt', '&LT;&Gt;&gt', '&ThinSpace;x',
    'a&b&c;&', '&' + 'a' * 40 + ';', '&Aacute&aacute', '&copy2023', '&#x1F600;&#128512;',
    '&\t&\n&<', '&amp;amp;', 'x&#59;',
]
for t in tests:
    print(repr(t), ascii(html.unescape(t)))
print(len(E.html5), len(E.name2codepoint), len(E.codepoint2name), len(E.entitydefs))
print(E.html5['amp;'], E.html5['amp'], E.name2codepoint['lang'], E.codepoint2name[0x2329],
      E.entitydefs['nbsp'] == '\xa0', ascii(E.html5['NotEqualTilde;']))
print(list(E.html5)[:8], list(E.name2codepoint)[:8], sorted(E.__all__))
print(sum(len(v) for v in E.html5.values()), sum(map(ord, ''.join(E.html5.values()))))
print(sum(E.name2codepoint.values()), ''.join(sorted(E.html5))[:200])
