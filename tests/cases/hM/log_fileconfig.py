import logging, logging.config, io, sys
old = logging.getLogger("old.module"); old_child = logging.getLogger("keep.child")
cfg = """
[loggers]
keys=root,keep

[handlers]
keys=console

[formatters]
keys=simple

[logger_root]
level=WARNING
handlers=console

[logger_keep]
level=DEBUG
handlers=console
qualname=keep
propagate=0

[handler_console]
class=StreamHandler
level=DEBUG
formatter=simple
args=(sys.stdout,)

[formatter_simple]
format=%(name)s - %(levelname)s - %(message)s
datefmt=
"""
logging.config.fileConfig(io.StringIO(cfg))
print(old.disabled, old_child.disabled, old_child.level, logging.getLogger("keep").level, logging.getLogger("keep").propagate)
logging.getLogger("keep").debug("keep debug"); logging.getLogger("keep.child").info("child info"); logging.getLogger("new").warning("new warn"); old.error("old is disabled")
logging.getLogger().info("root info hidden")
class Upper(logging.Filter):
    def __init__(self, prefix=""): super().__init__(); self.prefix = prefix
    def filter(self, r): r.msg = self.prefix + str(r.msg).replace("l", "L"); return True
def make_handler(stream, level="INFO"):
    h = logging.StreamHandler(stream); h.setLevel(level); return h
config = {
    "version": 1,
    "formatters": {"f": {"format": "%(levelname)s|%(message)s"}, "custom": {"()": logging.Formatter, "fmt": "CUSTOM %(message)s"}},
    "filters": {"up": {"()": Upper, "prefix": ">"}, "named": {"name": "svc"}},
    "handlers": {"h": {"()": make_handler, "stream": "ext://sys.stdout", "level": "DEBUG", "formatter": "f", "filters": ["up"]},
                 "c": {"class": "logging.StreamHandler", "stream": "cfg://handlers.h.stream", "formatter": "custom", ".": {"terminator": "!\n"}}},
    "loggers": {"svc": {"handlers": ["h", "c"], "level": "DEBUG", "filters": ["named"]}},
}
config["handlers"]["c"]["stream"] = "ext://sys.stdout"
logging.config.dictConfig(config)
print(old_child.disabled, logging.getLogger("keep").disabled, logging.getLogger("new").disabled)
s = logging.getLogger("svc"); s.info("hello"); s.debug("dbg %d", 5)
print(sorted(config), type(config["handlers"]["h"]).__name__, [h.name for h in s.handlers])
logging.config.dictConfig({"version": 1, "incremental": True, "loggers": {"svc": {"level": "ERROR"}}})
s.warning("hidden now"); s.error("err shown"); print(len(s.handlers))
for bad in [{}, {"version": 1, "formatters": {"x": {"format": "%(bad", "style": "%"}}}, {"version": 1, "filters": {"f": {"()": "no.such.thing"}}},
            {"version": 1, "loggers": {"a": {"handlers": ["missing"]}}}, {"version": 1, "root": {"level": "NOPE"}},
            {"version": 1, "handlers": {"h": {"class": "logging.StreamHandler", "formatter": "nope"}}}, {"version": 1, "incremental": True, "handlers": {"zz": {}}}]:
    try: logging.config.dictConfig(bad); print("ok")
    except Exception as e: print(type(e).__name__, e, "| cause:", type(e.__cause__).__name__ if e.__cause__ else None)
print(logging.config.valid_ident("abc"))
try: logging.config.valid_ident("1x")
except ValueError as e: print(e)
