"""Pure-Python core of Samtale: wire protocol, state machines, roles and outcome codes (stdlib only)."""
