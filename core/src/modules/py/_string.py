"""string's helpers for parsing format strings (string.Formatter uses them)."""

from string import (_formatter_parser as formatter_parser,
                    _formatter_field_name_split as formatter_field_name_split)
