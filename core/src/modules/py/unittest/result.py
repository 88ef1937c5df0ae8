"""Test result object (defined in the unittest package; re-exported here)."""
from unittest import TestResult
