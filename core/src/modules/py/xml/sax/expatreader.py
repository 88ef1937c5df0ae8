# The SAX driver on xml.parsers.expat.

from xml.parsers import expat
from . import xmlreader, handler
from ._exceptions import SAXParseException, SAXNotRecognizedException, \
    SAXNotSupportedException
from .xmlreader import AttributesImpl, AttributesNSImpl

version = "0.20"


class ExpatLocator(xmlreader.Locator):
    def __init__(self, parser):
        self._parser = parser

    def getColumnNumber(self):
        return self._parser._column()

    def getLineNumber(self):
        return self._parser._line()

    def getPublicId(self):
        return None

    def getSystemId(self):
        return self._parser._source.getSystemId()


class ExpatParser(xmlreader.IncrementalParser, xmlreader.Locator):
    def __init__(self, namespaceHandling=0, bufsize=2**16 - 20):
        xmlreader.IncrementalParser.__init__(self, bufsize)
        self._source = xmlreader.InputSource()
        self._parser = None
        self._namespaces = namespaceHandling
        self._lex_handler_prop = None
        self._parsing = False
        self._error_pos = None

    def parse(self, source):
        from . import saxutils
        source = saxutils.prepare_input_source(source)
        self._source = source
        try:
            self.reset()
            self._cont_handler.setDocumentLocator(ExpatLocator(self))
            xmlreader.IncrementalParser.parse(self, source)
        except:
            self._close_source()
            raise

    def prepareParser(self, source):
        pass

    def setContentHandler(self, handler):
        xmlreader.IncrementalParser.setContentHandler(self, handler)

    def getFeature(self, name):
        if name == handler.feature_namespaces:
            return self._namespaces
        if name in (handler.feature_validation, handler.feature_external_pes,
                    handler.feature_namespace_prefixes, handler.feature_external_ges,
                    handler.feature_string_interning):
            return 0
        raise SAXNotRecognizedException("Feature '%s' not recognized" % name)

    def setFeature(self, name, state):
        if self._parsing:
            raise SAXNotSupportedException("Cannot set features while parsing")
        if name == handler.feature_namespaces:
            self._namespaces = state
        elif name in (handler.feature_validation, handler.feature_external_pes,
                      handler.feature_namespace_prefixes, handler.feature_external_ges,
                      handler.feature_string_interning):
            if state:
                raise SAXNotSupportedException("expat does not support %s" % name)
        else:
            raise SAXNotRecognizedException("Feature '%s' not recognized" % name)

    def getProperty(self, name):
        if name == handler.property_lexical_handler:
            return self._lex_handler_prop
        raise SAXNotRecognizedException("Property '%s' not recognized" % name)

    def setProperty(self, name, value):
        if name == handler.property_lexical_handler:
            self._lex_handler_prop = value
            if self._parser is not None:
                self._parser.CommentHandler = value.comment if value else None
        else:
            raise SAXNotRecognizedException("Property '%s' not recognized" % name)

    def feed(self, data, isFinal=False):
        if not self._parsing:
            self.reset()
            self._parsing = True
            self._cont_handler.startDocument()
        try:
            self._parser.Parse(data, isFinal)
        except expat.error as e:
            self._error_pos = (e.lineno, e.offset)
            exc = SAXParseException(expat.ErrorString(e.code), e, self)
            self._err_handler.fatalError(exc)

    def _close_source(self):
        source = self._source
        try:
            file = source.getCharacterStream()
            if file is not None:
                file.close()
        finally:
            file = source.getByteStream()
            if file is not None:
                file.close()

    def close(self):
        if self._parser is None:
            return
        try:
            self.feed(b"", isFinal=True)
            self._cont_handler.endDocument()
            self._parsing = False
            self._parser = None
        finally:
            self._parsing = False
            if self._parser is not None:
                self._parser = None
            self._close_source()

    def reset(self):
        if self._namespaces:
            p = expat.ParserCreate(self._source.getEncoding(), " ")
            p.StartElementHandler = self._start_ns
            p.EndElementHandler = self._end_ns
            p.StartNamespaceDeclHandler = self._start_prefix
            p.EndNamespaceDeclHandler = self._end_prefix
        else:
            p = expat.ParserCreate(self._source.getEncoding())
            p.StartElementHandler = self._start
            p.EndElementHandler = self._end
        p.ProcessingInstructionHandler = self._cont_handler.processingInstruction
        p.CharacterDataHandler = self._cont_handler.characters
        if self._lex_handler_prop:
            p.CommentHandler = self._lex_handler_prop.comment
        self._parser = p
        self._parsing = False
        self._error_pos = None

    def _line(self):
        if self._error_pos is not None:
            return self._error_pos[0]
        return self._parser._xp._line if self._parser is not None else 1

    def _column(self):
        if self._error_pos is not None:
            return self._error_pos[1]
        return self._parser._xp._col if self._parser is not None else 0

    def getColumnNumber(self):
        return self._column()

    def getLineNumber(self):
        return self._line()

    def getPublicId(self):
        return self._source.getPublicId()

    def getSystemId(self):
        return self._source.getSystemId()

    def _start(self, name, attrs):
        self._cont_handler.startElement(name, AttributesImpl(attrs))

    def _end(self, name):
        self._cont_handler.endElement(name)

    def _split(self, name):
        pair = name.split(" ", 1)
        if len(pair) == 1:
            return (None, name)
        return tuple(pair)

    def _start_ns(self, name, attrs):
        newattrs = {}
        qnames = {}
        for aname, value in attrs.items():
            pair = self._split(aname)
            newattrs[pair] = value
            qnames[pair] = aname if pair[0] is None else pair[1]
        self._cont_handler.startElementNS(self._split(name), None,
                                          AttributesNSImpl(newattrs, qnames))

    def _end_ns(self, name):
        self._cont_handler.endElementNS(self._split(name), None)

    def _start_prefix(self, prefix, uri):
        self._cont_handler.startPrefixMapping(prefix, uri)

    def _end_prefix(self, prefix):
        self._cont_handler.endPrefixMapping(prefix)


def create_parser(*args, **kwargs):
    return ExpatParser(*args, **kwargs)
