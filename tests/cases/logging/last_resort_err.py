# Without configuration: warnings and above go to stderr as bare messages (lastResort).
import logging

log = logging.getLogger("app.module")
log.debug("debug hidden")
log.info("info hidden")
log.warning("a warning %s", "here")
log.error("an error: %d", 42)
log.critical("critical!")
log.log(35, "custom level 35")
print(logging.lastResort, logging.root.handlers, log.handlers)
try:
    {}["k"]
except KeyError:
    log.exception("failed lookup")
logging.lastResort = None
log.warning("nowhere to go")
log.warning("only once")
