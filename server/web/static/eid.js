// Sign-in with an electronic ID in the browser, through the service (docs/protocol.md "Identity").
// BankID: the service starts the order; the person opens BankID on this device (the autostart link,
// opened only by their tap) or scans the QR, redrawn each second, on another; the page polls the
// service, which collects. OpenID Connect: the code flow with PKCE, redirected back to
// /guest/return; the verifier, state and nonce wait in this tab's sessionStorage across the
// redirect, the code is taken out of the address at once, and the service exchanges it.
// A refused or cancelled sign-in is said in a plain sentence, with the buttons back to try again.

import { t, lang } from "./i18n.js";
import { rest } from "./signaling.js";
import { $, page, announce } from "./page.js";

const OIDC_KEY = "samtale.guest.oidc";
const RETURN_PATH = "/guest/return";
const POLL_MS = 1000;

let bankid = null; // {login_id, auto_start_token, sameDevice, timer}
let onLoggedIn = null; // (LoginResponse) => journey goes on

function say(key) {
  $("eid-status").textContent = key ? t(key) : "";
  if (key) announce(t(key));
}

function rfa(code) {
  try {
    return t(code);
  } catch {
    return t("RFA22");
  }
}

function showButtons(shown) {
  $("eid-buttons").hidden = !shown;
  $("bankid-panel").hidden = shown;
}

// ---- BankID ---------------------------------------------------------------------------------

async function startBankId() {
  say(null);
  $("bankid-start").disabled = true;
  try {
    const started = await rest("POST", "/v1/auth/bankid");
    bankid = { ...started, sameDevice: false, timer: null };
  } catch (refusal) {
    const sentence = refusal.code === "provider_unavailable" && refusal.detail.startsWith("RFA") ? rfa(refusal.detail) : t("eid_failed");
    $("eid-status").textContent = sentence;
    return;
  } finally {
    $("bankid-start").disabled = false;
  }
  const token = encodeURIComponent(bankid.auto_start_token);
  $("bankid-this-device").href = `bankid:///?autostarttoken=${token}&redirect=null`;
  $("bankid-qr").hidden = false;
  $("bankid-status").textContent = rfa("RFA1");
  showButtons(false);
  $("bankid-this-device").focus();
  await pollBankId(bankid);
}

async function pollBankId(login) {
  if (bankid !== login) return; // cancelled or replaced meanwhile
  let state;
  try {
    state = await rest("GET", `/v1/auth/bankid/${encodeURIComponent(login.login_id)}${login.sameDevice ? "?device=this" : ""}`);
  } catch {
    state = { status: "failed", message: "RFA22" };
  }
  if (bankid !== login) return;
  if (state.status === "pending") {
    $("bankid-status").textContent = rfa(state.message);
    if (!login.sameDevice) $("bankid-qr").src = `/guest/bankid/${encodeURIComponent(login.login_id)}/qr.svg?at=${Date.now()}`;
    login.timer = setTimeout(() => pollBankId(login), POLL_MS);
    return;
  }
  bankid = null;
  showButtons(true);
  if (state.status === "complete" && state.login) return onLoggedIn(state.login); // its refresh token is dropped
  // Failed: BankID's own sentence (cancelled in the app, expired, blocked…), the buttons back.
  $("eid-status").textContent = rfa(state.message);
  announce($("eid-status").textContent);
  $("bankid-start").focus();
}

function thisDevice() {
  // The link itself opens the BankID app; from now on the messages are the same-device ones.
  if (!bankid) return;
  bankid.sameDevice = true;
  $("bankid-qr").hidden = true;
}

async function cancelBankId() {
  const login = bankid;
  bankid = null;
  if (login) {
    clearTimeout(login.timer);
    await rest("DELETE", `/v1/auth/bankid/${encodeURIComponent(login.login_id)}`).catch(() => {});
  }
  showButtons(true);
  say("eid_cancelled");
  $("bankid-start").focus();
}

// ---- OpenID Connect -------------------------------------------------------------------------

function randomText() {
  const bytes = new Uint8Array(32);
  crypto.getRandomValues(bytes);
  return base64url(bytes); // 43 characters
}

function base64url(bytes) {
  return btoa(String.fromCharCode(...bytes)).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}

async function challengeOf(verifier) {
  const digest = await crypto.subtle.digest("SHA-256", new TextEncoder().encode(verifier));
  return base64url(new Uint8Array(digest));
}

async function startOidc(provider, button) {
  say(null);
  button.disabled = true;
  const pending = {
    provider_id: provider.provider_id,
    state: randomText(),
    nonce: randomText(),
    verifier: randomText(),
    target: page.target,
    redirect_uri: `${location.origin}${RETURN_PATH}`,
  };
  try {
    const { authorization_url: url } = await rest("POST", "/v1/auth/oidc/web", null, {
      provider_id: pending.provider_id,
      redirect_uri: pending.redirect_uri,
      state: pending.state,
      nonce: pending.nonce,
      code_challenge: await challengeOf(pending.verifier),
      language: lang,
    });
    sessionStorage.setItem(OIDC_KEY, JSON.stringify(pending));
    location.assign(url);
  } catch {
    button.disabled = false;
    say("eid_failed");
  }
}

/** First thing the page does: if a provider sent the person back here, take the code and state
 * out of the address (back to /join/<code>) and return them with what this tab kept; else null. */
export function takeOidcReturn() {
  if (location.pathname !== RETURN_PATH) return null;
  const params = new URLSearchParams(location.search);
  let pending = null;
  try {
    pending = JSON.parse(sessionStorage.getItem(OIDC_KEY) || "null");
  } catch {
    pending = null;
  }
  sessionStorage.removeItem(OIDC_KEY); // one use
  const back = pending && pending.target ? `/join/${encodeURIComponent(pending.target)}` : "/join/-";
  history.replaceState(null, "", back);
  return { pending, code: params.get("code"), state: params.get("state"), error: params.get("error") };
}

/** Finish the sign-in the provider sent back; false (with the sentence said) when it did not work. */
export async function finishOidc(returned, onLogin) {
  const { pending, code, state, error } = returned;
  if (!pending || error || !code) {
    say(error === "access_denied" || error === "login_required" ? "eid_cancelled" : "eid_failed");
    return false;
  }
  if (state !== pending.state) {
    say("eid_failed"); // not the answer to this tab's own request
    return false;
  }
  let login;
  try {
    login = await rest("POST", "/v1/auth/oidc/web/token", null, {
      provider_id: pending.provider_id,
      code,
      code_verifier: pending.verifier,
      redirect_uri: pending.redirect_uri,
      nonce: pending.nonce,
    });
  } catch (refusal) {
    say(refusal.code === "assurance_too_low" ? "eid_assurance" : "eid_failed");
    return false;
  }
  await onLogin(login);
  return true;
}

// ---- wiring ---------------------------------------------------------------------------------

/** Show the ways the service offers (`providers`: AuthProviders); `onLogin(LoginResponse)` goes on. */
export function offerEid(providers, onLogin) {
  onLoggedIn = onLogin;
  $("bankid-start").hidden = !providers.bankid_se;
  const buttons = $("oidc-buttons");
  buttons.replaceChildren();
  for (const provider of providers.oidc || []) {
    const names = provider.display_name || {};
    const button = document.createElement("button");
    button.type = "button";
    button.className = "oidc-start";
    button.dataset.provider = provider.provider_id;
    button.textContent = t("oidc_start", { name: names[lang] || names.en || provider.provider_id });
    button.addEventListener("click", () => startOidc(provider, button));
    buttons.append(button);
  }
  $("signin-eid").hidden = !providers.bankid_se && !(providers.oidc || []).length;
  showButtons(true);
}

export function wireEid() {
  $("bankid-start").addEventListener("click", startBankId);
  $("bankid-this-device").addEventListener("click", thisDevice);
  $("bankid-cancel").addEventListener("click", cancelBankId);
  $("bankid-qr").alt = t("bankid_qr_label");
}
