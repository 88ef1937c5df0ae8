from urllib.parse import urlparse, urlunparse, urlsplit, urljoin, quote, unquote, quote_plus, unquote_plus, urlencode, parse_qs, parse_qsl, urldefrag
u = urlparse("https://user:pw@example.com:8080/a/b;p?q=1&r=2#frag")
print(u, u.scheme, u.netloc, u.hostname, u.port, u.username, u.password, u.path, u.params, u.query, u.fragment)
print(urlunparse(u), u.geturl(), u._replace(scheme="http").geturl())
print(urlsplit("//host/path?x"), urlsplit("mailto:a@b.c"), urlparse("file:///etc/x"))
for base, rel in (("http://a/b/c/d;p?q", "g"), ("http://a/b/c/d;p?q", "../g"), ("http://a/b/c/d;p?q", "//g"), ("http://a/b/c/d;p?q", "?y"), ("http://a/b/c/d;p?q", "#s"), ("http://a/b/c/d;p?q", "../../../g"), ("http://a/b/", "http://other/x")):
    print(urljoin(base, rel))
print(quote("a b/c?d=é"), quote("a b/c", safe=""), quote_plus("a b&c"), unquote("%C3%A9%20x"), unquote_plus("a+b%2B"), quote(b"\xff"))
print(urlencode({"a": 1, "b": "x y", "c": ["1", "2"]}), urlencode({"c": ["1", "2"]}, doseq=True), urlencode([("k", "v&")]))
print(parse_qs("a=1&b=2&a=3&e="), parse_qs("e=", keep_blank_values=True), parse_qsl("x=1;y=2&z"), parse_qsl("z", keep_blank_values=True))
print(urldefrag("http://x/y#frag"), urlparse("http://[::1]:80/").hostname, urlparse("HTTP://EXAMPLE.com").hostname)
try:
    urlparse("http://x:badport/").port
except ValueError as e:
    print(e)
