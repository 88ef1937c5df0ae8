"""Runs the step's script as `python SCRIPT ARGS...` would, then records its result.

The action starts the interpreter as

    python -c "import sys; sys.path.insert(0, LIB); import _wasipy_boot; _wasipy_boot.main()"
           SCRIPT CHANNEL ENCODING [ARGS...]

`main` gives the script the globals, `sys.argv`, `sys.path[0]` and tracebacks that python3
gives a script, then records `result` (a global the script sets, else the value of its last
statement when that is an expression) in the channel file, encoded as ENCODING.
"""

import sys

# The channel file (a guest path): the `actions` module appends its records here.
CHANNEL = None

# How many top-level lines, from the end, are tried as the start of a final expression.
_MAX_SPLIT_ATTEMPTS = 100
# The action refuses results above this size (GitHub's limit for all outputs of a job is 1 MB).
_MAX_RESULT_CHARS = 1024 * 1024


def main():
    global CHANNEL
    main_globals = sys.modules["__main__"].__dict__
    # The names the -c line bound: the script must start with the globals python3 gives it.
    main_globals.pop("sys", None)
    main_globals.pop("_wasipy_boot", None)
    lib = sys.path[0]
    script, CHANNEL, encoding = sys.argv[1:4]
    sys.argv[:] = [script] + sys.argv[4:]
    script_dir = script.rpartition("/")[0] or "/"
    sys.path[:] = [script_dir, lib] + [p for p in sys.path[1:] if p not in ("", lib)]
    main_globals["__file__"] = script
    main_globals["__cached__"] = None

    try:
        with open(script, encoding="utf-8-sig") as f:
            source = f.read()
        split = _split_final_expression(source, script)
        # Compiled last: wasipy shows traceback source lines from the last text compiled under
        # a file name, and the split compiled pieces of the script under its name.
        code = compile(source, script, "exec")
        value = None
        if split is None:
            exec(code, main_globals)
        else:
            exec(split[0], main_globals)
            value = eval(split[1], main_globals)
    except SystemExit:
        _record_result(main_globals, None, encoding)
        raise
    except BaseException as exc:
        _report_uncaught(exc)
        sys.exit(1)
    _record_result(main_globals, value, encoding)


def _split_final_expression(source, filename):
    """(head, tail) code objects when the script ends with an expression statement, else None.

    The tail is compiled in "eval" mode, prefixed with newlines so that its line numbers are
    the script's. A split is taken only where both halves compile on their own: the head then
    ends at a top-level statement boundary, so running head then tail is running the script.
    """
    lines = source.split("\n")
    attempts = 0
    for start in range(len(lines) - 1, -1, -1):
        line = lines[start]
        if not line.strip() or line[0] in " \t\f#":
            continue
        attempts += 1
        if attempts > _MAX_SPLIT_ATTEMPTS:
            return None
        tail = "\n" * start + "\n".join(lines[start:])
        try:
            tail_code = compile(tail, filename, "eval")
        except SyntaxError:
            continue
        try:
            head_code = compile("\n".join(lines[:start]), filename, "exec")
        except SyntaxError:
            continue
        return head_code, tail_code
    return None


def _report_uncaught(exc):
    """Prints the traceback python3 prints for an uncaught exception. The traceback starts at
    `main`, where the exception was caught: the script's frames are the ones after it."""
    tb = exc.__traceback__
    tb = tb.tb_next if tb is not None else None
    exc = exc.with_traceback(tb)
    sys.excepthook(type(exc), exc, tb)


def _record_result(main_globals, value, encoding):
    if "result" in main_globals:
        value = main_globals["result"]
    elif value is None:
        return
    try:
        if encoding == "string":
            text = value if isinstance(value, str) else str(value)
        else:
            import json

            text = json.dumps(value, ensure_ascii=False, allow_nan=False)
    except Exception as exc:
        record = {"kind": "result", "error": "%s: %s" % (type(exc).__name__, exc)}
    else:
        if len(text) > _MAX_RESULT_CHARS:
            record = {
                "kind": "result",
                "error": "the result is %d characters long; the limit is %d"
                % (len(text), _MAX_RESULT_CHARS),
            }
        else:
            record = {"kind": "result", "value": text}
    write_record(record)


def write_record(record):
    """Appends one record (a dict) to the channel file as a line of JSON."""
    if not CHANNEL:
        raise RuntimeError("the actions module works only in a script run by the wasipy action")
    import json

    line = json.dumps(record, ensure_ascii=False) + "\n"
    with open(CHANNEL, "a", encoding="utf-8") as channel:
        channel.write(line)
