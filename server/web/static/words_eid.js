// The guest page's words for signing in with BankID and OpenID providers, [en, nb, sv] as in i18n.js.
// BankID's own messages (RFA codes) are in the words BankID recommends, as the desktop has them.

const SEARCHING = [
  "Searching for BankID, it may take a little while. If a few seconds have passed and still no BankID has been found, you probably don't have a BankID which can be used for this identification on this device. If you don't have a BankID you can get one from your bank.",
  "Søker etter BankID, det kan ta litt tid. Hvis det har gått noen sekunder uten at noen BankID er funnet, har du sannsynligvis ingen BankID som kan brukes til denne identifiseringen på denne enheten. Hvis du ikke har BankID, kan du få en hos banken din.",
  "Söker efter BankID, det kan ta en liten stund. Om det har gått några sekunder och inget BankID har hittats har du sannolikt inget BankID som går att använda för den aktuella identifieringen på den här enheten. Om du inte har något BankID kan du skaffa ett hos din bank.",
];
const START = ["Start your BankID app.", "Start BankID-appen.", "Starta BankID-appen."];

export const EID_STRINGS = {
  bankid_start: ["Sign in with BankID", "Logg inn med BankID", "Logga in med BankID"],
  oidc_start: ["Sign in with {name}", "Logg inn med {name}", "Logga in med {name}"],
  bankid_this_device: ["Open BankID on this device", "Åpne BankID på denne enheten", "Öppna BankID på den här enheten"],
  bankid_other_device: [
    "Or scan the QR code with the BankID app on another device.",
    "Eller skann QR-koden med BankID-appen på en annen enhet.",
    "Eller skanna QR-koden med BankID-appen på en annan enhet.",
  ],
  bankid_qr_label: ["QR code for BankID", "QR-kode for BankID", "QR-kod för BankID"],
  eid_cancel: ["Cancel", "Avbryt", "Avbryt"],
  eid_cancelled: [
    "The sign-in was cancelled. You can try again.",
    "Innloggingen ble avbrutt. Du kan prøve igjen.",
    "Inloggningen avbröts. Du kan försöka igen.",
  ],
  eid_failed: [
    "The sign-in did not work. Try again, or choose another way to sign in.",
    "Innloggingen virket ikke. Prøv igjen, eller velg en annen måte å logge inn på.",
    "Inloggningen fungerade inte. Försök igen eller välj ett annat sätt att logga in.",
  ],
  eid_assurance: [
    "That sign-in was not at a high enough level for this service. Try again with a stronger electronic ID.",
    "Den innloggingen var ikke på et høyt nok nivå for denne tjenesten. Prøv igjen med en sterkere elektronisk ID.",
    "Den inloggningen var inte på en tillräckligt hög nivå för den här tjänsten. Försök igen med en starkare e-legitimation.",
  ],
  RFA1: START,
  RFA2: [
    "The BankID app is not installed. Please contact your bank.",
    "BankID-appen er ikke installert. Kontakt banken din.",
    "Du har inte BankID-appen installerad. Kontakta din bank.",
  ],
  RFA3: ["Action cancelled. Please try again.", "Handlingen er avbrutt. Prøv igjen.", "Åtgärden avbruten. Försök igen."],
  RFA4: [
    "An identification or signing for this personal number is already started. Please try again.",
    "En identifisering eller signering for dette personnummeret er allerede startet. Prøv igjen.",
    "En identifiering eller underskrift för det här personnumret är redan påbörjad. Försök igen.",
  ],
  RFA5: ["Internal error. Please try again.", "Intern feil. Prøv igjen.", "Internt tekniskt fel. Försök igen."],
  RFA6: ["Action cancelled.", "Handlingen er avbrutt.", "Åtgärden avbruten."],
  RFA8: [
    "The BankID app is not responding. Please check that it is started and that you have internet access. If you don't have a valid BankID you can get one from your bank. Try again.",
    "BankID-appen svarer ikke. Sjekk at den er startet og at du har internettilgang. Hvis du ikke har en gyldig BankID, kan du få en hos banken din. Prøv igjen.",
    "BankID-appen svarar inte. Kontrollera att den är startad och att du har internetanslutning. Om du inte har något giltigt BankID kan du skaffa ett hos din bank. Försök sedan igen.",
  ],
  RFA9: [
    "Enter your security code in the BankID app and select Identify.",
    "Skriv inn sikkerhetskoden din i BankID-appen og velg Identifiera.",
    "Skriv in din säkerhetskod i BankID-appen och välj Identifiera.",
  ],
  RFA13: ["Trying to start your BankID app.", "Prøver å starte BankID-appen.", "Försöker starta BankID-appen."],
  RFA14: SEARCHING,
  RFA15: SEARCHING,
  RFA16: [
    "The BankID you are trying to use is blocked or too old. Please use another BankID or get a new one from your bank.",
    "BankID-en du prøver å bruke, er sperret eller for gammel. Bruk en annen BankID eller få en ny hos banken din.",
    "Det BankID du försöker använda är för gammalt eller spärrat. Använd ett annat BankID eller skaffa ett nytt hos din bank.",
  ],
  RFA17: [
    "Failed to scan the QR code. Start the BankID app and scan the QR code. Check that the BankID app is up to date. If you don't have the BankID app, you need to install it and get a BankID from your bank.",
    "Kunne ikke lese QR-koden. Start BankID-appen og skann QR-koden. Sjekk at BankID-appen er oppdatert. Hvis du ikke har BankID-appen, må du installere den og få en BankID hos banken din.",
    "Misslyckades att läsa av QR-koden. Starta BankID-appen och läs av QR-koden. Kontrollera att BankID-appen är uppdaterad. Om du inte har BankID-appen måste du installera den och skaffa ett BankID hos din bank.",
  ],
  RFA18: START,
  RFA21: ["Identification in progress.", "Identifisering pågår.", "Identifiering pågår."],
  RFA22: ["Unknown error. Please try again.", "Ukjent feil. Prøv igjen.", "Okänt fel. Försök igen."],
  RFA23: [
    "Process your machine-readable travel document using the BankID app.",
    "Les inn reisedokumentet ditt med BankID-appen.",
    "Läs av din ID-handling med BankID-appen.",
  ],
};
