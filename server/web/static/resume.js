// What the guest page keeps across a reload of its tab, and only there (sessionStorage: this tab,
// this origin; gone when the tab closes; never localStorage, which every tab shares):
//  - the sign-in: the access token and the user id it was issued for (never a refresh token);
//  - the place: the room, lobby or call, one's own participant id, the pre-call summary and
//    consent sent with the knock, the call's ICE servers, microphone and camera on or off, and
//    when the page went away.
// A place is taken back only by the same user id, in the same room, within the service's
// reconnect grace time (docs/protocol.md "Reconnecting"); the service itself hands a membership
// only to the person who holds it, so a different person signed in on this device starts afresh.

const LOGIN_KEY = "samtale.guest.login";
const PLACE_KEY = "samtale.guest.place";

function read(key) {
  try {
    return JSON.parse(sessionStorage.getItem(key) || "null");
  } catch {
    return null;
  }
}

/** The sign-in this tab holds: {token, user_id}, or null. */
export function storedLogin() {
  const login = read(LOGIN_KEY);
  return login && typeof login.token === "string" && typeof login.user_id === "string" ? login : null;
}

export function keepLogin(token, userId) {
  sessionStorage.setItem(LOGIN_KEY, JSON.stringify({ token, user_id: userId }));
}

/** Sign out of this tab: the token and any place it held. */
export function forgetLogin() {
  sessionStorage.removeItem(LOGIN_KEY);
  forgetPlace();
}

/** Record (merge into) this tab's place; `user_id` and `room_id` say whose and where. */
export function keepPlace(fields) {
  const place = { ...(read(PLACE_KEY) || {}), ...fields, saved_at: Date.now(), away_at: null };
  sessionStorage.setItem(PLACE_KEY, JSON.stringify(place));
}

export function forgetPlace() {
  sessionStorage.removeItem(PLACE_KEY);
}

/** The page is going away (reload, tab closed, phone browser discarding it): note when, and how
 * the microphone and camera were, so a reload puts them back as they were (a muted person stays muted). */
export function markAway(micOn, camOn) {
  const place = read(PLACE_KEY);
  if (!place) return;
  sessionStorage.setItem(PLACE_KEY, JSON.stringify({ ...place, away_at: Date.now(), mic_on: micOn, cam_on: camOn }));
}

/** The page is in front again (a phone switched back to the browser): not away after all. */
export function backHere() {
  const place = read(PLACE_KEY);
  if (place) sessionStorage.setItem(PLACE_KEY, JSON.stringify({ ...place, saved_at: Date.now(), away_at: null }));
}

/** The place this user had in this room, if it can still be taken back; else null (and forgotten). */
export function placeFor(userId, roomId, graceS) {
  const place = read(PLACE_KEY);
  if (!place) return null;
  const since = place.away_at || place.saved_at || 0;
  const fresh = Date.now() - since < graceS * 1000;
  if (place.user_id !== userId || place.room_id !== roomId || !fresh) {
    forgetPlace();
    return null;
  }
  return place;
}
