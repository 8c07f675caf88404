"""The REST routes under ``/v1`` (rooms, a clinician's rooms, audit export, client versions and
consent, the pre-call check) and what every route shares."""
