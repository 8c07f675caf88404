"""Reaching the other person: time-limited TURN credentials and the pre-call UDP probe."""
