"""The accelerator name of zoneinfo.ZoneInfo."""

from zoneinfo import ZoneInfo
