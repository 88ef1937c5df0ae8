"""TestSuite (defined in the unittest package; re-exported here)."""
from unittest import BaseTestSuite, TestSuite, _ErrorHolder, _DebugResult
