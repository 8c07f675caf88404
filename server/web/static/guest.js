// The guest page's journey: sign in → pre-call check → "I'm ready" → waiting room → call → ended.
// It speaks docs/protocol.md like the desktop patient build and obeys the service the same way.

import { t, translate, lang } from "./i18n.js";
import { Signaling, rest } from "./signaling.js";
import { openDevices, openCamera, listen, playTone, summary, checkNetwork, MIC_HEARD } from "./checks.js";
import { Call } from "./call.js";
import { wireEmail } from "./email.js";
import { wireEid, offerEid, takeOidcReturn, finishOidc } from "./eid.js";
import { $, page, show, announce, status } from "./page.js";
import { tile, refreshTile, onTrack, refreshSelf, reportMedia, toggleMic, toggleCam, notice, moderated, roomState } from "./incall.js";
import { storedLogin, keepLogin, forgetLogin, keepPlace, forgetPlace, markAway, backHere, placeFor } from "./resume.js";

const OIDC_RETURN = takeOidcReturn(); // before anything reads the address: the code leaves it now
const RESUME_WAIT_MS = 5000; // a call membership handed back is confirmed by a room_state listing us
const CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
const AFTER_A_CALL = new Set(["ended_left", "ended_call_ended", "ended_other_left", "ended_lost"]);

// ---- steps, announcements -------------------------------------------------------------------

function problem(key, retry = null) {
  $("problem-text").textContent = t(key);
  $("problem-retry").hidden = !retry;
  $("problem-retry").onclick = retry;
  show("problem");
}

// ---- the join address -----------------------------------------------------------------------

/** The canonical code (ABCD-2345) or address (drberg), as app/core/links.py join_target; null if neither. */
export function joinTarget(text) {
  const compact = text.replace(/\s+/g, "").toUpperCase();
  const code = new RegExp(`^[${CODE_ALPHABET}]{4}-?[${CODE_ALPHABET}]{4}$`);
  if (code.test(compact)) {
    const bare = compact.replace("-", "");
    return `${bare.slice(0, 4)}-${bare.slice(4)}`;
  }
  if (/^[A-Za-z0-9]{4}-+[A-Za-z0-9]{3,5}$/.test(text.replace(/\s+/g, ""))) return null;
  const address = [...text.trim().toLowerCase()].filter((ch) => !"-._ ".includes(ch)).join("");
  if (address.length < 3 || address.length > 32 || !/^[a-z0-9]+$/.test(address)) return null;
  if (code.test(address.toUpperCase())) return null;
  return address;
}

function targetFromAddress() {
  const parts = location.pathname.split("/").filter(Boolean);
  if (parts.length !== 2 || parts[0] !== "join") return null;
  try {
    return joinTarget(decodeURIComponent(parts[1]));
  } catch {
    return null;
  }
}

function emergencyText() {
  const notice = page.emergency || {};
  const texts = notice.texts || {};
  if (texts[lang] || texts.en) return texts[lang] || texts.en;
  return t(notice.region === "no" ? "emergency_no" : notice.region === "se" ? "emergency_se" : "emergency_general");
}

// ---- sign-in and the room -------------------------------------------------------------------

async function start() {
  translate(document);
  document.title = `Samtale – ${t("title")}`;
  if (!window.RTCPeerConnection || !navigator.mediaDevices) return problem("problem_browser");
  page.target = targetFromAddress();
  if (!page.target) return problem("problem_bad_link");
  $("open-app").href = `samtale://join/${page.target}`;
  let facts;
  let providers;
  try {
    [facts, providers] = await Promise.all([
      rest("GET", "/guest/deployment.json"),
      rest("GET", "/v1/auth/providers"),
    ]);
  } catch {
    return problem("problem_unreachable", () => location.reload());
  }
  page.emergency = facts.emergency;
  page.afterCall = facts.after_call_url;
  page.consent = facts.consent && facts.consent.required ? facts.consent : null;
  page.graceS = facts.reconnect_grace_s;
  for (const el of document.querySelectorAll(".emergency")) el.textContent = emergencyText();
  const login = storedLogin();
  if (login) {
    page.token = login.token;
    page.userId = login.user_id;
    return openRoom();
  }
  $("signin-test").hidden = !providers.test;
  $("signin-email").hidden = !providers.email;
  page.emailCodeTtl = providers.email_code_ttl_s;
  offerEid(providers, signedIn);
  const eid = providers.bankid_se || (providers.oidc || []).length > 0;
  $("signin-unavailable").hidden = providers.test || providers.email || eid;
  show("signin");
  const returned = oidcReturn.take();
  if (returned) await finishOidc(returned, signedIn);
}

const oidcReturn = {
  value: OIDC_RETURN,
  take() {
    const value = this.value;
    this.value = null; // once: a later start (signed out) shows the sign-in afresh
    return value;
  },
};

async function signedIn(login) {
  page.token = login.access_token;
  page.userId = login.user.user_id;
  keepLogin(page.token, page.userId);
  await openRoom();
}

function signedOut() {
  forgetLogin();
  page.token = null;
  page.userId = null;
  if (page.signaling) page.signaling.close();
  page.signaling = null;
  return start();
}

/** The deployment's consent, where it asks for one, in the page's language (else English, else any). */
function showConsent() {
  $("consent-part").hidden = !page.consent;
  if (!page.consent) return;
  const texts = page.consent.texts;
  $("consent-text").textContent = texts[lang] || texts.en || Object.values(texts)[0] || "";
}

async function signInTest(event) {
  event.preventDefault();
  const name = $("name").value.trim();
  if (!name) {
    $("name-error").textContent = t("name_required");
    $("name").setAttribute("aria-invalid", "true");
    $("name").focus();
    return;
  }
  $("signin-button").disabled = true;
  try {
    await signedIn(await rest("POST", "/v1/auth/test", null, { name, role: "patient" }));
  } catch {
    $("name-error").textContent = t("failed");
  } finally {
    $("signin-button").disabled = false;
  }
}

async function openRoom() {
  try {
    page.room = await rest("GET", `/v1/rooms/${encodeURIComponent(page.target)}`, page.token);
  } catch (refusal) {
    if (refusal.code === "invalid_token" || refusal.code === "token_expired" || refusal.code === "unauthenticated") {
      return signedOut();
    }
    if (refusal.code === "not_found") return problem("problem_not_found");
    if (refusal.code === "room_closed") return problem("problem_closed");
    return problem("problem_unreachable", () => openRoom());
  }
  $("check-intro").textContent = t("check_intro", { host: page.room.host_name });
  showConsent();
  const place = placeFor(page.userId, page.room.room_id, page.graceS);
  if (place) return resumePlace(place);
  show("check");
}

// ---- back after a reload --------------------------------------------------------------------

/** This tab had a place in this room a moment ago (a reload): take it back without a new check.
 * In the lobby the page knocks again with the same summary, which keeps the place; in the call it
 * reconnects with `resume` and, once the service's room_state lists it again, offers new links. */
async function resumePlace(place) {
  page.devices = await openDevices();
  page.precall = place.precall;
  page.consentGiven = Boolean(place.consent);
  page.micOn = place.mic_on !== false;
  page.camOn = place.cam_on !== false && page.devices.camera === "camera_ok";
  page.selfId = place.self_id;
  page.audioContext = page.audioContext || new AudioContext();
  page.signaling = new Signaling(page.token);
  listenTo(page.signaling);
  try {
    const user = await page.signaling.connect(Boolean(place.in_call));
    if (user.user_id !== place.user_id) throw new Error("another person");
  } catch {
    forgetPlace();
    if (page.signaling) page.signaling.close();
    page.signaling = null;
    return show("check");
  }
  if (!place.in_call) return knock().catch(knockRefused);
  page.resuming = { iceServers: place.ice_servers || [] };
  $("lobby-host").textContent = t("lobby_host", { host: page.room.host_name });
  show("lobby");
  $("lobby-notice").textContent = t("reconnecting");
  setTimeout(() => {
    if (!page.resuming) return;
    page.resuming = null; // the service did not hand the call back: it is over for this tab
    ended("ended_lost", true);
  }, RESUME_WAIT_MS);
}

/** A room_state after a resumed hello: the call is ours again if it lists us. */
async function callResumed(message) {
  if (!message.participants.some((p) => p.participant_id === page.selfId)) return;
  const { iceServers } = page.resuming;
  page.resuming = null;
  $("lobby-notice").textContent = "";
  const others = message.participants.filter((p) => p.participant_id !== page.selfId);
  await enterCall(others, iceServers);
  roomState(message);
  announce(t("reconnected"));
}

// ---- the pre-call check ---------------------------------------------------------------------

async function runCheck() {
  // A tap started this: the audio context may play and listen from now on (iOS rule).
  page.audioContext = page.audioContext || new AudioContext();
  await page.audioContext.resume();
  $("check-start").hidden = true;
  $("check-retry").hidden = true;
  $("check-results").hidden = false;
  $("ready").disabled = true;
  $("camera-status").textContent = t("checking");
  $("mic-status").textContent = t("checking");
  if (page.devices) for (const track of page.devices.stream.getTracks()) track.stop();
  page.devices = await openDevices();
  $("network-status").textContent = t("checking");
  const network = checkNetwork(page.token); // alongside the microphone's few seconds
  const video = page.devices.stream.getVideoTracks()[0];
  const audio = page.devices.stream.getAudioTracks()[0];
  $("preview").hidden = !video;
  $("preview").srcObject = video ? new MediaStream([video]) : null;
  status("camera-status", page.devices.camera);
  if (audio) {
    const peak = await listen(page.audioContext, audio, $("mic-level"));
    page.devices.mic = peak >= MIC_HEARD ? "mic_ok" : "mic_silent";
  }
  status("mic-status", page.devices.mic);
  page.network = await network;
  $("network-part").hidden = page.network === null;
  if (page.network) status("network-status", page.network);
  $("check-retry").hidden = page.devices.camera === "camera_ok" && page.devices.mic === "mic_ok";
  $("ready").disabled = false;
  announce(`${$("camera-status").textContent} ${$("mic-status").textContent}`);
}

function speakerPlay() {
  page.audioContext = page.audioContext || new AudioContext();
  page.audioContext.resume();
  playTone(page.audioContext);
  $("speaker-ask").hidden = false;
  $("speaker-heard").hidden = false;
}

function speakerHeard() {
  page.speakerConfirmed = true;
  $("speaker-heard").hidden = true;
  $("speaker-ask").hidden = true;
  status("speaker-status", "speaker_ok");
  announce(t("speaker_ok"));
}

// ---- the waiting room -----------------------------------------------------------------------

async function ready() {
  if (page.consent && !$("consent-box").checked) {
    $("consent-error").textContent = t("consent_required");
    $("consent-box").focus();
    return;
  }
  $("consent-error").textContent = "";
  $("ready").disabled = true;
  await page.audioContext.resume(); // this tap also lets the call's sound play
  page.precall = summary(page.devices.camera, page.devices.mic, page.speakerConfirmed, page.network);
  page.consentGiven = Boolean(page.consent);
  try {
    if (!page.signaling) {
      page.signaling = new Signaling(page.token);
      listenTo(page.signaling);
      await page.signaling.connect();
    }
    await knock();
  } catch (refusal) {
    $("ready").disabled = false;
    if (refusal.code === "invalid_token" || refusal.code === "token_expired") return signedOut();
    return knockRefused(refusal);
  }
}

async function knock() {
  const precall = page.precall;
  $("lobby-host").textContent = t("lobby_host", { host: page.room.host_name });
  $("lobby-position").textContent = "";
  show("lobby");
  const consent = page.consent && page.consentGiven ? { consent: true } : {};
  keepPlace({ user_id: page.userId, room_id: page.room.room_id, in_call: false, precall, consent: Boolean(consent.consent) });
  await page.signaling.request("knock", { room_id: page.room.room_id, precall, ...consent });
}

function knockRefused(refusal) {
  const ends = { room_closed: "ended_closed", banned: "ended_banned", not_found: "problem_not_found" };
  if (ends[refusal.code]) return ended(ends[refusal.code]);
  if (refusal.code === "room_full") return problem("room_full", () => show("check"));
  if (refusal.code === "assurance_too_low") return problem("assurance_too_low");
  if (refusal.code === "consent_required") return problem("consent_required", () => show("check"));
  return problem("problem_unreachable", () => show("check"));
}

function lobbyPosition(message) {
  const position = message.position;
  page.selfId = message.participant_id;
  keepPlace({ in_call: false, self_id: message.participant_id });
  $("lobby-position").textContent = position <= 1 ? t("lobby_next") : t("lobby_position", { n: position });
}

async function leaveLobby() {
  await page.signaling.request("leave", { room_id: page.room.room_id }).catch(() => {});
  ended("ended_left_lobby", true);
}

// ---- the call -------------------------------------------------------------------------------

async function admitted(message) {
  page.selfId = message.participant_id;
  page.resuming = null;
  const iceServers = message.ice_servers || [];
  keepPlace({ in_call: true, self_id: page.selfId, ice_servers: iceServers });
  await enterCall(message.participants, iceServers);
}

/** Into the call with these others: a link to each, offered by us (the newcomer, or back after a reload). */
async function enterCall(participants, iceServers) {
  page.people.clear();
  for (const p of participants) page.people.set(p.participant_id, { name: p.name });
  $("call-h").textContent = t("call_title", { host: page.room.host_name });
  const local = {
    audio: page.devices.stream.getAudioTracks()[0] || null,
    video: page.camOn ? page.devices.stream.getVideoTracks()[0] || null : null,
  };
  page.micOn = Boolean(local.audio) && page.micOn;
  if (local.audio) local.audio.enabled = page.micOn;
  page.call = new Call(page.signaling, page.room.room_id, iceServers, local, onTrack, (pid) => gone(pid, "connection_lost"));
  page.call.onPaused = (pid, paused) => {
    const person = page.people.get(pid);
    if (person) person.paused = paused;
    refreshTile(pid);
  };
  $("tiles").replaceChildren();
  for (const pid of page.people.keys()) tile(pid);
  refreshSelf();
  show("call");
  announce(t("in_call"));
  await reportMedia();
  for (const pid of page.people.keys()) page.call.offerTo(pid).catch(() => {});
}

function gone(pid, reason) {
  const person = page.people.get(pid);
  page.people.delete(pid);
  if (page.call) page.call.forget(pid);
  const el = document.querySelector(`.tile[data-pid="${pid}"]`);
  if (el) el.remove();
  if (page.phase === "call" && page.people.size === 0) {
    // The last other person went: this call is over, and we leave it too.
    page.signaling.request("leave", { room_id: page.room.room_id }).catch(() => {});
    if (reason === "connection_lost") ended("ended_lost", true);
    else ended("ended_other_left", true, { name: person ? person.name : "" });
  }
}

function stopCall() {
  if (page.call) page.call.close();
  page.call = null;
  page.people.clear();
  $("tiles").replaceChildren();
  $("leave-confirm").hidden = true;
  $("call-notice").textContent = "";
}

function ended(key, canReturn = false, fields = {}) {
  stopCall();
  forgetPlace();
  page.resuming = null;
  $("ended-text").textContent = t(key, fields);
  $("return-lobby").hidden = !canReturn;
  // The deployment's page after a consultation (feedback, payment) — not after leaving the queue.
  const afterCall = page.afterCall && AFTER_A_CALL.has(key);
  $("after-call").hidden = !afterCall;
  if (afterCall) $("after-call-link").href = page.afterCall;
  show("ended");
  announce($("ended-text").textContent);
}

async function hangUp() {
  $("leave-confirm").hidden = true;
  await page.signaling.request("leave", { room_id: page.room.room_id }).catch(() => {});
  ended("ended_left", true);
}

async function returnToLobby() {
  if (!page.devices) return show("check");
  page.camOn = page.devices.camera === "camera_ok";
  if (page.camOn && page.devices.stream.getVideoTracks().every((track) => track.readyState === "ended")) {
    const track = await openCamera();
    page.devices.stream.getVideoTracks().forEach((old) => page.devices.stream.removeTrack(old));
    if (track) page.devices.stream.addTrack(track);
  }
  try {
    await knock();
  } catch (refusal) {
    knockRefused(refusal);
  }
}

function listenTo(signaling) {
  const on = (type, handler) => signaling.addEventListener(type, (event) => handler(event.detail));
  on("lobby", (m) => lobbyPosition(m));
  on("admitted", (m) => admitted(m));
  on("participant_joined", (m) => {
    page.people.set(m.participant.participant_id, { name: m.participant.name });
    tile(m.participant.participant_id);
  });
  on("participant_left", (m) => gone(m.participant_id, m.reason || "left"));
  on("signal_from", (m) => page.call && page.call.onSignal(m.sender, m.payload).catch(() => {}));
  on("room_state", (m) => (page.resuming ? callResumed(m) : roomState(m)));
  on("moderated", moderated);
  on("sent_to_lobby", () => {
    stopCall();
    keepPlace({ in_call: false });
    show("lobby");
    $("lobby-notice").textContent = t("sent_to_lobby");
  });
  on("kicked", (m) => ended(m.banned ? "ended_banned" : "ended_kicked"));
  on("call_ended", () => ended("ended_call_ended"));
  on("denied", () => ended("ended_denied"));
  on("room_closed", () => ended("ended_closed"));
  on("lost", () => {
    const where = page.phase === "call" ? $("call-notice") : $("lobby-notice");
    where.textContent = t("reconnecting");
    announce(t("reconnecting"));
  });
  on("back", async () => {
    const where = page.phase === "call" ? $("call-notice") : $("lobby-notice");
    where.textContent = t("reconnected");
    announce(t("reconnected"));
    if (page.phase === "lobby") await knock().catch(knockRefused);
  });
  on("signed_out", () => signedOut());
}

// ---- wiring ---------------------------------------------------------------------------------

function wire() {
  $("signin-test").addEventListener("submit", signInTest);
  wireEmail(signedIn);
  wireEid();
  $("check-start").addEventListener("click", runCheck);
  $("check-retry").addEventListener("click", runCheck);
  $("speaker-play").addEventListener("click", speakerPlay);
  $("speaker-heard").addEventListener("click", speakerHeard);
  $("ready").addEventListener("click", ready);
  $("lobby-leave").addEventListener("click", leaveLobby);
  $("toggle-mic").addEventListener("click", toggleMic);
  $("toggle-cam").addEventListener("click", toggleCam);
  $("ask-speak").addEventListener("click", async () => {
    await page.signaling.request("ask_to_unmute", { room_id: page.room.room_id }).catch(() => {});
    notice("asked_to_speak");
  });
  $("hang-up").addEventListener("click", () => {
    $("leave-confirm").hidden = false;
    $("leave-no").focus();
  });
  $("leave-no").addEventListener("click", () => {
    $("leave-confirm").hidden = true;
    $("hang-up").focus();
  });
  $("leave-yes").addEventListener("click", hangUp);
  $("return-lobby").addEventListener("click", returnToLobby);
  window.addEventListener("pagehide", () => {
    markAway(page.micOn, page.camOn);
    if (page.signaling) page.signaling.close();
  });
  // A phone's browser may discard a tab in the background without `pagehide`: note the time it went
  // out of sight, so a reload later counts the grace time from then.
  document.addEventListener("visibilitychange", () => {
    if (document.visibilityState === "hidden") markAway(page.micOn, page.camOn);
    else backHere();
  });
}

wire();
start().catch((error) => {
  console.error(error); // a fault of the page itself: kept visible to whoever looks (and to the tests)
  problem("problem_unreachable", () => location.reload());
});
