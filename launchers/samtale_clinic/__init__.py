"""Briefcase entry package of Samtale Clinic (clinician app): starts the client in the `clinician` role."""
