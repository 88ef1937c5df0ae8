"""The accelerator name of stat: its constants and S_IS* functions."""

import stat as _stat_mod

for _n in dir(_stat_mod):
    # (the Windows FILE_ATTRIBUTE_* constants are stat.py's own, not _stat's on Linux)
    if _n.startswith(("S_", "ST_", "SF_", "UF_")) or _n == "filemode":
        globals()[_n] = getattr(_stat_mod, _n)
del _n, _stat_mod
