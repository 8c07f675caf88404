"""The Samtale service: the authority for identity, rooms, the lobby and call signaling."""
