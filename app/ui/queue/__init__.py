"""The clinician's queue feature: create a room, see who is waiting, admit or deny."""
