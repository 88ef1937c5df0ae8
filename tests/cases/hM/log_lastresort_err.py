import logging
log = logging.getLogger(__name__)
log.warning("no config: last resort %s", "handler")
log.info("not shown")
log.error("error shown")
logging.getLogger("a.b").critical("crit %d", 5)
def divide(a, b):
    try:
        return a / b
    except ZeroDivisionError:
        log.exception("divide failed for %r/%r", a, b)
        raise
logging.basicConfig(level=logging.DEBUG, format="%(asctime)s" if False else "[%(levelname)s] %(name)s.%(funcName)s:%(lineno)d %(message)s")
log.debug("after basicConfig")
logging.info("root info")
try:
    divide(1, 0)
except ZeroDivisionError:
    pass
log.error("with exc_info", exc_info=True)
log.warning("stack info", stack_info=True)
def inner(): log.info("stacklevel test", stacklevel=2)
def outer(): inner()
outer()
log.error("exc instance", exc_info=ValueError("given"))
try:
    raise KeyError("k")
except KeyError as e:
    log.error("exc tuple", exc_info=(type(e), e, e.__traceback__))
divide(2, 0)
