"""Running tests (defined in the unittest package; re-exported here)."""
from unittest import TextTestResult, TextTestRunner, _WritelnDecorator
