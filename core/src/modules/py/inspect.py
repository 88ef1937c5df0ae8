"""Get useful information from live Python objects."""
