# basicConfig: format, level, stream, style, force; the module-level helpers.
import io
import logging
import sys

logging.basicConfig(stream=sys.stdout, level=logging.INFO,
                    format="%(levelname)s:%(name)s:%(message)s")
logging.debug("not shown")
logging.info("info %s", "shown")
logging.warning("warn")
logging.error("err %d%%", 5)
logging.critical("crit")
logging.log(logging.INFO, "via log")
logging.basicConfig(format="IGNORED %(message)s")
logging.info("still old format")
print(len(logging.root.handlers), logging.root.level)

buf = io.StringIO()
logging.basicConfig(stream=buf, format="{levelname}|{name}|{message}", style="{",
                    level="DEBUG", force=True)
logging.debug("brace style")
logging.getLogger("x.y").info("child %s", "msg")
print(buf.getvalue(), end="")

buf2 = io.StringIO()
logging.basicConfig(stream=buf2, format="$levelname/${name}: $message", style="$",
                    force=True)
logging.warning("dollar style")
print(buf2.getvalue(), end="")

for kwargs in ({"stream": sys.stdout, "filename": "x.log"}, {"style": "?"},
               {"bogus": 1, "force": True}, {"format": "no fields", "force": True},
               {"handlers": [logging.StreamHandler()], "stream": sys.stdout}):
    try:
        logging.basicConfig(**kwargs)
    except ValueError as e:
        print("ValueError:", e)
