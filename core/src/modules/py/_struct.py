"""The accelerator name of struct (wasipy: the builtin struct module does the work)."""

from struct import (Struct, calcsize, error, iter_unpack, pack, pack_into, unpack,
                    unpack_from, _clearcache)
