try:
    raise ExceptionGroup('eg', [ValueError(1)])
except* ValueError as e:
    raise e.exceptions[0]
