from .. import a as 1
