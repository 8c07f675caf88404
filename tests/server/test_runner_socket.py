"""The listening socket: connections it accepts get TCP_NODELAY (else every kept-alive REST answer
waits about 40 ms for the client's delayed ACK)."""

from __future__ import annotations

import asyncio
import socket

from server.runner import bind_socket


async def test_accepted_connections_have_tcp_nodelay() -> None:
    sock = bind_socket("127.0.0.1", 0)
    accepted: asyncio.Future[int] = asyncio.get_running_loop().create_future()

    class Probe(asyncio.Protocol):
        def connection_made(self, transport: asyncio.BaseTransport) -> None:
            conn = transport.get_extra_info("socket")
            accepted.set_result(conn.getsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY))
            transport.close()

    # uvicorn serves a socket we bind exactly this way: loop.create_server(sock=...)
    server = await asyncio.get_running_loop().create_server(Probe, sock=sock)
    try:
        host, port = sock.getsockname()[:2]
        _, writer = await asyncio.open_connection(host, port)
        assert await asyncio.wait_for(accepted, 5) != 0
        writer.close()
    finally:
        server.close()
        await server.wait_closed()
