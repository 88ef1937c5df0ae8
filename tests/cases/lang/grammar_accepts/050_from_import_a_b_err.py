from .. import (a, b,)
