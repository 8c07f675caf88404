"""Rooms beyond four through the Janus media server (issue 14): the service alone talks to Janus."""
