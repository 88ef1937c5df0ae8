import logging, warnings
logging.basicConfig(format="%(levelname)s:%(name)s:%(message)s")
logging.captureWarnings(True)
warnings.warn("captured by logging")
logging.captureWarnings(False)
warnings.warn("back to stderr")
