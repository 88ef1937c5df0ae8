"""The accelerator name of queue: SimpleQueue and Empty."""

from queue import Empty, SimpleQueue
