"""The accelerator name of contextvars."""

from contextvars import Context, ContextVar, Token, copy_context
