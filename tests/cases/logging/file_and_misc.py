# logging to a file via basicConfig, captureWarnings, stack_info, stacklevel, funcName/lineno,
# module-level exception(), BufferingFormatter.
import logging, sys, os, warnings
logging.basicConfig(filename="test_log_out.txt", filemode="w", level=logging.DEBUG,
                    format="%(levelname)s:%(message)s")
logging.debug("to file")
logging.info("second %s", "line")
h = logging.root.handlers[0]
print(type(h).__name__, h.baseFilename.endswith("test_log_out.txt"), h.mode, h.encoding)
logging.shutdown()
with open("test_log_out.txt") as f:
    print(f.read(), end="")
os.remove("test_log_out.txt")
logging.basicConfig(stream=sys.stdout, force=True, format="%(name)s %(levelname)s %(message)s")
logging.captureWarnings(True)
warnings.warn("captured warning")
logging.captureWarnings(False)
logging.getLogger("stack").warning("with stack", stack_info=True)
def f():
    logging.getLogger("lvl").error("stacklevel", stacklevel=2)
logging.root.handlers[0].setFormatter(logging.Formatter("%(funcName)s %(lineno)d %(message)s"))
def g():
    f()
g()
logging.exception("module level exception outside handler")
class C:
    def m(self):
        logging.warning("in method")
C().m()
logging.root.handlers[0].setFormatter(logging.Formatter("%(message)s"))
lg = logging.getLogger("bf")
from logging import BufferingFormatter
bf = BufferingFormatter()
r1 = logging.makeLogRecord({"msg": "one"}); r2 = logging.makeLogRecord({"msg": "two"})
print(repr(bf.format([r1, r2])), repr(bf.format([])))
print(logging.getLevelNamesMapping()["WARN"], logging.getLoggerClass().__name__)
