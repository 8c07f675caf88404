"""PromptJitterBuffer: a video frame leaves on its marked last packet, never with a hole.

Checked packet by packet against aiortc's own JitterBuffer, which releases a frame only when the next
frame's first packet arrives: in order, reordered, lost and retransmitted, and in random mixes.
"""

from __future__ import annotations

import random

import pytest
from aiortc.jitterbuffer import JitterBuffer, JitterFrame
from aiortc.rtp import RtpPacket

from app.media.prompt_jitter import PromptJitterBuffer

FRAME_TICKS = 3000  # 90 kHz / 30 fps


def frame_packets(first_seq: int, index: int, count: int) -> list[RtpPacket]:
    """The ``count`` packets of frame ``index``, sequence numbers from ``first_seq``, marker on the last."""
    packets = []
    for part in range(count):
        packet = RtpPacket(
            payload_type=96,
            marker=int(part == count - 1),
            sequence_number=(first_seq + part) & 0xFFFF,
            timestamp=(index * FRAME_TICKS) & 0xFFFFFFFF,
        )
        packet._data = f"f{index}p{part};".encode()  # type: ignore[attr-defined]
        packets.append(packet)
    return packets


def stream(sizes: list[int], first_seq: int = 1000) -> list[list[RtpPacket]]:
    frames, seq = [], first_seq
    for index, size in enumerate(sizes):
        frames.append(frame_packets(seq, index, size))
        seq += size
    return frames


def whole(packets: list[RtpPacket]) -> bytes:
    return b"".join(p._data for p in packets)  # type: ignore[attr-defined]


def feed(buffer: JitterBuffer, packets: list[RtpPacket]) -> list[JitterFrame | None]:
    return [buffer.add(packet)[1] for packet in packets]


def test_a_frame_leaves_with_its_marked_last_packet() -> None:
    frames = stream([3, 2, 4])
    buffer = PromptJitterBuffer()
    out = feed(buffer, frames[0])
    assert out[:2] == [None, None]
    assert out[2] is not None and out[2].data == whole(frames[0])
    assert out[2].timestamp == 0
    out = feed(buffer, frames[1])
    assert out[0] is None
    assert out[1] is not None and out[1].data == whole(frames[1])


def test_aiortc_holds_the_same_frame_until_the_next_one_begins() -> None:
    """Why this module exists: the stock buffer releases frame 0 only with frame 1's first packet."""
    frames = stream([3, 2])
    stock = JitterBuffer(capacity=512, is_video=True)
    assert feed(stock, frames[0]) == [None, None, None]
    released = stock.add(frames[1][0])[1]
    assert released is not None and released.data == whole(frames[0])


def test_reordered_packets_wait_for_the_whole_frame_and_keep_their_order() -> None:
    frames = stream([4, 3])
    a, b, c, d = frames[0]
    buffer = PromptJitterBuffer()
    out = feed(buffer, [a, c, d])  # the marked last packet arrives before b
    assert out == [None, None, None]
    frame = buffer.add(b)[1]
    assert frame is not None and frame.data == whole(frames[0])
    e, f, g = frames[1]
    assert feed(buffer, [f, e]) == [None, None]
    frame = buffer.add(g)[1]
    assert frame is not None and frame.data == whole(frames[1])


def test_a_lost_packet_holds_its_frame_and_the_next_until_it_is_retransmitted() -> None:
    frames = stream([3, 2, 2])
    lost = frames[0][1]
    buffer = PromptJitterBuffer()
    before = feed(buffer, [frames[0][0], frames[0][2], *frames[1]])
    assert before == [None, None, None, None]  # never a frame with a hole, never frame 1 ahead of 0
    frame = buffer.add(lost)[1]  # the retransmission (RTX unwrapped to the original packet)
    assert frame is not None and frame.data == whole(frames[0])
    # Frame 1 is complete too; the receiver takes one frame per packet, so it leaves with the next one.
    frame = buffer.add(frames[2][0])[1]
    assert frame is not None and frame.data == whole(frames[1])
    frame = buffer.add(frames[2][1])[1]
    assert frame is not None and frame.data == whole(frames[2])


def test_a_hole_never_filled_is_given_up_after_a_second_and_a_key_frame_asked_for() -> None:
    # Issue 12: at 5 % loss a lost packet whose retransmission was lost too held the picture until
    # 512 packets had piled up behind it: 28-37 s at the lowest video level.
    frames = stream([2] * 40)  # 30 fps: frame 30 is one second after frame 0
    buffer = PromptJitterBuffer()
    assert buffer.add(frames[0][0]) == (False, None)  # frames[0][1] is lost, and so is its resend
    for frame in frames[1:30]:
        assert [buffer.add(p) for p in frame] == [(False, None)] * 2  # a resend may still come
    pli, out = buffer.add(frames[30][0])
    assert pli  # a key frame is asked for: the frames that lean on the lost one are no use
    assert out is None
    # The frames held behind the hole are dropped, not played a second late; the newest goes on.
    frame = buffer.add(frames[30][1])[1]
    assert frame is not None and frame.data == whole(frames[30])
    for index in (31, 32):
        out = feed(buffer, frames[index])
        assert out[0] is None and out[1] is not None and out[1].data == whole(frames[index])


def test_a_lost_marker_packet_releases_its_frame_when_it_comes_back() -> None:
    frames = stream([2, 2])
    buffer = PromptJitterBuffer()
    assert feed(buffer, [frames[0][0], *frames[1]]) == [None, None, None]
    frame = buffer.add(frames[0][1])[1]
    assert frame is not None and frame.data == whole(frames[0])


def test_a_frame_without_a_marker_still_leaves_when_the_next_begins() -> None:
    frames = stream([2, 2])
    frames[0][1].marker = 0  # a sender that never marks
    buffer = PromptJitterBuffer()
    assert feed(buffer, frames[0]) == [None, None]
    frame = buffer.add(frames[1][0])[1]
    assert frame is not None and frame.data == whole(frames[0])


def test_sequence_numbers_wrap() -> None:
    frames = stream([3, 3], first_seq=0xFFFE)
    buffer = PromptJitterBuffer()
    out = feed(buffer, frames[0] + frames[1])
    released = [f.data for f in out if f is not None]
    assert released == [whole(frames[0]), whole(frames[1])]


def test_late_duplicates_of_a_released_frame_are_dropped() -> None:
    frames = stream([2, 2])
    buffer = PromptJitterBuffer()
    feed(buffer, frames[0])
    assert buffer.add(frames[0][0])[1] is None
    out = feed(buffer, frames[1])
    assert out[1] is not None and out[1].data == whole(frames[1])


def delivery(frames: list[list[RtpPacket]], rng: random.Random) -> list[RtpPacket]:
    """Packets in arrival order: neighbours swapped, some lost and retransmitted a few packets later."""
    sent = [p for frame in frames for p in frame]
    order = sent[:1]  # the first packet arrives first (it sets both buffers' origin)
    rest = sent[1:]
    for i in range(len(rest) - 1):
        if rng.random() < 0.15:
            rest[i], rest[i + 1] = rest[i + 1], rest[i]
    pending: list[tuple[int, RtpPacket]] = []
    for position, packet in enumerate(rest):
        if rng.random() < 0.08:
            pending.append((position + rng.randint(2, 12), packet))  # lost, NACKed, resent later
        else:
            order.append(packet)
        for due, resent in [item for item in pending if item[0] <= position]:
            order.append(resent)
            pending.remove((due, resent))
    order.extend(packet for _, packet in pending)
    return order


@pytest.mark.parametrize("seed", range(40))
def test_random_reordering_and_loss_gives_the_same_frames_never_later_than_aiortc(seed: int) -> None:
    rng = random.Random(seed)
    frames = stream([rng.randint(1, 6) for _ in range(30)] + [3] * 10, first_seq=rng.randint(0, 0xFFFF))
    # 30 frames with trouble, then 10 in order: frames that a retransmission completed together leave
    # one per arriving packet (the receiver takes one frame per packet), so the tail lets them all out.
    arrivals = delivery(frames[:30], rng) + [p for frame in frames[30:] for p in frame]
    prompt, stock = PromptJitterBuffer(), JitterBuffer(capacity=512, is_video=True)
    prompt_out = [(i, f) for i, f in enumerate(feed(prompt, arrivals)) if f is not None]
    stock_out = [(i, f) for i, f in enumerate(feed(stock, arrivals)) if f is not None]
    expected = {index * FRAME_TICKS: whole(packets) for index, packets in enumerate(frames)}
    for _, frame in prompt_out:
        assert frame.data == expected[frame.timestamp]  # whole frames only, packets in order
    timestamps = [f.timestamp for _, f in prompt_out]
    assert timestamps == sorted(timestamps)  # in order, each once
    # aiortc releases the same frames (it still holds the last one: no frame follows it)...
    assert [f.timestamp for _, f in stock_out] == timestamps[: len(stock_out)]
    assert len(prompt_out) >= len(stock_out)
    # ...and never earlier.
    for (prompt_at, _), (stock_at, _) in zip(prompt_out, stock_out, strict=False):
        assert prompt_at <= stock_at
    assert timestamps[:30] == [index * FRAME_TICKS for index in range(30)]  # none lost
