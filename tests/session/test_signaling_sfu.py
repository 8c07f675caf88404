"""``sfu_answer`` and ``sfu_offer`` answer a request in place of its ack (by ``ref``): the request that
asked gets them, and nothing else does."""

from __future__ import annotations

import asyncio

from app.core.protocol import ServerMessage, SfuAnswer, SfuOffer, encode
from app.session.signaling import SignalingClient


async def test_sfu_answers_resolve_the_request_that_asked() -> None:
    others: list[ServerMessage] = []
    client = SignalingClient("ws://127.0.0.1:9/v1/ws", lambda: "", others.append)
    loop = asyncio.get_running_loop()
    publish, subscribe = loop.create_future(), loop.create_future()
    client._pending.update({"7": publish, "8": subscribe})
    client._dispatch(encode(SfuOffer("r_1", "p_2", "v=0\r\n", ref="8")))
    client._dispatch(encode(SfuAnswer("r_1", "audio", "v=0\r\n", ref="7")))
    client._dispatch(encode(SfuAnswer("r_1", "video", "v=0\r\n", ref="99")))  # nobody asked: dropped
    assert publish.result() == SfuAnswer("r_1", "audio", "v=0\r\n", ref="7")
    assert subscribe.result() == SfuOffer("r_1", "p_2", "v=0\r\n", ref="8")
    assert others == []
    await client.close()
