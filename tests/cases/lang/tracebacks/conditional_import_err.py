try:
    import zzz_missing
except ImportError:
    raise RuntimeError("fallback failed")
