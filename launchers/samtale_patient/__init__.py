"""Briefcase entry package of Samtale (patient app): starts the client in the `patient` role."""
