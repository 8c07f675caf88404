// In the call: the other members' tiles (picture, sound, camera-off card, silenced when the
// service says so) and one's own microphone and camera, as the person and the host set them.

import { t } from "./i18n.js";
import { openCamera } from "./checks.js";
import { $, page, announce } from "./page.js";

export function initials(name) {
  return name.split(/\s+/).filter(Boolean).slice(0, 2).map((w) => w[0].toUpperCase()).join("");
}

export function tile(pid) {
  let el = document.querySelector(`.tile[data-pid="${pid}"]`);
  if (el) return el;
  const person = page.people.get(pid) || { name: "" };
  el = document.createElement("figure");
  el.className = "tile";
  el.dataset.pid = pid;
  el.innerHTML = '<video playsinline autoplay muted></video><audio autoplay></audio><div class="off" hidden><span class="initials"></span><span class="off-text"></span></div><figcaption class="name"></figcaption>';
  el.querySelector(".name").textContent = person.name;
  el.querySelector("video").setAttribute("aria-label", person.name);
  $("tiles").append(el);
  refreshTile(pid);
  return el;
}

export function refreshTile(pid) {
  const el = document.querySelector(`.tile[data-pid="${pid}"]`);
  const person = page.people.get(pid);
  if (!el || !person) return;
  el.querySelector(".name").textContent = person.name;
  // A picture the sender paused to keep the sound (`video_paused`) is taken down, never left frozen.
  const paused = Boolean(person.paused) && person.video_on !== false;
  const off = person.video_on === false || paused;
  el.querySelector(".off").hidden = !off;
  el.querySelector("video").hidden = off;
  el.querySelector(".initials").textContent = initials(person.name);
  el.querySelector(".off-text").textContent = t(paused ? "picture_paused_tile" : "camera_off_tile", { name: person.name });
  // Receivers silence anyone the service says is not allowed to speak (docs/protocol.md room_state).
  el.querySelector("audio").muted = person.audio_control !== undefined && person.audio_control !== "allow";
}

export function onTrack(pid, track) {
  const el = tile(pid);
  const media = el.querySelector(track.kind === "audio" ? "audio" : "video");
  media.srcObject = new MediaStream([track]);
  media.play().catch(() => {});
}

export function refreshSelf() {
  const video = page.call ? page.call.local.video : null;
  $("self-video").srcObject = video ? new MediaStream([video]) : null;
  $("self-video").hidden = !video;
  $("self-off").hidden = Boolean(video);
  $("self-off").textContent = page.devices.camera === "camera_ok" ? t("cam_is_off") : t("no_camera_in_call");
  const hasMic = page.devices.stream.getAudioTracks().length > 0;
  const hasCam = page.devices.camera === "camera_ok";
  const mic = $("toggle-mic");
  mic.textContent = page.micOn ? t("mic_turn_off") : t("mic_turn_on");
  mic.setAttribute("aria-pressed", String(page.micOn));
  mic.disabled = !hasMic || page.controls.audio === "hard_mute";
  const cam = $("toggle-cam");
  cam.textContent = page.camOn && hasCam ? t("cam_turn_off") : t("cam_turn_on");
  cam.setAttribute("aria-pressed", String(page.camOn && hasCam));
  cam.disabled = !hasCam || page.controls.video === "hard_mute";
  $("ask-speak").hidden = page.controls.audio !== "hard_mute";
}

export async function reportMedia() {
  const hasCam = page.devices.camera === "camera_ok";
  const hasMic = page.devices.stream.getAudioTracks().length > 0;
  await page.signaling
    .request("set_media", { room_id: page.room.room_id, audio_on: page.micOn && hasMic, video_on: page.camOn && hasCam })
    .catch(() => {});
}

export function setMic(on) {
  page.micOn = on;
  for (const track of page.devices.stream.getAudioTracks()) track.enabled = on;
  refreshSelf();
}

export async function setCamera(on) {
  page.camOn = on;
  if (!page.call) return;
  if (on) {
    const track = await openCamera();
    if (!track) {
      page.camOn = false;
    } else {
      page.devices.stream.getVideoTracks().forEach((old) => page.devices.stream.removeTrack(old));
      page.devices.stream.addTrack(track);
    }
    await page.call.setVideo(track);
  } else {
    // Stop sending and let the camera go (its light goes out): nothing is sent, not black frames.
    await page.call.setVideo(null);
    for (const track of page.devices.stream.getVideoTracks()) track.stop();
  }
  refreshSelf();
}

export async function toggleMic() {
  const on = !page.micOn;
  setMic(on);
  try {
    await page.signaling.request("set_media", { room_id: page.room.room_id, audio_on: on, video_on: page.camOn && page.devices.camera === "camera_ok" });
    announce(t(on ? "mic_is_on" : "mic_is_off"));
  } catch (refusal) {
    if (refusal.code === "hard_muted") {
      setMic(false);
      notice("hard_muted_audio");
    }
  }
}

export async function toggleCam() {
  const on = !page.camOn;
  await setCamera(on);
  try {
    await page.signaling.request("set_media", { room_id: page.room.room_id, audio_on: page.micOn, video_on: page.camOn });
    announce(t(page.camOn ? "cam_is_on" : "cam_is_off"));
  } catch (refusal) {
    if (refusal.code === "hard_muted") {
      await setCamera(false);
      notice("hard_muted_video");
    }
  }
}

export function notice(key) {
  $("call-notice").textContent = t(key);
}

export async function moderated(message) {
  if (message.audio) {
    page.controls.audio = message.audio;
    if (message.audio !== "allow") {
      setMic(false);
      notice(message.audio === "hard_mute" ? "hard_muted_audio" : "muted_by_host");
    }
  }
  if (message.video) {
    page.controls.video = message.video;
    if (message.video !== "allow") {
      await setCamera(false);
      notice(message.video === "hard_mute" ? "hard_muted_video" : "cam_muted_by_host");
    }
  }
  if (message.audio === "allow" || message.video === "allow") notice("allowed_again");
  refreshSelf();
  announce($("call-notice").textContent);
}

export function roomState(message) {
  for (const p of message.participants) {
    if (p.participant_id === page.selfId) {
      page.controls = { audio: p.audio_control, video: p.video_control };
      continue;
    }
    const paused = Boolean(page.people.get(p.participant_id)?.paused); // told by the sender, not the service
    page.people.set(p.participant_id, { name: p.name, video_on: p.video_on, audio_control: p.audio_control, paused });
    refreshTile(p.participant_id);
  }
  if (page.call) refreshSelf();
}
