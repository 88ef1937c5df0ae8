class Settings:
    DEBUG = True
    LEVEL = "high"
    LIMIT = int(LEVEL)
