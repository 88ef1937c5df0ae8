"""The accelerator name of bisect."""

from bisect import bisect_left, bisect_right, insort_left, insort_right
