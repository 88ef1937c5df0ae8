"""Loading unittests (defined in the unittest package; re-exported here)."""
from unittest import TestLoader, defaultTestLoader
