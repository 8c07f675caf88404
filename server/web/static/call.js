// The media of a call: one RTCPeerConnection per other member, the newcomer offers (docs/protocol.md
// "The offer convention"). Each link has one audio and one video transceiver, sendrecv; with no
// camera (or the camera turned off) the video sender carries no track, so nothing is sent — never
// black frames. Offers and answers are sent once ICE gathering is complete (or after 3 s), carrying
// the candidates; candidates the other side trickles are added, kept until their offer if early.

const GATHER_MS = 3000;
const MAX_RENEGOTIATIONS = 3; // as the desktop: the side that offered offers again when a link fails

export class Call {
  constructor(signaling, roomId, iceServers, local, onTrack, onGone) {
    this.signaling = signaling;
    this.roomId = roomId;
    this.config = { iceServers: iceServers.map((s) => ({ urls: s.urls, username: s.username ?? undefined, credential: s.credential ?? undefined })) };
    this.local = local; // {audio: MediaStreamTrack|null, video: MediaStreamTrack|null}
    this.onTrack = onTrack; // (participantId, track)
    this.onGone = onGone; // (participantId): its link failed for good
    this.links = new Map(); // participantId -> RTCPeerConnection
    this.early = new Map(); // participantId -> [candidate init]
    this.offered = new Set(); // links this side offered (and so renegotiates when they fail)
    this.renegotiations = new Map(); // participantId -> count
  }

  #newLink(pid) {
    this.drop(pid);
    const pc = new RTCPeerConnection(this.config);
    pc.ontrack = (event) => this.onTrack(pid, event.track);
    pc.onconnectionstatechange = () => {
      if (pc.connectionState !== "failed" || this.links.get(pid) !== pc) return;
      const count = (this.renegotiations.get(pid) || 0) + 1;
      this.renegotiations.set(pid, count);
      if (count > MAX_RENEGOTIATIONS) this.onGone(pid);
      else if (this.offered.has(pid)) this.offerTo(pid).catch(() => this.onGone(pid));
      // else: the other side offered, and offers again
    };
    this.links.set(pid, pc);
    return pc;
  }

  async #send(pid, payload) {
    await this.signaling.request("signal", { room_id: this.roomId, to: pid, payload });
  }

  async #gathered(pc) {
    if (pc.iceGatheringState === "complete") return;
    await new Promise((resolve) => {
      const timer = setTimeout(resolve, GATHER_MS);
      pc.addEventListener("icegatheringstatechange", () => {
        if (pc.iceGatheringState === "complete") {
          clearTimeout(timer);
          resolve();
        }
      });
    });
  }

  async #attachLocal(pc) {
    for (const transceiver of pc.getTransceivers()) {
      const kind = transceiver.receiver.track.kind;
      transceiver.direction = "sendrecv";
      await transceiver.sender.replaceTrack(kind === "audio" ? this.local.audio : this.local.video);
    }
  }

  async #addEarly(pid, pc) {
    for (const candidate of this.early.get(pid) || []) await pc.addIceCandidate(candidate).catch(() => {});
    this.early.delete(pid);
  }

  /** As the newcomer: offer to a member already in the call. */
  async offerTo(pid) {
    const pc = this.#newLink(pid);
    this.offered.add(pid);
    pc.addTransceiver("audio", { direction: "sendrecv" });
    pc.addTransceiver("video", { direction: "sendrecv" });
    await this.#attachLocal(pc);
    await pc.setLocalDescription(await pc.createOffer());
    await this.#gathered(pc);
    await this.#send(pid, { kind: "offer", sdp: pc.localDescription.sdp });
  }

  /** `signal_from`: an offer (answer it), an answer, a restart (offer again if we offered), or a candidate. */
  async onSignal(pid, payload) {
    if (payload.kind === "offer" && payload.sdp) {
      const pc = this.#newLink(pid);
      this.offered.delete(pid);
      await pc.setRemoteDescription({ type: "offer", sdp: payload.sdp });
      await this.#attachLocal(pc);
      await this.#addEarly(pid, pc);
      await pc.setLocalDescription(await pc.createAnswer());
      await this.#gathered(pc);
      await this.#send(pid, { kind: "answer", sdp: pc.localDescription.sdp });
    } else if (payload.kind === "answer" && payload.sdp) {
      const pc = this.links.get(pid);
      if (pc && pc.signalingState === "have-local-offer") {
        await pc.setRemoteDescription({ type: "answer", sdp: payload.sdp });
        await this.#addEarly(pid, pc);
      }
    } else if (payload.kind === "video_paused" || payload.kind === "video_resumed") {
      // The sender's picture is paused to keep the sound, or goes out again (docs/protocol.md).
      if (this.onPaused) this.onPaused(pid, payload.kind === "video_paused");
    } else if (payload.kind === "restart") {
      // The other member's link stopped carrying media: the side that offered it offers a new one.
      if (this.offered.has(pid)) await this.offerTo(pid);
    } else if (payload.kind === "candidate") {
      const init = payload.candidate
        ? { candidate: payload.candidate, sdpMid: payload.sdp_mid ?? null, sdpMLineIndex: payload.sdp_mline_index ?? null }
        : null; // end of candidates
      const pc = this.links.get(pid);
      if (pc && pc.remoteDescription) {
        if (init) await pc.addIceCandidate(init).catch(() => {});
      } else if (init) {
        this.early.set(pid, [...(this.early.get(pid) || []), init]);
      }
    }
  }

  /** Send this camera track (or none: nothing is sent) on every link, without renegotiating. */
  async setVideo(track) {
    this.local.video = track;
    await Promise.all([...this.links.values()].map((pc) => this.#replace(pc, "video", track)));
  }

  async setAudio(track) {
    this.local.audio = track;
    await Promise.all([...this.links.values()].map((pc) => this.#replace(pc, "audio", track)));
  }

  async #replace(pc, kind, track) {
    for (const transceiver of pc.getTransceivers()) {
      if (transceiver.receiver.track.kind === kind && transceiver.currentDirection !== "stopped") {
        await transceiver.sender.replaceTrack(track);
      }
    }
  }

  /** What each link sends right now: `{video: bytes, audio: bytes}` summed (for the page's own checks). */
  async sentBytes() {
    const sent = { audio: 0, video: 0 };
    for (const pc of this.links.values()) {
      const stats = await pc.getStats();
      stats.forEach((s) => {
        if (s.type === "outbound-rtp" && (s.kind === "audio" || s.kind === "video")) sent[s.kind] += s.bytesSent || 0;
      });
    }
    return sent;
  }

  drop(pid) {
    const pc = this.links.get(pid);
    if (pc) pc.close();
    this.links.delete(pid);
    this.early.delete(pid);
  }

  /** Forget a member who left (their renegotiation count too). */
  forget(pid) {
    this.drop(pid);
    this.offered.delete(pid);
    this.renegotiations.delete(pid);
  }

  close() {
    for (const pid of [...this.links.keys()]) this.drop(pid);
  }
}
