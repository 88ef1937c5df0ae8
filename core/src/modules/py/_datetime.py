"""The accelerator name of datetime."""

from datetime import (MAXYEAR, MINYEAR, UTC, date, datetime, time, timedelta, timezone,
                      tzinfo)
