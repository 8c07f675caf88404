"""Helpers shared by test folders (the service as a real subprocess, logins)."""
