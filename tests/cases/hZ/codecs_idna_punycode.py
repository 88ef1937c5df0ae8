print(b'ABC.com'.decode('idna'), 'ABC.com'.encode('idna'), 'abc'.encode('punycode'), ''.encode('punycode'), 'ü'.encode('punycode'), b'xn--mnchen-3ya.DE'.decode('idna'), 'straße.de'.encode('idna'), 'a.b.'.encode('idna'), ''.encode('idna'), b'bcher-kva'.decode('punycode'), b'abc-'.decode('punycode'))
for bad in ['a..b', 'x'*64, 'xn--ü']:
    try: print(bad.encode('idna'))
    except UnicodeError as e: print(type(e).__name__, e)
for bad in [b'xn--!!!']:
    try: print(bad.decode('punycode'))
    except Exception as e: print(type(e).__name__, e)
import codecs; i = codecs.lookup('idna'); print(i.name, codecs.lookup('punycode').name)
print('日本語.jp'.encode('idna'), 'Ünicode'.encode('idna'), 'ÜNICODE.COM'.encode('idna'), 'münchen.de'.encode('idna'), 'bücher'.encode('punycode'))
for w in ['Bahnhof', 'mañana', 'ジャパン', 'Ελληνικά', 'россия', 'αβγ-δ', 'a-b', '😀x', 'Z\u00fcrich-Z\u00fcrich']:
    e = w.encode('punycode'); print(w, e, e.decode('punycode') == w)
for host in ['пример.испытание', 'bücher.example.', 'faß.de', 'ＡＢＣ．com', 'xn--bcher-kva.example']:
    try:
        e = host.encode('idna'); print(host, e, e.decode('idna'))
    except UnicodeError as ex:
        print(host, type(ex).__name__, ex)
print(codecs.encode('bücher', 'punycode'), codecs.decode(b'xn--bcher-kva', 'idna'))
