# xml.parsers.expat: the exception and error constants, and a basic ParserCreate()
# driving the handlers from xml.etree's tokenizer.

version_info = (2, 5, 0)
EXPAT_VERSION = "expat_2.5.0"
native_encoding = "UTF-8"


class ExpatError(Exception):
    pass


error = ExpatError


class _Handlers:
    def __init__(self, parser):
        self._p = parser

    def start(self, tag, attrib):
        h = self._p.StartElementHandler
        if h is not None:
            if self._p.ordered_attributes:
                flat = []
                for k, v in attrib.items():
                    flat += [k, v]
                h(tag, flat)
            else:
                h(tag, dict(attrib))

    def end(self, tag):
        h = self._p.EndElementHandler
        if h is not None:
            h(tag)

    def data(self, data):
        h = self._p.CharacterDataHandler
        if h is not None:
            h(data)

    def comment(self, text):
        h = self._p.CommentHandler
        if h is not None:
            h(text)

    def pi(self, target, data):
        h = self._p.ProcessingInstructionHandler
        if h is not None:
            h(target, data)

    def start_ns(self, prefix, uri):
        h = self._p.StartNamespaceDeclHandler
        if h is not None:
            h(prefix or None, uri)

    def end_ns(self, prefix):
        h = self._p.EndNamespaceDeclHandler
        if h is not None:
            h(prefix or None)


class _Parser:
    def __init__(self, encoding, namespace_separator):
        from xml.etree.ElementTree import XMLParser
        self._sep = namespace_separator
        self.StartElementHandler = None
        self.EndElementHandler = None
        self.CharacterDataHandler = None
        self.CommentHandler = None
        self.ProcessingInstructionHandler = None
        self.StartNamespaceDeclHandler = None
        self.EndNamespaceDeclHandler = None
        self.ordered_attributes = False
        self.buffer_text = False
        self.ErrorCode = 0
        self.ErrorLineNumber = 1
        self.ErrorColumnNumber = 0
        self._xp = XMLParser(target=_Handlers(self), encoding=encoding)
        self._xp._ns = namespace_separator is not None
        self._xp._chunks = True
        if namespace_separator is not None:
            self._xp._ns_sep = namespace_separator

    def Parse(self, data, isfinal=False):
        from xml.etree.ElementTree import ParseError
        try:
            if data:
                self._xp.feed(data)
            if isfinal:
                self._xp.close()
        except ParseError as e:
            err = ExpatError(str(e))
            err.code = e.code
            err.lineno, err.offset = e.position
            self.ErrorCode = e.code
            self.ErrorLineNumber, self.ErrorColumnNumber = e.position
            raise err from None
        return 1

    def ParseFile(self, file):
        self.Parse(file.read(), True)
        return 1


def ParserCreate(encoding=None, namespace_separator=None):
    return _Parser(encoding, namespace_separator)


_MESSAGES = {
    2: "syntax error", 3: "no element found", 4: "not well-formed (invalid token)",
    5: "unclosed token", 7: "mismatched tag", 8: "duplicate attribute",
    9: "junk after document element", 11: "undefined entity",
    14: "reference to invalid character number", 17: "XML or text declaration not at start "
    "of entity", 18: "unknown encoding", 20: "unclosed CDATA section", 27: "unbound prefix",
    28: "must not undeclare prefix",
}


def ErrorString(code):
    return _MESSAGES.get(code)
