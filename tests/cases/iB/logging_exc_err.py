import logging
logging.basicConfig(level=logging.DEBUG, format="%(levelname)s|%(name)s|%(funcName)s|%(lineno)d|%(message)s")
log = logging.getLogger("app")
def risky(x):
    return 10 / x
try:
    risky(0)
except ZeroDivisionError:
    log.exception("failed with %d", 0)
try:
    {}["k"]
except KeyError as e:
    log.error("key problem", exc_info=True)
    log.warning("with exc obj", exc_info=e)
def deep():
    log.info("stack here", stack_info=True)
deep()
log.critical("no exc", exc_info=False)
try:
    try:
        1 / 0
    except ZeroDivisionError as z:
        raise ValueError("wrapped") from z
except ValueError:
    log.exception("chained")
log.debug("end")
