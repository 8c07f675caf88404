"""A room's life as pure logic (no I/O): its state and the one class that owns it (``core``, ``ops``,
``room``), memberships, types and PINs, the host's controls, life in the call, ringing, what each
viewer is told, and the lasting state a restart finds again."""
