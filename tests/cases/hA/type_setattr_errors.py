class E: pass
for a in ['__name__','__qualname__','__doc__','__module__','__bases__']:
    try: setattr(E,a,5)
    except Exception as e: print(type(e).__name__, e)
try: E.__bases__ = ()
except Exception as e: print(type(e).__name__, e)
try: del E.__name__
except Exception as e: print(type(e).__name__, e)
try: int.x = 1
except Exception as e: print(type(e).__name__, e)
try: E.__name__ = 'a\0b'
except Exception as e: print(type(e).__name__, e)
