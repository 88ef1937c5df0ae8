"""The accelerated pickle names (here the same objects as in `pickle`)."""

from pickle import (PickleError, PicklingError, UnpicklingError, Pickler,
                    Unpickler, PickleBuffer, dump, dumps, load, loads)
