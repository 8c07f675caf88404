"""The live side of the service: WebSocket connections, the hub that serialises each room's changes
and delivers their messages, and the instances sharing rooms through Redis."""
