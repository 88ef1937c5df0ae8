"""Talk to the GitHub Actions runner from a script run by the wasipy action.

    import actions
    actions.set_output("count", 3)                  # steps.<id>.outputs.count == "3"
    actions.summary("## Report\\n\\n| a | b |\\n|---|---|\\n| 1 | 2 |")
    actions.error("value out of range", file="data/prices.csv", line=12)
    actions.warning("slow query", title="perf")
    actions.notice("42 rows checked")
    actions.mask(token)                             # '***' in the log from now on

Each call appends one JSON record to a private file that the action reads while the script
runs and after it ends; the action checks every record and only then writes the runner's
output and summary files or prints the workflow command. The script never sees those files.
Workflow commands printed on stdout (``print("::error::msg")``) also work, as in any step.
"""

import json

__all__ = ["set_output", "summary", "error", "warning", "notice", "mask"]

_OUTPUT_NAME_CHARS = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_-")
_RESERVED_OUTPUTS = ("stdout", "exit-code", "outcome", "result")


def set_output(name, value):
    """Sets the step output `name`. A str is used as is; anything else is JSON-encoded."""
    if not isinstance(name, str):
        raise TypeError("output name must be str, not %s" % type(name).__name__)
    if not _valid_output_name(name):
        raise ValueError(
            "invalid output name %r: use letters, digits, '_' and '-', starting with a "
            "letter or '_' (at most 100 characters)" % (name,)
        )
    if name in _RESERVED_OUTPUTS:
        raise ValueError("output %r is set by the action itself" % (name,))
    if not isinstance(value, str):
        value = json.dumps(value)
    _write({"kind": "output", "name": name, "value": value})


def summary(markdown):
    """Appends Markdown to the step summary (a newline is added if it does not end with one)."""
    if not isinstance(markdown, str):
        raise TypeError("summary takes a str of Markdown, not %s" % type(markdown).__name__)
    if not markdown.endswith("\n"):
        markdown += "\n"
    _write({"kind": "summary", "markdown": markdown})


def error(message, *, title=None, file=None, line=None, end_line=None, col=None, end_col=None):
    """Adds an error annotation, optionally at a workspace file and line."""
    _annotate("error", message, title, file, line, end_line, col, end_col)


def warning(message, *, title=None, file=None, line=None, end_line=None, col=None, end_col=None):
    """Adds a warning annotation, optionally at a workspace file and line."""
    _annotate("warning", message, title, file, line, end_line, col, end_col)


def notice(message, *, title=None, file=None, line=None, end_line=None, col=None, end_col=None):
    """Adds a notice annotation, optionally at a workspace file and line."""
    _annotate("notice", message, title, file, line, end_line, col, end_col)


def mask(value):
    """Hides `value` (each of its lines, as the runner does) in the log from now on."""
    if not isinstance(value, str):
        raise TypeError("mask takes a str, not %s" % type(value).__name__)
    if value:
        _write({"kind": "mask", "value": value})


def _annotate(level, message, title, file, line, end_line, col, end_col):
    record = {"kind": "annotation", "level": level, "message": str(message)}
    if title is not None:
        record["title"] = str(title)
    if file is not None:
        if not isinstance(file, str):
            raise TypeError("file must be str, not %s" % type(file).__name__)
        record["file"] = file
    for key, number in (("line", line), ("end_line", end_line), ("col", col), ("end_col", end_col)):
        if number is None:
            continue
        if type(number) is not int or number < 1:
            raise ValueError("%s must be an int >= 1, not %r" % (key, number))
        record[key] = number
    _write(record)


def _valid_output_name(name):
    return (
        0 < len(name) <= 100
        and not name[0].isdigit()
        and name[0] != "-"
        and all(c in _OUTPUT_NAME_CHARS for c in name)
    )


def _write(record):
    try:
        from _wasipy_boot import write_record
    except ImportError:
        raise RuntimeError(
            "the actions module works only in a script run by the wasipy action"
        ) from None
    write_record(record)
