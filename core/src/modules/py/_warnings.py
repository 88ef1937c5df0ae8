"""The C half of warnings in CPython; here the names come from the warnings module."""

from warnings import warn, warn_explicit, filters, _filters_mutated

_defaultaction = 'default'
_onceregistry = {}
