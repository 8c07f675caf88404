// The guest page's words in Norwegian bokmål, Swedish and English; the language follows the browser.
// Every user-visible string of the page is here (and in words_eid.js), keyed; {name}-style fields
// are filled by t().

import { EID_STRINGS } from "./words_eid.js";

const STRINGS = {
  title: ["Video consultation", "Videokonsultasjon", "Videobesök"],
  problem_title: ["We cannot open this consultation", "Vi kan ikke åpne denne konsultasjonen", "Vi kan inte öppna det här besöket"],
  problem_bad_link: [
    "This link is not complete. Check the link in the message you got, or type the code in the Samtale app.",
    "Denne lenken er ikke fullstendig. Sjekk lenken i meldingen du fikk, eller skriv inn koden i Samtale-appen.",
    "Den här länken är inte fullständig. Kontrollera länken i meddelandet du fick, eller skriv in koden i Samtale-appen.",
  ],
  problem_not_found: [
    "There is no consultation with this code. Check the link, or ask the clinic for a new one.",
    "Det finnes ingen konsultasjon med denne koden. Sjekk lenken, eller be klinikken om en ny.",
    "Det finns inget besök med den här koden. Kontrollera länken eller be mottagningen om en ny.",
  ],
  problem_closed: [
    "This consultation room is closed. Ask the clinic for a new link.",
    "Dette konsultasjonsrommet er stengt. Be klinikken om en ny lenke.",
    "Det här besöksrummet är stängt. Be mottagningen om en ny länk.",
  ],
  problem_unreachable: [
    "The service cannot be reached. Check your internet connection and try again.",
    "Tjenesten kan ikke nås. Sjekk internettforbindelsen og prøv igjen.",
    "Tjänsten går inte att nå. Kontrollera internetanslutningen och försök igen.",
  ],
  problem_browser: [
    "This browser cannot make video calls. Use a recent Safari, Chrome, Edge or Firefox, or the Samtale app.",
    "Denne nettleseren kan ikke ta videosamtaler. Bruk en ny Safari, Chrome, Edge eller Firefox, eller Samtale-appen.",
    "Den här webbläsaren kan inte ringa videosamtal. Använd en ny Safari, Chrome, Edge eller Firefox, eller Samtale-appen.",
  ],
  try_again: ["Try again", "Prøv igjen", "Försök igen"],
  open_app: ["Open in the Samtale app", "Åpne i Samtale-appen", "Öppna i Samtale-appen"],
  or_browser: ["Or continue here in the browser:", "Eller fortsett her i nettleseren:", "Eller fortsätt här i webbläsaren:"],
  signin_title: ["Sign in", "Logg inn", "Logga in"],
  signin_intro: [
    "Sign in so the clinic knows it is you.",
    "Logg inn så klinikken vet at det er deg.",
    "Logga in så att mottagningen vet att det är du.",
  ],
  name_label: ["Your name", "Navnet ditt", "Ditt namn"],
  name_required: ["Write your name.", "Skriv navnet ditt.", "Skriv ditt namn."],
  signin_test: ["Sign in with the test identity", "Logg inn med testidentiteten", "Logga in med testidentiteten"],
  signin_test_note: [
    "This service runs in test mode: the test identity is not a real sign-in.",
    "Denne tjenesten kjører i testmodus: testidentiteten er ikke en ekte innlogging.",
    "Den här tjänsten körs i testläge: testidentiteten är ingen riktig inloggning.",
  ],
  signin_unavailable: [
    "This service offers no way to sign in here in the browser. Open the link in the Samtale app.",
    "Denne tjenesten har ingen måte å logge inn på her i nettleseren. Åpne lenken i Samtale-appen.",
    "Den här tjänsten har inget sätt att logga in här i webbläsaren. Öppna länken i Samtale-appen.",
  ],
  email_title: ["No electronic ID? Sign in with e-mail", "Har du ikke elektronisk ID? Logg inn med e-post", "Har du ingen e-legitimation? Logga in med e-post"],
  email_note: [
    "We send a code to your e-mail. This is a weaker sign-in than BankID: your clinic sees it, and some consultations need an electronic ID.",
    "Vi sender en kode til e-posten din. Dette er en svakere innlogging enn BankID: klinikken ser det, og noen konsultasjoner krever elektronisk ID.",
    "Vi skickar en kod till din e-post. Det här är en svagare inloggning än BankID: mottagningen ser det, och vissa samtal kräver e-legitimation.",
  ],
  email_name_label: ["Your full name", "Fullt navn", "Ditt fullständiga namn"],
  email_label: ["Your e-mail address", "E-postadressen din", "Din e-postadress"],
  email_send: ["Send me a code", "Send meg en kode", "Skicka en kod till mig"],
  email_send_again: ["Send a new code", "Send en ny kode", "Skicka en ny kod"],
  email_code_label: ["The code from the e-mail", "Koden fra e-posten", "Koden från mejlet"],
  email_signin: ["Sign in with the code", "Logg inn med koden", "Logga in med koden"],
  email_fill_in: ["Write your name and your e-mail address.", "Skriv navnet ditt og e-postadressen din.", "Skriv ditt namn och din e-postadress."],
  email_sent: [
    "If {address} is right, a code is on its way. It can be used once, within {minutes} min.",
    "Hvis {address} er riktig, er en kode på vei. Den kan brukes én gang, innen {minutes} min.",
    "Om {address} stämmer är en kod på väg. Den kan användas en gång, inom {minutes} min.",
  ],
  email_code_invalid: [
    "That code is not right, or it has expired. Check it or ask for a new code.",
    "Koden er feil eller har gått ut. Sjekk den, eller be om en ny kode.",
    "Koden är fel eller har gått ut. Kontrollera den eller be om en ny kod.",
  ],
  email_rate_limited: [
    "Too many attempts. Wait a few minutes and try again.",
    "For mange forsøk. Vent noen minutter og prøv igjen.",
    "För många försök. Vänta några minuter och försök igen.",
  ],
  email_failed: [
    "The e-mail could not be sent. Try again in a while.",
    "E-posten kunne ikke sendes. Prøv igjen om litt.",
    "Mejlet kunde inte skickas. Försök igen om en stund.",
  ],
  assurance_too_low: [
    "This consultation needs sign-in with BankID or another electronic ID. Open the link in the Samtale app, or contact your clinic.",
    "Denne konsultasjonen krever innlogging med BankID eller en annen elektronisk ID. Åpne lenken i Samtale-appen, eller kontakt klinikken.",
    "Det här besöket kräver inloggning med BankID eller en annan e-legitimation. Öppna länken i Samtale-appen eller kontakta din mottagning.",
  ],
  consent_title: ["Consent", "Samtykke", "Samtycke"],
  consent_agree: ["I have read this and I agree", "Jeg har lest dette og samtykker", "Jag har läst detta och samtycker"],
  consent_required: [
    "Read and accept the consent before you enter the waiting room.",
    "Les og godta samtykket før du går inn i venterommet.",
    "Läs och godkänn samtycket innan du går in i väntrummet.",
  ],
  check_title: ["Check your camera and sound", "Sjekk kamera og lyd", "Kontrollera kamera och ljud"],
  check_intro: [
    "Before you wait for {host}, check that you will be seen and heard. The browser will ask to use the camera and microphone.",
    "Før du venter på {host}, sjekk at du blir sett og hørt. Nettleseren spør om å få bruke kameraet og mikrofonen.",
    "Innan du väntar på {host}, kontrollera att du syns och hörs. Webbläsaren frågar om den får använda kameran och mikrofonen.",
  ],
  check_start: ["Start the check", "Start sjekken", "Starta kontrollen"],
  checking: ["Checking…", "Sjekker …", "Kontrollerar …"],
  camera: ["Camera", "Kamera", "Kamera"],
  microphone: ["Microphone", "Mikrofon", "Mikrofon"],
  speaker: ["Speaker", "Høyttaler", "Högtalare"],
  camera_ok: [
    "The camera works. This is how you will look.",
    "Kameraet virker. Slik kommer du til å se ut.",
    "Kameran fungerar. Så här kommer du att synas.",
  ],
  camera_none: [
    "No camera found: the others will hear you but not see you.",
    "Fant ikke noe kamera: de andre hører deg, men ser deg ikke.",
    "Ingen kamera hittades: de andra hör dig men ser dig inte.",
  ],
  camera_permission_denied: [
    "You did not allow the camera: the others will hear you but not see you. To allow it, open the browser's settings for this page, then press Try again.",
    "Du tillot ikke kameraet: de andre hører deg, men ser deg ikke. For å tillate det, åpne nettleserens innstillinger for denne siden og trykk Prøv igjen.",
    "Du tillät inte kameran: de andra hör dig men ser dig inte. För att tillåta den, öppna webbläsarens inställningar för den här sidan och tryck på Försök igen.",
  ],
  mic_ok: ["The microphone hears you.", "Mikrofonen hører deg.", "Mikrofonen hör dig."],
  mic_silent: [
    "The microphone hears nothing. Say something, or check that it is not turned off.",
    "Mikrofonen hører ingenting. Si noe, eller sjekk at den ikke er slått av.",
    "Mikrofonen hör ingenting. Säg något, eller kontrollera att den inte är avstängd.",
  ],
  mic_none: [
    "No microphone found: the others will see you but not hear you.",
    "Fant ingen mikrofon: de andre ser deg, men hører deg ikke.",
    "Ingen mikrofon hittades: de andra ser dig men hör dig inte.",
  ],
  mic_permission_denied: [
    "You did not allow the microphone: the others will not hear you.",
    "Du tillot ikke mikrofonen: de andre hører deg ikke.",
    "Du tillät inte mikrofonen: de andra hör dig inte.",
  ],
  mic_level: ["Microphone level", "Mikrofonnivå", "Mikrofonnivå"],
  network: ["Network", "Nettverk", "Nätverk"],
  network_ok: ["The connection for the video call works.", "Forbindelsen for videosamtalen virker.", "Anslutningen för videosamtalet fungerar."],
  network_relay_failed: [
    "The call's relay cannot be reached from this network, so the call may not connect. Try another network, for example mobile data.",
    "Samtalens reléserver kan ikke nås fra dette nettverket, så samtalen kobler kanskje ikke til. Prøv et annet nettverk, for eksempel mobildata.",
    "Samtalets reläserver går inte att nå från det här nätverket, så samtalet kanske inte kopplas upp. Prova ett annat nätverk, till exempel mobildata.",
  ],
  network_service_unreachable: [
    "The service cannot be reached. Check your internet connection and try again.",
    "Tjenesten kan ikke nås. Sjekk internettforbindelsen og prøv igjen.",
    "Tjänsten går inte att nå. Kontrollera internetanslutningen och försök igen.",
  ],
  speaker_play: ["Play a test sound", "Spill av en testlyd", "Spela upp ett testljud"],
  speaker_ask: [
    "Did you hear the sound? If not, turn the volume up and play it again.",
    "Hørte du lyden? Hvis ikke, skru opp lyden og spill den av igjen.",
    "Hörde du ljudet? Om inte, höj volymen och spela upp det igen.",
  ],
  speaker_heard: ["I heard it", "Jeg hørte den", "Jag hörde det"],
  speaker_ok: ["Good: you will hear the others.", "Bra: du kommer til å høre de andre.", "Bra: du kommer att höra de andra."],
  ready: ["I'm ready", "Jeg er klar", "Jag är redo"],
  emergency_general: [
    "Samtale is not for emergencies. If a life is in danger, call 112.",
    "Samtale er ikke for akutte situasjoner. Ved fare for liv, ring 112.",
    "Samtale är inte till för akuta lägen. Vid fara för liv, ring 112.",
  ],
  emergency_no: [
    "Is it urgent? Call 113, or the out-of-hours service (legevakt) on 116 117.",
    "Haster det? Ring 113, eller legevakten på 116 117.",
    "Är det bråttom? Ring 113, eller jourmottagningen (legevakt) på 116 117.",
  ],
  emergency_se: [
    "Call 112 in an emergency, 1177 for health-care advice.",
    "Ring 112 ved akutt fare, 1177 for helseråd.",
    "Ring 112 vid akut fara, 1177 för sjukvårdsrådgivning.",
  ],
  lobby_title: ["Waiting room", "Venterom", "Väntrum"],
  lobby_host: [
    "{host} will let you in. Keep this page open.",
    "{host} slipper deg inn. Hold denne siden åpen.",
    "{host} släpper in dig. Ha den här sidan öppen.",
  ],
  lobby_next: ["You are next.", "Du er den neste.", "Du är näst på tur."],
  lobby_position: ["You are number {n} in the queue.", "Du er nummer {n} i køen.", "Du är nummer {n} i kön."],
  lobby_leave: ["Leave the waiting room", "Forlat venterommet", "Lämna väntrummet"],
  call_title: ["Consultation with {host}", "Konsultasjon med {host}", "Besök hos {host}"],
  you: ["You", "Deg", "Du"],
  mic_turn_off: ["Turn microphone off", "Slå av mikrofonen", "Stäng av mikrofonen"],
  mic_turn_on: ["Turn microphone on", "Slå på mikrofonen", "Slå på mikrofonen"],
  cam_turn_off: ["Turn camera off", "Slå av kameraet", "Stäng av kameran"],
  cam_turn_on: ["Turn camera on", "Slå på kameraet", "Slå på kameran"],
  hang_up: ["Hang up", "Legg på", "Lägg på"],
  leave_question: ["Leave the consultation?", "Vil du forlate konsultasjonen?", "Vill du lämna besöket?"],
  leave_yes: ["Yes, hang up", "Ja, legg på", "Ja, lägg på"],
  leave_no: ["No, stay", "Nei, bli", "Nej, stanna kvar"],
  ask_to_speak: ["Ask to speak", "Be om ordet", "Be om ordet"],
  asked_to_speak: ["The clinician has been asked.", "Behandleren har fått beskjed.", "Behandlaren har fått besked."],
  mic_is_off: ["Your microphone is off.", "Mikrofonen din er av.", "Din mikrofon är av."],
  mic_is_on: ["Your microphone is on.", "Mikrofonen din er på.", "Din mikrofon är på."],
  cam_is_off: ["Your camera is off.", "Kameraet ditt er av.", "Din kamera är av."],
  cam_is_on: ["Your camera is on.", "Kameraet ditt er på.", "Din kamera är på."],
  no_camera_in_call: ["You have no camera.", "Du har ikke noe kamera.", "Du har ingen kamera."],
  in_call: ["You are in the consultation.", "Du er med i konsultasjonen.", "Du är med i besöket."],
  muted_by_host: [
    "The clinician turned your microphone off. You can turn it on again.",
    "Behandleren slo av mikrofonen din. Du kan slå den på igjen.",
    "Behandlaren stängde av din mikrofon. Du kan slå på den igen.",
  ],
  hard_muted_audio: [
    "The clinician has turned your microphone off until they allow it.",
    "Behandleren har slått av mikrofonen din til hen tillater den igjen.",
    "Behandlaren har stängt av din mikrofon tills hen tillåter den igen.",
  ],
  cam_muted_by_host: [
    "The clinician turned your camera off. You can turn it on again.",
    "Behandleren slo av kameraet ditt. Du kan slå det på igjen.",
    "Behandlaren stängde av din kamera. Du kan slå på den igen.",
  ],
  hard_muted_video: [
    "The clinician has turned your camera off until they allow it.",
    "Behandleren har slått av kameraet ditt til hen tillater det igjen.",
    "Behandlaren har stängt av din kamera tills hen tillåter den igen.",
  ],
  allowed_again: [
    "The clinician allows your microphone and camera again.",
    "Behandleren tillater mikrofonen og kameraet ditt igjen.",
    "Behandlaren tillåter din mikrofon och kamera igen.",
  ],
  camera_off_tile: ["{name} has the camera off", "{name} har kameraet av", "{name} har kameran avstängd"],
  picture_paused_tile: [
    "Picture paused. {name} can still be heard.",
    "Bildet er satt på pause. {name} høres fortsatt.",
    "Bilden är pausad. {name} hörs fortfarande.",
  ],
  connecting: ["Connecting…", "Kobler til …", "Ansluter …"],
  reconnecting: [
    "The connection was lost. Trying to reconnect…",
    "Forbindelsen ble brutt. Prøver å koble til igjen …",
    "Anslutningen bröts. Försöker ansluta igen …",
  ],
  reconnected: ["Connected again.", "Tilkoblet igjen.", "Ansluten igen."],
  sent_to_lobby: [
    "The clinician moved you back to the waiting room.",
    "Behandleren flyttet deg tilbake til venterommet.",
    "Behandlaren flyttade dig tillbaka till väntrummet.",
  ],
  ended_title: ["The consultation has ended", "Konsultasjonen er slutt", "Besöket är slut"],
  ended_call_ended: ["The clinician ended the consultation.", "Behandleren avsluttet konsultasjonen.", "Behandlaren avslutade besöket."],
  ended_left: ["You left the consultation.", "Du forlot konsultasjonen.", "Du lämnade besöket."],
  ended_left_lobby: ["You left the waiting room.", "Du forlot venterommet.", "Du lämnade väntrummet."],
  ended_other_left: ["{name} has left.", "{name} har gått.", "{name} har lämnat."],
  ended_lost: [
    "The connection to the other person was lost.",
    "Forbindelsen til den andre personen ble brutt.",
    "Anslutningen till den andra personen bröts.",
  ],
  ended_kicked: [
    "The clinician removed you from the consultation.",
    "Behandleren fjernet deg fra konsultasjonen.",
    "Behandlaren tog bort dig från besöket.",
  ],
  ended_denied: [
    "The clinician did not let you in this time. Contact the clinic if you think this is wrong.",
    "Behandleren slapp deg ikke inn denne gangen. Kontakt klinikken hvis du tror dette er feil.",
    "Behandlaren släppte inte in dig den här gången. Kontakta mottagningen om du tror att det är fel.",
  ],
  ended_closed: [
    "The room has been closed: nobody will come. Contact the clinic if you still need a consultation.",
    "Rommet er stengt: ingen kommer. Kontakt klinikken hvis du fortsatt trenger en konsultasjon.",
    "Rummet är stängt: ingen kommer. Kontakta mottagningen om du fortfarande behöver ett besök.",
  ],
  ended_banned: ["You cannot enter this room.", "Du kan ikke gå inn i dette rommet.", "Du kan inte gå in i det här rummet."],
  room_full: ["The room is full right now. Try again later.", "Rommet er fullt akkurat nå. Prøv igjen senere.", "Rummet är fullt just nu. Försök igen senare."],
  failed: ["That did not work. Try again.", "Det gikk ikke. Prøv igjen.", "Det gick inte. Försök igen."],
  after_call: ["Continue to the clinic's page", "Gå videre til klinikkens side", "Fortsätt till mottagningens sida"],
  return_lobby: ["Return to the waiting room", "Gå tilbake til venterommet", "Gå tillbaka till väntrummet"],
  your_picture: ["Your picture", "Ditt bilde", "Din bild"],
  call_controls: ["Call controls", "Samtalekontroller", "Samtalskontroller"],
};

Object.assign(STRINGS, EID_STRINGS);

const LANGS = ["en", "nb", "sv"];

/** The page's language from the browser's list: Norwegian (nb, no, nn) → nb, Swedish → sv, else English. */
export function pickLanguage(preferred) {
  for (const tag of preferred || []) {
    const base = String(tag).toLowerCase().split("-")[0];
    if (base === "nb" || base === "no" || base === "nn") return "nb";
    if (base === "sv") return "sv";
    if (base === "en") return "en";
  }
  return "en";
}

export const lang = pickLanguage(navigator.languages && navigator.languages.length ? navigator.languages : [navigator.language]);

/** The text of `key` in the page's language with `{field}`s filled in. */
export function t(key, fields = {}) {
  const entry = STRINGS[key];
  if (!entry) throw new Error(`no string ${key}`);
  const text = entry[LANGS.indexOf(lang)];
  return text.replace(/\{(\w+)\}/g, (_, name) => String(fields[name] ?? ""));
}

/** Fill every element with `data-t` (text) or `data-t-label` (aria-label) in `root`. */
export function translate(root) {
  document.documentElement.lang = lang;
  for (const el of root.querySelectorAll("[data-t]")) el.textContent = t(el.dataset.t);
  for (const el of root.querySelectorAll("[data-t-label]")) el.setAttribute("aria-label", t(el.dataset.tLabel));
}
