"""assertLogs/assertNoLogs support. Kept out of the unittest package module (no
__unittest marker) so its __exit__ frame shows in failure tracebacks, as in CPython."""
from unittest import _raise_failure


class _LoggingWatcher(object):
    def __init__(self, records, output):
        self.records = records
        self.output = output

    def __repr__(self):
        return '_LoggingWatcher(records=%r, output=%r)' % (self.records, self.output)


class _AssertLogsContext(object):
    LOGGING_FORMAT = '%(levelname)s:%(name)s:%(message)s'

    def __init__(self, test_case, logger_name, level, no_logs):
        self.test_case = test_case
        self.logger_name = logger_name
        self.level = level
        self.no_logs = no_logs
        self.msg = None

    def __enter__(self):
        import logging
        target = self.logger_name
        if not isinstance(target, logging.Logger):
            target = logging.getLogger(target)
        self.logger = target
        self.level = logging._checkLevel(self.level) if self.level else logging.INFO
        seen = self.watcher = _LoggingWatcher([], [])
        layout = logging.Formatter(self.LOGGING_FORMAT)

        class Collector(logging.Handler):
            def emit(self, record):
                seen.records.append(record)
                seen.output.append(layout.format(record))
        collector = Collector()
        collector.setLevel(self.level)
        self._saved = (target.handlers[:], target.level, target.propagate)
        target.handlers = [collector]
        target.setLevel(self.level)
        target.propagate = False
        return None if self.no_logs else seen

    def __exit__(self, kind, exc, tb):
        handlers, level, propagate = self._saved
        self.logger.handlers = handlers
        self.logger.propagate = propagate
        self.logger.setLevel(level)
        if kind is not None:
            return False
        records = self.watcher.records
        if self.no_logs and records:
            self._raiseFailure(
                'Unexpected logs found: %r' % (self.watcher.output,))
        elif not self.no_logs and not records:
            import logging
            self._raiseFailure(
                'no logs of level %s or higher triggered on %s'
                % (logging.getLevelName(self.level), self.logger.name))
        return None

    _raiseFailure = _raise_failure
