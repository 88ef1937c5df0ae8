"""Test case implementation (defined in the unittest package; re-exported here)."""
from unittest import (TestCase, FunctionTestCase, SkipTest, skip, skipIf, skipUnless,
                      expectedFailure, addModuleCleanup, doModuleCleanups,
                      enterModuleContext, _SubTest, _Outcome, _subtest_msg_sentinel)
