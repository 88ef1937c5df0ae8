import importlib
try:
    importlib.nothing
except AttributeError as e:
    print('AttributeError', e)
import importlib.util
print(importlib.util.resolve_name('.b', 'a'))
m = importlib.import_module('json.decoder')
print(m.__name__, m is importlib.import_module('.decoder', 'json'))
print(importlib.import_module('collections.abc').__name__)
