<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nb" sourcelanguage="en">
<context>
    <name>CallAnnouncements</name>
    <message>
        <location filename="../../app/ui/announcements.py" line="50"/>
        <source>Microphone on.</source>
        <translation>Mikrofonen er på.</translation>
    </message>
    <message>
        <location filename="../../app/ui/announcements.py" line="50"/>
        <source>Microphone off. You are muted.</source>
        <translation>Mikrofonen er av. Du høres ikke.</translation>
    </message>
    <message>
        <location filename="../../app/ui/announcements.py" line="52"/>
        <source>Camera on.</source>
        <translation>Kameraet er på.</translation>
    </message>
    <message>
        <location filename="../../app/ui/announcements.py" line="52"/>
        <source>Camera off. Nobody can see you.</source>
        <translation>Kameraet er av. Ingen kan se deg.</translation>
    </message>
    <message>
        <location filename="../../app/ui/announcements.py" line="57"/>
        <source>You have been let in. The consultation is starting.</source>
        <translation>Du er sluppet inn. Konsultasjonen begynner.</translation>
    </message>
    <message>
        <location filename="../../app/ui/announcements.py" line="59"/>
        <source>You are now in the consultation.</source>
        <translation>Du er nå i konsultasjonen.</translation>
    </message>
    <message>
        <location filename="../../app/ui/announcements.py" line="61"/>
        <source>The connection is back.</source>
        <translation>Forbindelsen er tilbake.</translation>
    </message>
    <message>
        <location filename="../../app/ui/announcements.py" line="63"/>
        <source>The connection is unstable. Reconnecting…</source>
        <translation>Forbindelsen er ustabil. Kobler til igjen …</translation>
    </message>
    <message>
        <location filename="../../app/ui/announcements.py" line="68"/>
        <source>The connection to the service was lost. Trying to reconnect…</source>
        <translation>Forbindelsen til tjenesten ble brutt. Prøver å koble til igjen …</translation>
    </message>
    <message>
        <location filename="../../app/ui/announcements.py" line="71"/>
        <source>Connected again.</source>
        <translation>Tilkoblet igjen.</translation>
    </message>
    <message>
        <location filename="../../app/ui/announcements.py" line="75"/>
        <source>The consultation has ended. {reason}</source>
        <translation>Konsultasjonen er avsluttet. {reason}</translation>
    </message>
    <message>
        <location filename="../../app/ui/announcements.py" line="83"/>
        <source>You are muted. Press “Unmute microphone” to be heard.</source>
        <translation>Mikrofonen din er av. Trykk «Slå på mikrofonen» for å bli hørt.</translation>
    </message>
    <message>
        <location filename="../../app/ui/announcements.py" line="93"/>
        <source>The connection to {name} was lost.</source>
        <translation>Forbindelsen til {name} ble brutt.</translation>
    </message>
    <message>
        <location filename="../../app/ui/announcements.py" line="95"/>
        <source>{name} was removed from the consultation.</source>
        <translation>{name} ble fjernet fra samtalen.</translation>
    </message>
    <message>
        <location filename="../../app/ui/announcements.py" line="97"/>
        <source>{name} is back in the waiting room.</source>
        <translation>{name} er tilbake på venterommet.</translation>
    </message>
    <message>
        <location filename="../../app/ui/announcements.py" line="99"/>
        <source>{name} left the consultation.</source>
        <translation>{name} forlot samtalen.</translation>
    </message>
    <message>
        <location filename="../../app/ui/announcements.py" line="102"/>
        <source>You are presenting.</source>
        <translation>Du presenterer.</translation>
    </message>
    <message>
        <location filename="../../app/ui/announcements.py" line="102"/>
        <source>You stopped presenting.</source>
        <translation>Du presenterer ikke lenger.</translation>
    </message>
</context>
<context>
    <name>CallBar</name>
    <message numerus="yes">
        <location filename="../../app/ui/call/call_bar.py" line="127"/>
        <source>Chat (%n new)</source>
        <translation>
            <numerusform>Chatt (%n ny)</numerusform>
            <numerusform>Chatt (%n nye)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/call/call_bar.py" line="129"/>
        <source>Chat</source>
        <translation>Chatt</translation>
    </message>
    <message>
        <location filename="../../app/ui/call/call_bar.py" line="132"/>
        <source>Hides the chat</source>
        <translation>Skjuler chatten</translation>
    </message>
    <message>
        <location filename="../../app/ui/call/call_bar.py" line="132"/>
        <source>Shows the chat</source>
        <translation>Viser chatten</translation>
    </message>
    <message>
        <location filename="../../app/ui/call/call_bar.py" line="134"/>
        <location filename="../../app/ui/call/call_bar.py" line="135"/>
        <source>People</source>
        <translation>Deltakere</translation>
    </message>
    <message>
        <location filename="../../app/ui/call/call_bar.py" line="137"/>
        <source>Hides the list of people in the call</source>
        <translation>Skjuler listen over hvem som er i samtalen</translation>
    </message>
    <message>
        <location filename="../../app/ui/call/call_bar.py" line="139"/>
        <source>Shows the list of people in the call</source>
        <translation>Viser hvem som er i samtalen</translation>
    </message>
    <message>
        <location filename="../../app/ui/call/call_bar.py" line="141"/>
        <location filename="../../app/ui/call/call_bar.py" line="142"/>
        <source>More</source>
        <translation>Mer</translation>
    </message>
    <message>
        <location filename="../../app/ui/call/call_bar.py" line="143"/>
        <source>Your own picture and full screen</source>
        <translation>Ditt eget bilde og fullskjerm</translation>
    </message>
    <message>
        <location filename="../../app/ui/call/call_bar.py" line="145"/>
        <source>Show my own picture</source>
        <translation>Vis mitt eget bilde</translation>
    </message>
    <message>
        <location filename="../../app/ui/call/call_bar.py" line="145"/>
        <source>Hide my own picture</source>
        <translation>Skjul mitt eget bilde</translation>
    </message>
    <message>
        <location filename="../../app/ui/call/call_bar.py" line="147"/>
        <source>Move my own picture to the next corner</source>
        <translation>Flytt mitt eget bilde til neste hjørne</translation>
    </message>
    <message>
        <location filename="../../app/ui/call/call_bar.py" line="150"/>
        <source>Leave full screen</source>
        <translation>Avslutt fullskjerm</translation>
    </message>
    <message>
        <location filename="../../app/ui/call/call_bar.py" line="150"/>
        <source>Full screen</source>
        <translation>Fullskjerm</translation>
    </message>
    <message>
        <location filename="../../app/ui/call/call_bar.py" line="152"/>
        <source>Save a report for support…</source>
        <translation>Lagre en rapport til brukerstøtte …</translation>
    </message>
    <message>
        <location filename="../../app/ui/call/call_bar.py" line="153"/>
        <location filename="../../app/ui/call/call_bar.py" line="154"/>
        <source>Hang up</source>
        <translation>Legg på</translation>
    </message>
    <message>
        <location filename="../../app/ui/call/call_bar.py" line="155"/>
        <source>Leave the consultation</source>
        <translation>Forlat konsultasjonen</translation>
    </message>
    <message>
        <location filename="../../app/ui/call/call_bar.py" line="156"/>
        <location filename="../../app/ui/call/call_bar.py" line="157"/>
        <source>Layout</source>
        <translation>Visning</translation>
    </message>
    <message>
        <location filename="../../app/ui/call/call_bar.py" line="158"/>
        <source>How the people in the call are arranged</source>
        <translation>Hvordan deltakerne i samtalen vises</translation>
    </message>
    <message>
        <location filename="../../app/ui/call/call_bar.py" line="160"/>
        <source>Speaker</source>
        <translation>Taler</translation>
    </message>
    <message>
        <location filename="../../app/ui/call/call_bar.py" line="161"/>
        <source>Gallery</source>
        <translation>Galleri</translation>
    </message>
    <message>
        <location filename="../../app/ui/call/call_bar.py" line="162"/>
        <source>Pinned</source>
        <translation>Festet</translation>
    </message>
    <message>
        <location filename="../../app/ui/call/call_bar.py" line="163"/>
        <source>Interpreter (two large)</source>
        <translation>Tolk (to store)</translation>
    </message>
</context>
<context>
    <name>CallPage</name>
    <message>
        <location filename="../../app/ui/call/call_page.py" line="68"/>
        <source>You are muted</source>
        <translation>Mikrofonen din er av</translation>
    </message>
    <message>
        <location filename="../../app/ui/call/call_page.py" line="337"/>
        <source>{name} is presenting</source>
        <translation>{name} presenterer</translation>
    </message>
    <message>
        <location filename="../../app/ui/call/call_page.py" line="339"/>
        <source>You are presenting</source>
        <translation>Du presenterer</translation>
    </message>
    <message>
        <location filename="../../app/ui/call/call_page.py" line="373"/>
        <source>Encrypted on the way, not end to end: sound and pictures pass through the health region&apos;s own media server.</source>
        <translation>Kryptert underveis, ikke ende-til-ende: lyd og bilde går gjennom helseregionens egen medieserver.</translation>
    </message>
    <message>
        <location filename="../../app/ui/call/call_page.py" line="377"/>
        <source>End-to-end encrypted: only the people in this call can see and hear it.</source>
        <translation>Ende-til-ende-kryptert: bare de som er med i samtalen, kan se og høre den.</translation>
    </message>
    <message>
        <location filename="../../app/ui/call/call_page.py" line="385"/>
        <source>Mute microphone</source>
        <translation>Slå av mikrofonen</translation>
    </message>
    <message>
        <location filename="../../app/ui/call/call_page.py" line="385"/>
        <source>Unmute microphone</source>
        <translation>Slå på mikrofonen</translation>
    </message>
    <message>
        <location filename="../../app/ui/call/call_page.py" line="388"/>
        <source>Your microphone is on.</source>
        <translation>Mikrofonen din er på.</translation>
    </message>
    <message>
        <location filename="../../app/ui/call/call_page.py" line="390"/>
        <source>Your microphone is off. Nobody hears you.</source>
        <translation>Mikrofonen din er av. Ingen hører deg.</translation>
    </message>
    <message>
        <location filename="../../app/ui/call/call_page.py" line="393"/>
        <source>Turn camera off</source>
        <translation>Slå av kameraet</translation>
    </message>
    <message>
        <location filename="../../app/ui/call/call_page.py" line="393"/>
        <source>Turn camera on</source>
        <translation>Slå på kameraet</translation>
    </message>
    <message>
        <location filename="../../app/ui/call/call_page.py" line="396"/>
        <source>Your camera is on.</source>
        <translation>Kameraet ditt er på.</translation>
    </message>
    <message>
        <location filename="../../app/ui/call/call_page.py" line="396"/>
        <source>Your camera is off. Nobody sees you.</source>
        <translation>Kameraet ditt er av. Ingen ser deg.</translation>
    </message>
    <message>
        <location filename="../../app/ui/call/call_page.py" line="399"/>
        <source>You are muted. Press “Unmute microphone” to be heard.</source>
        <translation>Mikrofonen din er av. Trykk «Slå på mikrofonen» for å bli hørt.</translation>
    </message>
    <message>
        <location filename="../../app/ui/call/call_page.py" line="424"/>
        <source>{name} has turned the camera off</source>
        <translation>{name} har slått av kameraet</translation>
    </message>
    <message>
        <location filename="../../app/ui/call/call_page.py" line="429"/>
        <source>Picture paused. {name} can still be heard.</source>
        <translation>Bildet er satt på pause. {name} høres fortsatt.</translation>
    </message>
    <message>
        <location filename="../../app/ui/call/call_page.py" line="435"/>
        <source>Reconnecting…</source>
        <translation>Kobler til igjen …</translation>
    </message>
    <message>
        <location filename="../../app/ui/call/call_page.py" line="437"/>
        <source>Waiting for {name}&apos;s picture…</source>
        <translation>Venter på bildet fra {name} …</translation>
    </message>
    <message>
        <location filename="../../app/ui/call/call_page.py" line="439"/>
        <source>Waiting for the picture…</source>
        <translation>Venter på bildet …</translation>
    </message>
    <message>
        <location filename="../../app/ui/call/call_page.py" line="465"/>
        <source>The connection could not be restored.</source>
        <translation>Forbindelsen kunne ikke gjenopprettes.</translation>
    </message>
    <message>
        <location filename="../../app/ui/call/call_page.py" line="499"/>
        <source>Leave the consultation?</source>
        <translation>Forlate konsultasjonen?</translation>
    </message>
    <message>
        <location filename="../../app/ui/call/call_page.py" line="499"/>
        <source>Leave</source>
        <translation>Forlat</translation>
    </message>
    <message>
        <location filename="../../app/ui/call/call_page.py" line="499"/>
        <location filename="../../app/ui/call/call_page.py" line="510"/>
        <source>Stay</source>
        <translation>Bli</translation>
    </message>
    <message>
        <location filename="../../app/ui/call/call_page.py" line="508"/>
        <source>Leave the consultation and close Samtale?</source>
        <translation>Forlate konsultasjonen og lukke Samtale?</translation>
    </message>
    <message>
        <location filename="../../app/ui/call/call_page.py" line="509"/>
        <source>Leave and close</source>
        <translation>Forlat og lukk</translation>
    </message>
    <message>
        <location filename="../../app/ui/call/call_page.py" line="421"/>
        <source>Your camera is off</source>
        <translation>Kameraet ditt er av</translation>
    </message>
    <message>
        <location filename="../../app/ui/call/call_page.py" line="418"/>
        <location filename="../../app/ui/call/call_page.py" line="419"/>
        <source>You</source>
        <translation>Deg</translation>
    </message>
    <message>
        <location filename="../../app/ui/call/call_page.py" line="455"/>
        <source>The connection was lost. Trying to connect again…</source>
        <translation>Forbindelsen ble brutt. Vi prøver å koble til igjen …</translation>
    </message>
    <message>
        <location filename="../../app/ui/call/call_page.py" line="461"/>
        <source>In consultation with {name}</source>
        <translation>I samtale med {name}</translation>
    </message>
    <message>
        <location filename="../../app/ui/call/call_page.py" line="463"/>
        <source>In consultation</source>
        <translation>I samtale</translation>
    </message>
    <message>
        <location filename="../../app/ui/call/call_page.py" line="467"/>
        <source>The connection is unstable. Reconnecting…</source>
        <translation>Forbindelsen er ustabil. Kobler til igjen …</translation>
    </message>
    <message>
        <location filename="../../app/ui/call/call_page.py" line="469"/>
        <source>Connecting…</source>
        <translation>Kobler til …</translation>
    </message>
</context>
<context>
    <name>ChatPanel</name>
    <message>
        <location filename="../../app/ui/chat/chat_panel.py" line="63"/>
        <location filename="../../app/ui/chat/chat_panel.py" line="76"/>
        <source>You</source>
        <translation>Du</translation>
    </message>
    <message>
        <location filename="../../app/ui/chat/chat_panel.py" line="75"/>
        <source>{who}: {text} (not sent yet: it is sent when the connection is back)</source>
        <translation>{who}: {text} (ikke sendt ennå: sendes når forbindelsen er tilbake)</translation>
    </message>
    <message>
        <location filename="../../app/ui/chat/chat_panel.py" line="91"/>
        <source>Chat (not saved)</source>
        <translation>Chat (lagres ikke)</translation>
    </message>
    <message>
        <location filename="../../app/ui/chat/chat_panel.py" line="92"/>
        <source>Chat messages</source>
        <translation>Chatmeldinger</translation>
    </message>
    <message>
        <location filename="../../app/ui/chat/chat_panel.py" line="93"/>
        <location filename="../../app/ui/chat/chat_panel.py" line="94"/>
        <source>Write a message</source>
        <translation>Skriv en melding</translation>
    </message>
    <message>
        <location filename="../../app/ui/chat/chat_panel.py" line="95"/>
        <source>Send</source>
        <translation>Send</translation>
    </message>
    <message>
        <location filename="../../app/ui/chat/chat_panel.py" line="96"/>
        <source>Send message</source>
        <translation>Send melding</translation>
    </message>
</context>
<context>
    <name>ClinicianWindow</name>
    <message>
        <location filename="../../app/ui/clinician_window.py" line="113"/>
        <source>Samtale Clinic</source>
        <translation>Samtale Klinikk</translation>
    </message>
</context>
<context>
    <name>ConsultationWindow</name>
    <message>
        <location filename="../../app/ui/main_window.py" line="160"/>
        <location filename="../../app/ui/main_window.py" line="209"/>
        <source>Samtale</source>
        <translation>Samtale</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="210"/>
        <source>TEST IDENTITY</source>
        <translation>TESTIDENTITET</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="212"/>
        <source>Signed in as {name}</source>
        <translation>Logget inn som {name}</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="213"/>
        <source>Settings</source>
        <translation>Innstillinger</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="215"/>
        <source>Camera, microphone, language, look and sounds</source>
        <translation>Kamera, mikrofon, språk, utseende og lyder</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="217"/>
        <source>Help</source>
        <translation>Hjelp</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="219"/>
        <source>How Samtale works and what to do when something does not</source>
        <translation>Slik virker Samtale, og hva du gjør når noe ikke virker</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="221"/>
        <source>Sign out</source>
        <translation>Logg ut</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="222"/>
        <source>Sign out of Samtale on this computer</source>
        <translation>Logg ut av Samtale på denne datamaskinen</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="224"/>
        <location filename="../../app/ui/main_window.py" line="225"/>
        <source>Language</source>
        <translation>Språk</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="226"/>
        <source>The language of Samtale&apos;s words</source>
        <translation>Språket Samtale bruker</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="282"/>
        <source>You are signed out.</source>
        <translation>Du er logget ut.</translation>
    </message>
</context>
<context>
    <name>Counts</name>
    <message numerus="yes">
        <location filename="../../app/ui/counts.py" line="24"/>
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minutt</numerusform>
            <numerusform>%n minutter</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/counts.py" line="27"/>
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n time</numerusform>
            <numerusform>%n timer</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/counts.py" line="33"/>
        <source>Waiting less than a minute</source>
        <translation>Har ventet under ett minutt</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/counts.py" line="35"/>
        <source>Waiting %n minute(s)</source>
        <translation>
            <numerusform>Har ventet %n minutt</numerusform>
            <numerusform>Har ventet %n minutter</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/counts.py" line="37"/>
        <source>Waiting {hours} {minutes}</source>
        <translation>Har ventet {hours} {minutes}</translation>
    </message>
</context>
<context>
    <name>DeviceCheck</name>
    <message>
        <location filename="../../app/ui/device_check.py" line="48"/>
        <source>Your camera, microphone and speaker</source>
        <translation>Kameraet, mikrofonen og høyttaleren din</translation>
    </message>
    <message>
        <location filename="../../app/ui/device_check.py" line="51"/>
        <source>Checked when you sign in, before your first call. Choose another device here at any time.</source>
        <translation>Sjekkes når du logger inn, før den første samtalen. Du kan velge en annen enhet her når som helst.</translation>
    </message>
</context>
<context>
    <name>DeviceChooser</name>
    <message>
        <location filename="../../app/ui/preflight/devices.py" line="100"/>
        <source>None found</source>
        <translation>Ingen funnet</translation>
    </message>
    <message>
        <location filename="../../app/ui/preflight/devices.py" line="149"/>
        <source>Use “{device}”</source>
        <translation>Bruk «{device}»</translation>
    </message>
    <message>
        <location filename="../../app/ui/preflight/devices.py" line="157"/>
        <source>Camera</source>
        <translation>Kamera</translation>
    </message>
    <message>
        <location filename="../../app/ui/preflight/devices.py" line="158"/>
        <source>Microphone</source>
        <translation>Mikrofon</translation>
    </message>
    <message>
        <location filename="../../app/ui/preflight/devices.py" line="159"/>
        <source>Speakers or headphones</source>
        <translation>Høyttalere eller hodetelefoner</translation>
    </message>
</context>
<context>
    <name>EmailCodePanel</name>
    <message>
        <location filename="../../app/ui/login/email_panel.py" line="114"/>
        <source>en</source>
        <translation>nb</translation>
    </message>
    <message>
        <location filename="../../app/ui/login/email_panel.py" line="174"/>
        <source>Please write your name and your e-mail address.</source>
        <translation>Skriv navnet ditt og e-postadressen din.</translation>
    </message>
    <message>
        <location filename="../../app/ui/login/email_panel.py" line="180"/>
        <source>If {address} is right, a code is on its way. It can be used once, for a few minutes.</source>
        <translation>Hvis {address} er riktig, er en kode på vei. Den kan brukes én gang, i noen få minutter.</translation>
    </message>
    <message>
        <location filename="../../app/ui/login/email_panel.py" line="184"/>
        <source>If {address} is right, a code is on its way. It can be used once, within {minutes} min.</source>
        <translation>Hvis {address} er riktig, er en kode på vei. Den kan brukes én gang, innen {minutes} min.</translation>
    </message>
    <message>
        <location filename="../../app/ui/login/email_panel.py" line="189"/>
        <source>Send a new code</source>
        <translation>Send en ny kode</translation>
    </message>
    <message>
        <location filename="../../app/ui/login/email_panel.py" line="189"/>
        <source>Send me a code</source>
        <translation>Send meg en kode</translation>
    </message>
    <message>
        <location filename="../../app/ui/login/email_panel.py" line="192"/>
        <source>No electronic ID? Sign in with e-mail</source>
        <translation>Har du ikke elektronisk ID? Logg inn med e-post</translation>
    </message>
    <message>
        <location filename="../../app/ui/login/email_panel.py" line="195"/>
        <source>We send a code to your e-mail. This is a weaker sign-in than BankID: your clinic sees it, and some consultations need an electronic ID.</source>
        <translation>Vi sender en kode til e-posten din. Dette er en svakere innlogging enn BankID: klinikken ser det, og noen konsultasjoner krever elektronisk ID.</translation>
    </message>
    <message>
        <location filename="../../app/ui/login/email_panel.py" line="199"/>
        <source>Your full name</source>
        <translation>Fullt navn</translation>
    </message>
    <message>
        <location filename="../../app/ui/login/email_panel.py" line="200"/>
        <source>Your e-mail address</source>
        <translation>E-postadressen din</translation>
    </message>
    <message>
        <location filename="../../app/ui/login/email_panel.py" line="201"/>
        <source>The code from the e-mail</source>
        <translation>Koden fra e-posten</translation>
    </message>
    <message>
        <location filename="../../app/ui/login/email_panel.py" line="202"/>
        <source>Sign in with the code</source>
        <translation>Logg inn med koden</translation>
    </message>
</context>
<context>
    <name>EndedPage</name>
    <message>
        <location filename="../../app/ui/call/ended_page.py" line="44"/>
        <source>The consultation has ended</source>
        <translation>Konsultasjonen er avsluttet</translation>
    </message>
    <message>
        <location filename="../../app/ui/call/ended_page.py" line="49"/>
        <source>Back to the waiting list</source>
        <translation>Tilbake til ventelisten</translation>
    </message>
    <message>
        <location filename="../../app/ui/call/ended_page.py" line="51"/>
        <source>Thank you for using Samtale. You can close this window now.</source>
        <translation>Takk for at du brukte Samtale. Du kan lukke dette vinduet nå.</translation>
    </message>
    <message>
        <location filename="../../app/ui/call/ended_page.py" line="52"/>
        <source>Close</source>
        <translation>Lukk</translation>
    </message>
    <message>
        <location filename="../../app/ui/call/ended_page.py" line="53"/>
        <source>Return to the waiting room</source>
        <translation>Gå tilbake til venterommet</translation>
    </message>
    <message>
        <location filename="../../app/ui/call/ended_page.py" line="55"/>
        <source>Knock again: you wait in the same room until you are let in</source>
        <translation>Bank på igjen: du venter i det samme rommet til du blir sluppet inn</translation>
    </message>
</context>
<context>
    <name>Gallery</name>
    <message>
        <location filename="../../app/ui/call/gallery.py" line="132"/>
        <source>{name} has turned the camera off</source>
        <translation>{name} har slått av kameraet</translation>
    </message>
    <message>
        <location filename="../../app/ui/call/gallery.py" line="134"/>
        <source>Picture paused. {name} can still be heard.</source>
        <translation>Bildet er satt på pause. {name} høres fortsatt.</translation>
    </message>
</context>
<context>
    <name>HelpPage</name>
    <message>
        <location filename="../../app/ui/help_page.py" line="41"/>
        <source>Emergency</source>
        <translation>Nødsituasjon</translation>
    </message>
    <message>
        <location filename="../../app/ui/help_page.py" line="43"/>
        <source>Samtale is not for emergencies. If life or health is in danger, call 113 in Norway or 112 in Sweden and other countries.</source>
        <translation>Samtale er ikke for nødsituasjoner. Er liv eller helse i fare, ring 113 i Norge eller 112 i Sverige og andre land.</translation>
    </message>
    <message>
        <location filename="../../app/ui/help_page.py" line="50"/>
        <source>Your day</source>
        <translation>Dagen din</translation>
    </message>
    <message>
        <location filename="../../app/ui/help_page.py" line="52"/>
        <source>Sign in, open your room or make a new one, and give the patient its link or code. Patients who are ready wait in the list with their check results; admit them one at a time. After a call you are back at the list, in the same room.</source>
        <translation>Logg inn, åpne rommet ditt eller lag et nytt, og gi pasienten lenken eller koden. Pasienter som er klare, venter i listen med resultatene fra sjekken; slipp dem inn én om gangen. Etter en samtale er du tilbake ved listen, i samme rom.</translation>
    </message>
    <message>
        <location filename="../../app/ui/help_page.py" line="58"/>
        <location filename="../../app/ui/help_page.py" line="83"/>
        <source>In the call</source>
        <translation>I samtalen</translation>
    </message>
    <message>
        <location filename="../../app/ui/help_page.py" line="60"/>
        <source>You can turn a patient&apos;s microphone or camera off, send them back to the waiting room, remove them, lock the room, or end the call for everyone. Nothing is recorded.</source>
        <translation>Du kan slå av mikrofonen eller kameraet til en pasient, sende pasienten tilbake til venterommet, fjerne pasienten, låse rommet eller avslutte samtalen for alle. Ingenting blir tatt opp.</translation>
    </message>
    <message>
        <location filename="../../app/ui/help_page.py" line="65"/>
        <location filename="../../app/ui/help_page.py" line="90"/>
        <source>When something does not work</source>
        <translation>Når noe ikke virker</translation>
    </message>
    <message>
        <location filename="../../app/ui/help_page.py" line="67"/>
        <source>Choose your camera, microphone and speaker under Settings. If the connection drops, Samtale reconnects by itself; the patient keeps their place.</source>
        <translation>Velg kamera, mikrofon og høyttaler under Innstillinger. Faller forbindelsen ut, kobler Samtale seg til igjen av seg selv; pasienten beholder plassen sin.</translation>
    </message>
    <message>
        <location filename="../../app/ui/help_page.py" line="75"/>
        <source>How it works</source>
        <translation>Slik virker det</translation>
    </message>
    <message>
        <location filename="../../app/ui/help_page.py" line="77"/>
        <source>Sign in, open the link or type the code you were given, and let Samtale check your camera, microphone, speaker and connection. Press I&apos;m ready: you wait until your therapist lets you in. Nothing is recorded.</source>
        <translation>Logg inn, åpne lenken eller skriv inn koden du har fått, og la Samtale sjekke kameraet, mikrofonen, høyttaleren og forbindelsen. Trykk Jeg er klar: du venter til behandleren slipper deg inn. Ingenting blir tatt opp.</translation>
    </message>
    <message>
        <location filename="../../app/ui/help_page.py" line="85"/>
        <source>The buttons at the bottom turn your microphone and camera on and off and end the call. If you close Samtale by mistake, open the link again: you come back to the waiting room.</source>
        <translation>Knappene nederst slår mikrofonen og kameraet av og på og avslutter samtalen. Lukker du Samtale ved en feil, åpner du lenken igjen: da kommer du tilbake til venterommet.</translation>
    </message>
    <message>
        <location filename="../../app/ui/help_page.py" line="92"/>
        <source>If nobody can hear or see you, choose another camera, microphone or speaker under Settings. If the connection drops, Samtale reconnects by itself and you keep your place.</source>
        <translation>Hvis ingen hører eller ser deg, velg et annet kamera, en annen mikrofon eller høyttaler under Innstillinger. Faller forbindelsen ut, kobler Samtale seg til igjen av seg selv, og du beholder plassen din.</translation>
    </message>
    <message>
        <location filename="../../app/ui/help_page.py" line="100"/>
        <source>Help</source>
        <translation>Hjelp</translation>
    </message>
    <message>
        <location filename="../../app/ui/help_page.py" line="106"/>
        <source>For support</source>
        <translation>For brukerstøtte</translation>
    </message>
    <message>
        <location filename="../../app/ui/help_page.py" line="109"/>
        <source>If support asks for it: a report of how your calls went (no names, no addresses, nothing said or shown), saved where you choose. Nothing is sent by itself.</source>
        <translation>Hvis brukerstøtte ber om det: en rapport om hvordan samtalene dine gikk (ingen navn, ingen adresser, ikke noe av det som ble sagt eller vist), lagret der du velger. Ingenting sendes av seg selv.</translation>
    </message>
    <message>
        <location filename="../../app/ui/help_page.py" line="113"/>
        <source>Save a report for support…</source>
        <translation>Lagre en rapport til brukerstøtte …</translation>
    </message>
    <message>
        <location filename="../../app/ui/help_page.py" line="114"/>
        <source>Save a report for support</source>
        <translation>Lagre en rapport til brukerstøtte</translation>
    </message>
    <message>
        <location filename="../../app/ui/help_page.py" line="115"/>
        <location filename="../../app/ui/help_page.py" line="116"/>
        <source>Back</source>
        <translation>Tilbake</translation>
    </message>
    <message>
        <location filename="../../app/ui/help_page.py" line="117"/>
        <source>Close the help and go back</source>
        <translation>Lukk hjelpen og gå tilbake</translation>
    </message>
</context>
<context>
    <name>IdentityBanner</name>
    <message>
        <location filename="../../app/ui/widgets/identity_banner.py" line="22"/>
        <source>TEST IDENTITY — this is a test version of Samtale. Nobody is checked, so never use it for real patients.</source>
        <translation>TESTIDENTITET — dette er en testversjon av Samtale. Ingen blir kontrollert, så den må aldri brukes for ekte pasienter.</translation>
    </message>
</context>
<context>
    <name>IdentityPanel</name>
    <message>
        <location filename="../../app/ui/login/identity_panel.py" line="212"/>
        <source>You cannot sign in for this child. Check the number: under 16 and in your care.</source>
        <translation>Du kan ikke logge inn for dette barnet. Sjekk nummeret: under 16 år og med deg som foresatt.</translation>
    </message>
    <message>
        <location filename="../../app/ui/login/identity_panel.py" line="230"/>
        <source>Sign in with BankID</source>
        <translation>Logg inn med BankID</translation>
    </message>
    <message>
        <location filename="../../app/ui/login/identity_panel.py" line="231"/>
        <source>BankID on this device</source>
        <translation>BankID på denne enheten</translation>
    </message>
    <message>
        <location filename="../../app/ui/login/identity_panel.py" line="232"/>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <location filename="../../app/ui/login/identity_panel.py" line="233"/>
        <source>QR code for BankID. Scan it with the BankID app on your phone.</source>
        <translation>QR-kode for BankID. Skann den med BankID-appen på telefonen.</translation>
    </message>
    <message>
        <location filename="../../app/ui/login/identity_panel.py" line="234"/>
        <source>I am signing in for my child (under 16)</source>
        <translation>Jeg logger inn for barnet mitt (under 16 år)</translation>
    </message>
    <message>
        <location filename="../../app/ui/login/identity_panel.py" line="235"/>
        <source>Your child&apos;s personal identity number</source>
        <translation>Barnets fødselsnummer</translation>
    </message>
    <message>
        <location filename="../../app/ui/login/identity_panel.py" line="237"/>
        <source>en</source>
        <translation>nb</translation>
    </message>
    <message>
        <location filename="../../app/ui/login/identity_panel.py" line="240"/>
        <source>Sign in with {provider}</source>
        <translation>Logg inn med {provider}</translation>
    </message>
</context>
<context>
    <name>InvitePanel</name>
    <message>
        <location filename="../../app/ui/queue/invite_panel.py" line="49"/>
        <source>Copy invitation</source>
        <translation>Kopier invitasjonen</translation>
    </message>
    <message>
        <location filename="../../app/ui/queue/invite_panel.py" line="50"/>
        <source>Invitation copied</source>
        <translation>Invitasjonen er kopiert</translation>
    </message>
    <message>
        <location filename="../../app/ui/queue/invite_panel.py" line="54"/>
        <source>Copy text message</source>
        <translation>Kopier SMS-en</translation>
    </message>
    <message>
        <location filename="../../app/ui/queue/invite_panel.py" line="55"/>
        <source>Text message copied</source>
        <translation>SMS-en er kopiert</translation>
    </message>
    <message>
        <location filename="../../app/ui/queue/invite_panel.py" line="84"/>
        <source>Invite the patient</source>
        <translation>Inviter pasienten</translation>
    </message>
    <message>
        <location filename="../../app/ui/queue/invite_panel.py" line="85"/>
        <source>The patient&apos;s language</source>
        <translation>Pasientens språk</translation>
    </message>
    <message>
        <location filename="../../app/ui/queue/invite_panel.py" line="87"/>
        <source>Open in e-mail</source>
        <translation>Åpne i e-post</translation>
    </message>
    <message>
        <location filename="../../app/ui/queue/invite_panel.py" line="88"/>
        <source>Opens your e-mail program with the invitation written.</source>
        <translation>Åpner e-postprogrammet ditt med invitasjonen ferdig skrevet.</translation>
    </message>
</context>
<context>
    <name>KnockAnnouncements</name>
    <message>
        <location filename="../../app/ui/announcements.py" line="156"/>
        <source>{name} is waiting to be let in. {readiness}.</source>
        <translation>{name} venter på å bli sluppet inn. {readiness}.</translation>
    </message>
</context>
<context>
    <name>KnockBanner</name>
    <message numerus="yes">
        <location filename="../../app/ui/call/knock_banner.py" line="79"/>
        <source>%n patient(s) waiting</source>
        <translation>
            <numerusform>%n pasient venter</numerusform>
            <numerusform>%n pasienter venter</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/call/knock_banner.py" line="85"/>
        <source>{name} is waiting to come in</source>
        <translation>{name} venter på å komme inn</translation>
    </message>
    <message>
        <location filename="../../app/ui/call/knock_banner.py" line="93"/>
        <source>Pre-call check: {verdict}</source>
        <translation>Sjekk før samtalen: {verdict}</translation>
    </message>
    <message>
        <location filename="../../app/ui/call/knock_banner.py" line="100"/>
        <source>Admit</source>
        <translation>Slipp inn</translation>
    </message>
    <message>
        <location filename="../../app/ui/call/knock_banner.py" line="101"/>
        <source>Admit {name}</source>
        <translation>Slipp inn {name}</translation>
    </message>
    <message>
        <location filename="../../app/ui/call/knock_banner.py" line="102"/>
        <source>{name} joins this consultation</source>
        <translation>{name} blir med i denne konsultasjonen</translation>
    </message>
    <message>
        <location filename="../../app/ui/call/knock_banner.py" line="103"/>
        <source>Not now</source>
        <translation>Ikke nå</translation>
    </message>
    <message>
        <location filename="../../app/ui/call/knock_banner.py" line="104"/>
        <source>Not now, {name}</source>
        <translation>Ikke nå, {name}</translation>
    </message>
    <message>
        <location filename="../../app/ui/call/knock_banner.py" line="106"/>
        <source>Sends {name} away from the waiting room</source>
        <translation>Sender {name} ut av venterommet</translation>
    </message>
    <message>
        <location filename="../../app/ui/call/knock_banner.py" line="125"/>
        <source>Send {name} away? They are told you cannot see them this time.</source>
        <translation>Sende {name} bort? Pasienten får beskjed om at du ikke kan ta imot denne gangen.</translation>
    </message>
    <message>
        <location filename="../../app/ui/call/knock_banner.py" line="126"/>
        <source>Send away</source>
        <translation>Send bort</translation>
    </message>
    <message>
        <location filename="../../app/ui/call/knock_banner.py" line="127"/>
        <source>Keep waiting</source>
        <translation>La vente</translation>
    </message>
</context>
<context>
    <name>KnockNotifier</name>
    <message numerus="yes">
        <location filename="../../app/ui/notify/tray.py" line="126"/>
        <source>Samtale: %n patient(s) waiting</source>
        <translation>
            <numerusform>Samtale: en pasient venter</numerusform>
            <numerusform>Samtale: %n pasienter venter</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/notify/tray.py" line="129"/>
        <source>{name} is ready. Admit or deny from the Samtale icon.</source>
        <translation>{name} er klar. Slipp inn eller avvis fra Samtale-ikonet.</translation>
    </message>
    <message>
        <location filename="../../app/ui/notify/tray.py" line="133"/>
        <source>Samtale: nobody is waiting</source>
        <translation>Samtale: ingen venter</translation>
    </message>
    <message>
        <location filename="../../app/ui/notify/tray.py" line="151"/>
        <source>Admit {name}</source>
        <translation>Slipp inn {name}</translation>
    </message>
    <message>
        <location filename="../../app/ui/notify/tray.py" line="152"/>
        <source>Deny {name}</source>
        <translation>Avvis {name}</translation>
    </message>
    <message>
        <location filename="../../app/ui/notify/tray.py" line="158"/>
        <source>Show Samtale</source>
        <translation>Vis Samtale</translation>
    </message>
</context>
<context>
    <name>LoginPage</name>
    <message>
        <location filename="../../app/ui/login/login_page.py" line="99"/>
        <source>Welcome to Samtale</source>
        <translation>Velkommen til Samtale</translation>
    </message>
    <message>
        <location filename="../../app/ui/login/login_page.py" line="101"/>
        <source>Sign in to see your consultations and the patients who are waiting.</source>
        <translation>Logg inn for å se konsultasjonene dine og pasientene som venter.</translation>
    </message>
    <message>
        <location filename="../../app/ui/login/login_page.py" line="103"/>
        <source>Sign in to meet your clinician by video.</source>
        <translation>Logg inn for å møte behandleren din på video.</translation>
    </message>
    <message>
        <location filename="../../app/ui/login/login_page.py" line="104"/>
        <source>Your name</source>
        <translation>Navnet ditt</translation>
    </message>
    <message>
        <location filename="../../app/ui/login/login_page.py" line="105"/>
        <source>For example: Kari Nordmann</source>
        <translation>For eksempel: Kari Nordmann</translation>
    </message>
    <message>
        <location filename="../../app/ui/login/login_page.py" line="106"/>
        <source>Sign in</source>
        <translation>Logg inn</translation>
    </message>
    <message>
        <location filename="../../app/ui/login/login_page.py" line="107"/>
        <source>Sign in with the name you typed</source>
        <translation>Logg inn med navnet du skrev</translation>
    </message>
    <message>
        <location filename="../../app/ui/login/login_page.py" line="110"/>
        <source>Trying to reach the service…</source>
        <translation>Prøver å nå tjenesten …</translation>
    </message>
    <message>
        <location filename="../../app/ui/login/login_page.py" line="114"/>
        <source>Samtale cannot reach its service. Check that you are connected to the internet, then try again.</source>
        <translation>Samtale får ikke kontakt med tjenesten. Sjekk at du er koblet til internett, og prøv igjen.</translation>
    </message>
    <message>
        <location filename="../../app/ui/login/login_page.py" line="119"/>
        <source>Try again</source>
        <translation>Prøv igjen</translation>
    </message>
    <message>
        <location filename="../../app/ui/login/login_page.py" line="120"/>
        <source>Try to reach the service again</source>
        <translation>Prøv å nå tjenesten igjen</translation>
    </message>
</context>
<context>
    <name>NearbyPanel</name>
    <message>
        <location filename="../../app/ui/ring/ring_panels.py" line="56"/>
        <source>{name} answered and will join the waiting room.</source>
        <translation>{name} svarte og kommer til venterommet.</translation>
    </message>
    <message>
        <location filename="../../app/ui/ring/ring_panels.py" line="58"/>
        <source>{name} declined the call.</source>
        <translation>{name} avviste anropet.</translation>
    </message>
    <message>
        <location filename="../../app/ui/ring/ring_panels.py" line="62"/>
        <source>Has the room open</source>
        <translation>Har rommet åpent</translation>
    </message>
    <message>
        <location filename="../../app/ui/ring/ring_panels.py" line="64"/>
        <source>Ring {name}</source>
        <translation>Ring {name}</translation>
    </message>
    <message>
        <location filename="../../app/ui/ring/ring_panels.py" line="67"/>
        <source>Calls this patient to the waiting room</source>
        <translation>Ringer pasienten inn til venterommet</translation>
    </message>
</context>
<context>
    <name>ParticipantRow</name>
    <message>
        <location filename="../../app/ui/call/participants_panel.py" line="54"/>
        <source> (you)</source>
        <translation> (deg)</translation>
    </message>
    <message>
        <location filename="../../app/ui/call/participants_panel.py" line="57"/>
        <source>{name}: {state}</source>
        <translation>{name}: {state}</translation>
    </message>
    <message>
        <location filename="../../app/ui/call/participants_panel.py" line="70"/>
        <source>host</source>
        <translation>vert</translation>
    </message>
    <message>
        <location filename="../../app/ui/call/participants_panel.py" line="74"/>
        <source>muted by the host</source>
        <translation>dempet av verten</translation>
    </message>
    <message>
        <location filename="../../app/ui/call/participants_panel.py" line="76"/>
        <source>microphone on</source>
        <translation>mikrofon på</translation>
    </message>
    <message>
        <location filename="../../app/ui/call/participants_panel.py" line="76"/>
        <source>microphone off</source>
        <translation>mikrofon av</translation>
    </message>
    <message>
        <location filename="../../app/ui/call/participants_panel.py" line="77"/>
        <source>camera on</source>
        <translation>kamera på</translation>
    </message>
    <message>
        <location filename="../../app/ui/call/participants_panel.py" line="77"/>
        <source>camera off</source>
        <translation>kamera av</translation>
    </message>
    <message>
        <location filename="../../app/ui/call/participants_panel.py" line="79"/>
        <source>hand raised</source>
        <translation>hånden oppe</translation>
    </message>
    <message>
        <location filename="../../app/ui/call/participants_panel.py" line="81"/>
        <source>presenting</source>
        <translation>presenterer</translation>
    </message>
    <message>
        <location filename="../../app/ui/call/participants_panel.py" line="90"/>
        <source>Mute</source>
        <translation>Demp</translation>
    </message>
    <message>
        <location filename="../../app/ui/call/participants_panel.py" line="91"/>
        <source>Mute {name}</source>
        <translation>Demp {name}</translation>
    </message>
    <message>
        <location filename="../../app/ui/call/participants_panel.py" line="96"/>
        <source>Allow to speak</source>
        <translation>La snakke</translation>
    </message>
    <message>
        <location filename="../../app/ui/call/participants_panel.py" line="96"/>
        <source>Mute until allowed</source>
        <translation>Demp til tillatt</translation>
    </message>
    <message>
        <location filename="../../app/ui/call/participants_panel.py" line="97"/>
        <source>Allow {name} to speak</source>
        <translation>La {name} snakke</translation>
    </message>
    <message>
        <location filename="../../app/ui/call/participants_panel.py" line="97"/>
        <source>Mute {name} until allowed</source>
        <translation>Demp {name} til det blir tillatt</translation>
    </message>
    <message>
        <location filename="../../app/ui/call/participants_panel.py" line="102"/>
        <source>Stop video</source>
        <translation>Stopp video</translation>
    </message>
    <message>
        <location filename="../../app/ui/call/participants_panel.py" line="103"/>
        <source>Stop {name}&apos;s video</source>
        <translation>Stopp videoen til {name}</translation>
    </message>
    <message>
        <location filename="../../app/ui/call/participants_panel.py" line="108"/>
        <source>To lobby</source>
        <translation>Til venterommet</translation>
    </message>
    <message>
        <location filename="../../app/ui/call/participants_panel.py" line="109"/>
        <source>Move {name} to the waiting room</source>
        <translation>Flytt {name} til venterommet</translation>
    </message>
    <message>
        <location filename="../../app/ui/call/participants_panel.py" line="114"/>
        <location filename="../../app/ui/call/participants_panel.py" line="145"/>
        <source>Remove</source>
        <translation>Fjern</translation>
    </message>
    <message>
        <location filename="../../app/ui/call/participants_panel.py" line="115"/>
        <source>Remove {name} from the call</source>
        <translation>Fjern {name} fra samtalen</translation>
    </message>
    <message>
        <location filename="../../app/ui/call/participants_panel.py" line="123"/>
        <source>Make host</source>
        <translation>Gjør til vert</translation>
    </message>
    <message>
        <location filename="../../app/ui/call/participants_panel.py" line="124"/>
        <source>Make {name} the host</source>
        <translation>Gjør {name} til vert</translation>
    </message>
    <message>
        <location filename="../../app/ui/call/participants_panel.py" line="142"/>
        <source>Remove {name} from the call? {name} cannot come back into this room.</source>
        <translation>Fjerne {name} fra samtalen? {name} kan ikke komme tilbake til dette rommet.</translation>
    </message>
    <message>
        <location filename="../../app/ui/call/participants_panel.py" line="146"/>
        <source>Keep in the call</source>
        <translation>Behold i samtalen</translation>
    </message>
</context>
<context>
    <name>ParticipantsPanel</name>
    <message>
        <location filename="../../app/ui/call/participants_panel.py" line="270"/>
        <source>Asks to speak: {names}</source>
        <translation>Ber om å få snakke: {names}</translation>
    </message>
    <message>
        <location filename="../../app/ui/call/participants_panel.py" line="272"/>
        <location filename="../../app/ui/call/participants_panel.py" line="273"/>
        <source>Host PIN</source>
        <translation>Verts-PIN</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/call/participants_panel.py" line="274"/>
        <source>%n person(s) in the call</source>
        <translation>
            <numerusform>%n deltaker i samtalen</numerusform>
            <numerusform>%n deltakere i samtalen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/call/participants_panel.py" line="275"/>
        <source>Unlock room</source>
        <translation>Lås opp rommet</translation>
    </message>
    <message>
        <location filename="../../app/ui/call/participants_panel.py" line="275"/>
        <source>Lock room</source>
        <translation>Lås rommet</translation>
    </message>
    <message>
        <location filename="../../app/ui/call/participants_panel.py" line="278"/>
        <source>Mute everyone</source>
        <translation>Demp alle</translation>
    </message>
    <message>
        <location filename="../../app/ui/call/participants_panel.py" line="254"/>
        <location filename="../../app/ui/call/participants_panel.py" line="279"/>
        <source>End for all</source>
        <translation>Avslutt for alle</translation>
    </message>
    <message>
        <location filename="../../app/ui/call/participants_panel.py" line="253"/>
        <source>End the consultation for everyone?</source>
        <translation>Avslutte konsultasjonen for alle?</translation>
    </message>
    <message>
        <location filename="../../app/ui/call/participants_panel.py" line="255"/>
        <source>Keep the consultation going</source>
        <translation>Fortsett konsultasjonen</translation>
    </message>
    <message>
        <location filename="../../app/ui/call/participants_panel.py" line="280"/>
        <source>Lower hand</source>
        <translation>Ta ned hånden</translation>
    </message>
    <message>
        <location filename="../../app/ui/call/participants_panel.py" line="280"/>
        <source>Raise hand</source>
        <translation>Rekk opp hånden</translation>
    </message>
    <message>
        <location filename="../../app/ui/call/participants_panel.py" line="281"/>
        <source>Ask to unmute</source>
        <translation>Be om å få snakke</translation>
    </message>
    <message>
        <location filename="../../app/ui/call/participants_panel.py" line="282"/>
        <source>Become host</source>
        <translation>Bli vert</translation>
    </message>
    <message>
        <location filename="../../app/ui/call/participants_panel.py" line="287"/>
        <source>While the room is locked, nobody new can come in</source>
        <translation>Mens rommet er låst, kan ingen nye komme inn</translation>
    </message>
    <message>
        <location filename="../../app/ui/call/participants_panel.py" line="288"/>
        <source>Mutes everyone in the call except you</source>
        <translation>Demper alle i samtalen unntatt deg</translation>
    </message>
    <message>
        <location filename="../../app/ui/call/participants_panel.py" line="289"/>
        <source>Ends the consultation for everyone in it</source>
        <translation>Avslutter konsultasjonen for alle som er med</translation>
    </message>
    <message>
        <location filename="../../app/ui/call/participants_panel.py" line="290"/>
        <source>Shows the host that you want to speak</source>
        <translation>Viser verten at du vil si noe</translation>
    </message>
    <message>
        <location filename="../../app/ui/call/participants_panel.py" line="291"/>
        <source>Asks the host to let you speak</source>
        <translation>Ber verten om å få snakke</translation>
    </message>
    <message>
        <location filename="../../app/ui/call/participants_panel.py" line="292"/>
        <source>Makes you the host when you have typed the host PIN</source>
        <translation>Gjør deg til vert når du har skrevet inn verts-PIN-koden</translation>
    </message>
</context>
<context>
    <name>PatientAnnouncements</name>
    <message>
        <location filename="../../app/ui/announcements.py" line="121"/>
        <source>Your clinician</source>
        <translation>Behandleren din</translation>
    </message>
    <message>
        <location filename="../../app/ui/announcements.py" line="125"/>
        <source>{name} is calling you. Answer or decline.</source>
        <translation>{name} ringer deg. Svar eller avvis.</translation>
    </message>
    <message>
        <location filename="../../app/ui/announcements.py" line="128"/>
        <source>Checking your camera, microphone, sound and internet connection…</source>
        <translation>Sjekker kameraet, mikrofonen, lyden og internettforbindelsen din …</translation>
    </message>
    <message>
        <location filename="../../app/ui/announcements.py" line="133"/>
        <source>The check is finished. Everything works.</source>
        <translation>Sjekken er ferdig. Alt virker.</translation>
    </message>
    <message>
        <location filename="../../app/ui/announcements.py" line="135"/>
        <source>The check is finished. Something needs your attention; see the advice.</source>
        <translation>Sjekken er ferdig. Noe bør ordnes; se rådene.</translation>
    </message>
    <message>
        <location filename="../../app/ui/announcements.py" line="137"/>
        <source>The check is finished. There is a problem; see the advice.</source>
        <translation>Sjekken er ferdig. Det er et problem; se rådene.</translation>
    </message>
    <message>
        <location filename="../../app/ui/announcements.py" line="139"/>
        <source>The check is finished.</source>
        <translation>Sjekken er ferdig.</translation>
    </message>
</context>
<context>
    <name>PatientWindow</name>
    <message>
        <location filename="../../app/ui/patient_window.py" line="188"/>
        <source>Samtale — video consultation</source>
        <translation>Samtale — videokonsultasjon</translation>
    </message>
</context>
<context>
    <name>PreflightPanel</name>
    <message>
        <location filename="../../app/ui/preflight/panel.py" line="178"/>
        <source>Microphone level</source>
        <translation>Lydnivå i mikrofonen</translation>
    </message>
    <message>
        <location filename="../../app/ui/preflight/panel.py" line="181"/>
        <source>While we check, please say a few words, so we can hear your microphone.</source>
        <translation>Mens vi sjekker: si noen ord, så vi hører mikrofonen din.</translation>
    </message>
    <message>
        <location filename="../../app/ui/preflight/panel.py" line="182"/>
        <source>Play the test sound</source>
        <translation>Spill av testlyden</translation>
    </message>
    <message>
        <location filename="../../app/ui/preflight/panel.py" line="183"/>
        <source>Plays a short sound in your speakers or headphones</source>
        <translation>Spiller en kort lyd i høyttalerne eller hodetelefonene</translation>
    </message>
    <message>
        <location filename="../../app/ui/preflight/panel.py" line="184"/>
        <source>I heard it</source>
        <translation>Jeg hørte det</translation>
    </message>
    <message>
        <location filename="../../app/ui/preflight/panel.py" line="185"/>
        <source>Tells us that you heard the test sound</source>
        <translation>Sier fra at du hørte testlyden</translation>
    </message>
    <message>
        <location filename="../../app/ui/preflight/panel.py" line="186"/>
        <source>Check again</source>
        <translation>Sjekk på nytt</translation>
    </message>
    <message>
        <location filename="../../app/ui/preflight/panel.py" line="188"/>
        <source>Checks your camera, microphone, sound and internet connection again</source>
        <translation>Sjekker kameraet, mikrofonen, lyden og internettforbindelsen din på nytt</translation>
    </message>
</context>
<context>
    <name>PresentControl</name>
    <message>
        <location filename="../../app/ui/present/present_control.py" line="89"/>
        <source>Choose a PDF file to present</source>
        <translation>Velg en PDF-fil å presentere</translation>
    </message>
    <message>
        <location filename="../../app/ui/present/present_control.py" line="90"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-filer (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../app/ui/present/present_control.py" line="100"/>
        <source>This PDF file could not be opened.</source>
        <translation>Denne PDF-filen kunne ikke åpnes.</translation>
    </message>
    <message>
        <location filename="../../app/ui/present/present_control.py" line="155"/>
        <source>No windows to present</source>
        <translation>Ingen vinduer å presentere</translation>
    </message>
    <message>
        <location filename="../../app/ui/present/present_control.py" line="166"/>
        <source>Page {page} of {count}</source>
        <translation>Side {page} av {count}</translation>
    </message>
    <message>
        <location filename="../../app/ui/present/present_control.py" line="178"/>
        <source>Presenting</source>
        <translation>Presenterer</translation>
    </message>
    <message>
        <location filename="../../app/ui/present/present_control.py" line="178"/>
        <source>Present</source>
        <translation>Presenter</translation>
    </message>
    <message>
        <location filename="../../app/ui/present/present_control.py" line="179"/>
        <source>Present your screen, a window or a PDF file</source>
        <translation>Presenter skjermen din, et vindu eller en PDF-fil</translation>
    </message>
    <message>
        <location filename="../../app/ui/present/present_control.py" line="181"/>
        <source>Your screen</source>
        <translation>Skjermen din</translation>
    </message>
    <message>
        <location filename="../../app/ui/present/present_control.py" line="182"/>
        <source>A window</source>
        <translation>Et vindu</translation>
    </message>
    <message>
        <location filename="../../app/ui/present/present_control.py" line="183"/>
        <source>A PDF file…</source>
        <translation>En PDF-fil …</translation>
    </message>
    <message>
        <location filename="../../app/ui/present/present_control.py" line="185"/>
        <source>Stop presenting</source>
        <translation>Avslutt presentasjonen</translation>
    </message>
    <message>
        <location filename="../../app/ui/present/present_control.py" line="187"/>
        <location filename="../../app/ui/present/present_control.py" line="188"/>
        <source>Previous page</source>
        <translation>Forrige side</translation>
    </message>
    <message>
        <location filename="../../app/ui/present/present_control.py" line="189"/>
        <location filename="../../app/ui/present/present_control.py" line="190"/>
        <source>Next page</source>
        <translation>Neste side</translation>
    </message>
</context>
<context>
    <name>QueuePage</name>
    <message>
        <location filename="../../app/ui/queue/queue_page.py" line="72"/>
        <source>Copy link</source>
        <translation>Kopier lenken</translation>
    </message>
    <message>
        <location filename="../../app/ui/queue/queue_page.py" line="73"/>
        <source>Link copied</source>
        <translation>Lenken er kopiert</translation>
    </message>
    <message>
        <location filename="../../app/ui/queue/queue_page.py" line="77"/>
        <source>Copy code</source>
        <translation>Kopier koden</translation>
    </message>
    <message>
        <location filename="../../app/ui/queue/queue_page.py" line="78"/>
        <source>Code copied</source>
        <translation>Koden er kopiert</translation>
    </message>
    <message>
        <location filename="../../app/ui/queue/queue_page.py" line="133"/>
        <source>Video consultation</source>
        <translation>Videokonsultasjon</translation>
    </message>
    <message>
        <location filename="../../app/ui/queue/queue_page.py" line="171"/>
        <source>Start a consultation</source>
        <translation>Start en konsultasjon</translation>
    </message>
    <message>
        <location filename="../../app/ui/queue/queue_page.py" line="173"/>
        <source>Open one of your rooms, or create a new one with a code for your patient.</source>
        <translation>Åpne et av rommene dine, eller opprett et nytt med en kode til pasienten.</translation>
    </message>
    <message>
        <location filename="../../app/ui/queue/queue_page.py" line="175"/>
        <source>A new room</source>
        <translation>Et nytt rom</translation>
    </message>
    <message>
        <location filename="../../app/ui/queue/queue_page.py" line="177"/>
        <source>Your room is open</source>
        <translation>Rommet ditt er åpent</translation>
    </message>
    <message>
        <location filename="../../app/ui/queue/queue_page.py" line="178"/>
        <source>Give your patient this code, or send them the link:</source>
        <translation>Gi pasienten denne koden, eller send lenken:</translation>
    </message>
    <message>
        <location filename="../../app/ui/queue/queue_page.py" line="180"/>
        <source>Join code: {code}</source>
        <translation>Kode: {code}</translation>
    </message>
    <message>
        <location filename="../../app/ui/queue/queue_page.py" line="182"/>
        <source>Join link: {link}</source>
        <translation>Lenke: {link}</translation>
    </message>
    <message>
        <location filename="../../app/ui/queue/queue_page.py" line="186"/>
        <source>Puts the room&apos;s link on the clipboard, to paste in a message</source>
        <translation>Legger lenken til rommet på utklippstavlen, så du kan lime den inn i en melding</translation>
    </message>
    <message>
        <location filename="../../app/ui/queue/queue_page.py" line="188"/>
        <source>Puts the room&apos;s code on the clipboard</source>
        <translation>Legger koden til rommet på utklippstavlen</translation>
    </message>
    <message>
        <location filename="../../app/ui/queue/queue_page.py" line="189"/>
        <source>Create room</source>
        <translation>Opprett rom</translation>
    </message>
    <message>
        <location filename="../../app/ui/queue/queue_page.py" line="190"/>
        <source>You get a code to give to your patient</source>
        <translation>Du får en kode som du gir til pasienten</translation>
    </message>
    <message>
        <location filename="../../app/ui/queue/queue_page.py" line="191"/>
        <source>Admit everyone</source>
        <translation>Slipp inn alle</translation>
    </message>
    <message>
        <location filename="../../app/ui/queue/queue_page.py" line="192"/>
        <source>Admit everyone who is waiting</source>
        <translation>Slipp inn alle som venter</translation>
    </message>
    <message>
        <location filename="../../app/ui/queue/queue_page.py" line="193"/>
        <source>Lets every waiting patient into the consultation</source>
        <translation>Slipper alle ventende pasienter inn i konsultasjonen</translation>
    </message>
    <message>
        <location filename="../../app/ui/queue/queue_page.py" line="194"/>
        <source>Waiting patients</source>
        <translation>Pasienter som venter</translation>
    </message>
    <message>
        <location filename="../../app/ui/queue/queue_page.py" line="195"/>
        <source>All my rooms</source>
        <translation>Alle mine rom</translation>
    </message>
    <message>
        <location filename="../../app/ui/queue/queue_page.py" line="196"/>
        <source>The room stays open for your patients</source>
        <translation>Rommet forblir åpent for pasientene dine</translation>
    </message>
    <message>
        <location filename="../../app/ui/queue/queue_page.py" line="197"/>
        <source>Close room</source>
        <translation>Steng rommet</translation>
    </message>
    <message>
        <location filename="../../app/ui/queue/queue_page.py" line="199"/>
        <source>Patients waiting in it are told the room was closed</source>
        <translation>Pasienter som venter i det, får beskjed om at rommet er stengt</translation>
    </message>
    <message>
        <location filename="../../app/ui/queue/queue_page.py" line="202"/>
        <source>Nobody is waiting yet. Patients appear here when they press “I&apos;m ready”.</source>
        <translation>Ingen venter ennå. Pasienter vises her når de trykker «Jeg er klar».</translation>
    </message>
    <message>
        <location filename="../../app/ui/queue/queue_page.py" line="250"/>
        <source>Send {name} away? They are told you cannot see them this time.</source>
        <translation>Sende {name} bort? Pasienten får beskjed om at du ikke kan ta imot denne gangen.</translation>
    </message>
    <message>
        <location filename="../../app/ui/queue/queue_page.py" line="251"/>
        <source>Send away</source>
        <translation>Send bort</translation>
    </message>
    <message>
        <location filename="../../app/ui/queue/queue_page.py" line="252"/>
        <source>Keep waiting</source>
        <translation>La vente</translation>
    </message>
</context>
<context>
    <name>QueueRow</name>
    <message>
        <location filename="../../app/ui/queue/queue_view.py" line="108"/>
        <source>Hide why</source>
        <translation>Skjul hvorfor</translation>
    </message>
    <message>
        <location filename="../../app/ui/queue/queue_view.py" line="108"/>
        <source>Show why</source>
        <translation>Vis hvorfor</translation>
    </message>
    <message>
        <location filename="../../app/ui/queue/queue_view.py" line="129"/>
        <source>Show why the check failed for {name}</source>
        <translation>Vis hvorfor sjekken feilet for {name}</translation>
    </message>
    <message>
        <location filename="../../app/ui/queue/queue_view.py" line="133"/>
        <source>Show what needs attention for {name}</source>
        <translation>Vis hva som bør sjekkes for {name}</translation>
    </message>
    <message>
        <location filename="../../app/ui/queue/queue_view.py" line="135"/>
        <source>Shows or hides what the pre-call check found</source>
        <translation>Viser eller skjuler hva forhåndssjekken fant</translation>
    </message>
    <message>
        <location filename="../../app/ui/queue/queue_view.py" line="136"/>
        <source>Admit</source>
        <translation>Slipp inn</translation>
    </message>
    <message>
        <location filename="../../app/ui/queue/queue_view.py" line="137"/>
        <source>Not now</source>
        <translation>Ikke nå</translation>
    </message>
    <message>
        <location filename="../../app/ui/queue/queue_view.py" line="139"/>
        <source>Admit {name}</source>
        <translation>Slipp inn {name}</translation>
    </message>
    <message>
        <location filename="../../app/ui/queue/queue_view.py" line="140"/>
        <source>Let this patient into the consultation now</source>
        <translation>Slipp pasienten inn i konsultasjonen nå</translation>
    </message>
    <message>
        <location filename="../../app/ui/queue/queue_view.py" line="141"/>
        <source>Not now: {name}</source>
        <translation>Ikke nå: {name}</translation>
    </message>
    <message>
        <location filename="../../app/ui/queue/queue_view.py" line="142"/>
        <source>The patient is told that you cannot take them this time</source>
        <translation>Pasienten får beskjed om at du ikke kan ta imot denne gangen</translation>
    </message>
</context>
<context>
    <name>ReadyPage</name>
    <message>
        <location filename="../../app/ui/lobby/ready_page.py" line="124"/>
        <source>en</source>
        <translation>nb</translation>
    </message>
    <message>
        <location filename="../../app/ui/lobby/ready_page.py" line="142"/>
        <source>Your video consultation</source>
        <translation>Videokonsultasjonen din</translation>
    </message>
    <message>
        <location filename="../../app/ui/lobby/ready_page.py" line="145"/>
        <source>With {clinician}</source>
        <translation>Med {clinician}</translation>
    </message>
    <message>
        <location filename="../../app/ui/lobby/ready_page.py" line="147"/>
        <source>Find a quiet place with good light. When you are ready, press the button below.</source>
        <translation>Finn et rolig sted med godt lys. Når du er klar, trykker du på knappen nedenfor.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lobby/ready_page.py" line="153"/>
        <source>This is how you will look. Your clinician is told when you are ready.</source>
        <translation>Slik ser du ut. Behandleren din får beskjed når du er klar.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lobby/ready_page.py" line="156"/>
        <source>Your camera is starting…</source>
        <translation>Kameraet ditt starter …</translation>
    </message>
    <message>
        <location filename="../../app/ui/lobby/ready_page.py" line="158"/>
        <source>Checking your equipment…</source>
        <translation>Sjekker utstyret ditt …</translation>
    </message>
    <message>
        <location filename="../../app/ui/lobby/ready_page.py" line="160"/>
        <source>I&apos;m ready anyway</source>
        <translation>Jeg er klar likevel</translation>
    </message>
    <message>
        <location filename="../../app/ui/lobby/ready_page.py" line="162"/>
        <source>I&apos;m ready</source>
        <translation>Jeg er klar</translation>
    </message>
    <message>
        <location filename="../../app/ui/lobby/ready_page.py" line="163"/>
        <source>Tells your clinician that you are waiting</source>
        <translation>Sier fra til behandleren din at du venter</translation>
    </message>
    <message>
        <location filename="../../app/ui/lobby/ready_page.py" line="164"/>
        <location filename="../../app/ui/lobby/ready_page.py" line="169"/>
        <source>The PIN code from your clinic</source>
        <translation>PIN-koden fra klinikken din</translation>
    </message>
    <message>
        <location filename="../../app/ui/lobby/ready_page.py" line="165"/>
        <source>Consent</source>
        <translation>Samtykke</translation>
    </message>
    <message>
        <location filename="../../app/ui/lobby/ready_page.py" line="167"/>
        <source>I have read this and I agree</source>
        <translation>Jeg har lest dette og samtykker</translation>
    </message>
</context>
<context>
    <name>RecoveryPanel</name>
    <message>
        <location filename="../../app/ui/call/recovery_panel.py" line="62"/>
        <source>We keep trying. You can try again now, continue with audio only, or leave the consultation.</source>
        <translation>Vi fortsetter å prøve. Du kan prøve igjen nå, fortsette med bare lyd eller forlate konsultasjonen.</translation>
    </message>
    <message>
        <location filename="../../app/ui/call/recovery_panel.py" line="66"/>
        <source>Try again</source>
        <translation>Prøv igjen</translation>
    </message>
    <message>
        <location filename="../../app/ui/call/recovery_panel.py" line="67"/>
        <source>Continue with audio only</source>
        <translation>Fortsett med bare lyd</translation>
    </message>
    <message>
        <location filename="../../app/ui/call/recovery_panel.py" line="68"/>
        <source>Leave</source>
        <translation>Forlat</translation>
    </message>
</context>
<context>
    <name>RingPanel</name>
    <message>
        <location filename="../../app/ui/ring/ring_panels.py" line="135"/>
        <source>Press “Join call” when you are ready.</source>
        <translation>Trykk «Bli med i samtalen» når du er klar.</translation>
    </message>
    <message>
        <location filename="../../app/ui/ring/ring_panels.py" line="137"/>
        <source>{name} is calling you.</source>
        <translation>{name} ringer deg.</translation>
    </message>
    <message>
        <location filename="../../app/ui/ring/ring_panels.py" line="139"/>
        <source>Answer</source>
        <translation>Svar</translation>
    </message>
    <message>
        <location filename="../../app/ui/ring/ring_panels.py" line="140"/>
        <source>Decline</source>
        <translation>Avvis</translation>
    </message>
    <message>
        <location filename="../../app/ui/ring/ring_panels.py" line="141"/>
        <source>Join call</source>
        <translation>Bli med i samtalen</translation>
    </message>
    <message>
        <location filename="../../app/ui/ring/ring_panels.py" line="145"/>
        <source>Takes the call from your clinician</source>
        <translation>Tar imot anropet fra behandleren din</translation>
    </message>
    <message>
        <location filename="../../app/ui/ring/ring_panels.py" line="146"/>
        <source>Says no to the call this time</source>
        <translation>Sier nei til anropet denne gangen</translation>
    </message>
    <message>
        <location filename="../../app/ui/ring/ring_panels.py" line="147"/>
        <source>Tells your clinician that you are waiting</source>
        <translation>Sier fra til behandleren din at du venter</translation>
    </message>
</context>
<context>
    <name>RoomCodePage</name>
    <message>
        <location filename="../../app/ui/lobby/room_code_page.py" line="47"/>
        <source>Join your consultation</source>
        <translation>Bli med i konsultasjonen din</translation>
    </message>
    <message>
        <location filename="../../app/ui/lobby/room_code_page.py" line="49"/>
        <source>Type the code you got from your clinic. You find it in your letter or text message.</source>
        <translation>Skriv inn koden du fikk fra klinikken. Du finner den i brevet eller tekstmeldingen.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lobby/room_code_page.py" line="51"/>
        <source>Consultation code</source>
        <translation>Kode for konsultasjonen</translation>
    </message>
    <message>
        <location filename="../../app/ui/lobby/room_code_page.py" line="52"/>
        <source>Continue</source>
        <translation>Fortsett</translation>
    </message>
    <message>
        <location filename="../../app/ui/lobby/room_code_page.py" line="53"/>
        <source>Opens the consultation with this code</source>
        <translation>Åpner konsultasjonen med denne koden</translation>
    </message>
</context>
<context>
    <name>RoomListView</name>
    <message>
        <location filename="../../app/ui/queue/room_list.py" line="95"/>
        <source>Your open rooms</source>
        <translation>Dine åpne rom</translation>
    </message>
    <message>
        <location filename="../../app/ui/queue/room_list.py" line="96"/>
        <source>You have no open rooms. Create one, or open your personal room.</source>
        <translation>Du har ingen åpne rom. Opprett et, eller åpne ditt personlige rom.</translation>
    </message>
</context>
<context>
    <name>RoomOptions</name>
    <message>
        <location filename="../../app/ui/queue/room_options.py" line="91"/>
        <source>Host PIN (required)</source>
        <translation>Verts-PIN (påkrevd)</translation>
    </message>
    <message>
        <location filename="../../app/ui/queue/room_options.py" line="93"/>
        <source>Host PIN (optional)</source>
        <translation>Verts-PIN (valgfri)</translation>
    </message>
    <message>
        <location filename="../../app/ui/queue/room_options.py" line="96"/>
        <source>Sound and pictures in this room pass through the health region&apos;s own media server: encrypted on the way, but not end to end.</source>
        <translation>Lyd og bilde i dette rommet går gjennom helseregionens egen medieserver: kryptert underveis, men ikke ende-til-ende.</translation>
    </message>
    <message>
        <location filename="../../app/ui/queue/room_options.py" line="100"/>
        <source>End-to-end encrypted: sound and pictures go straight between the participants.</source>
        <translation>Ende-til-ende-kryptert: lyd og bilde går direkte mellom deltakerne.</translation>
    </message>
    <message>
        <location filename="../../app/ui/queue/room_options.py" line="106"/>
        <source>Sensitive (2–5, locks when started)</source>
        <translation>Sensitivt (2–5, låses når det starter)</translation>
    </message>
    <message>
        <location filename="../../app/ui/queue/room_options.py" line="107"/>
        <source>Personal (2–5)</source>
        <translation>Personlig (2–5)</translation>
    </message>
    <message>
        <location filename="../../app/ui/queue/room_options.py" line="108"/>
        <source>Meeting, small (5–10)</source>
        <translation>Møte, lite (5–10)</translation>
    </message>
    <message>
        <location filename="../../app/ui/queue/room_options.py" line="109"/>
        <source>Meeting, large (10–50)</source>
        <translation>Møte, stort (10–50)</translation>
    </message>
    <message>
        <location filename="../../app/ui/queue/room_options.py" line="110"/>
        <source>Auditorium, small (50–70)</source>
        <translation>Auditorium, lite (50–70)</translation>
    </message>
    <message>
        <location filename="../../app/ui/queue/room_options.py" line="111"/>
        <source>Auditorium, large (70–150)</source>
        <translation>Auditorium, stort (70–150)</translation>
    </message>
    <message>
        <location filename="../../app/ui/queue/room_options.py" line="115"/>
        <location filename="../../app/ui/queue/room_options.py" line="116"/>
        <source>Room type</source>
        <translation>Romtype</translation>
    </message>
    <message>
        <location filename="../../app/ui/queue/room_options.py" line="117"/>
        <source>Guest PIN (optional)</source>
        <translation>Gjeste-PIN (valgfri)</translation>
    </message>
    <message>
        <location filename="../../app/ui/queue/room_options.py" line="118"/>
        <source>Host PIN</source>
        <translation>Verts-PIN</translation>
    </message>
    <message>
        <location filename="../../app/ui/queue/room_options.py" line="119"/>
        <source>Guest PIN</source>
        <translation>Gjeste-PIN</translation>
    </message>
</context>
<context>
    <name>RoomRow</name>
    <message>
        <location filename="../../app/ui/queue/room_list.py" line="41"/>
        <source>Your personal room</source>
        <translation>Ditt personlige rom</translation>
    </message>
    <message>
        <location filename="../../app/ui/queue/room_list.py" line="42"/>
        <source>Video consultation</source>
        <translation>Videokonsultasjon</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/queue/room_list.py" line="47"/>
        <source>%n waiting</source>
        <translation>
            <numerusform>%n venter</numerusform>
            <numerusform>%n venter</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/queue/room_list.py" line="50"/>
        <source>%n in the call</source>
        <translation>
            <numerusform>%n i samtalen</numerusform>
            <numerusform>%n i samtalen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/queue/room_list.py" line="52"/>
        <source>Open</source>
        <translation>Åpne</translation>
    </message>
    <message>
        <location filename="../../app/ui/queue/room_list.py" line="53"/>
        <source>Open {room}</source>
        <translation>Åpne {room}</translation>
    </message>
    <message>
        <location filename="../../app/ui/queue/room_list.py" line="54"/>
        <source>Close room</source>
        <translation>Steng rommet</translation>
    </message>
    <message>
        <location filename="../../app/ui/queue/room_list.py" line="55"/>
        <source>Close {room}</source>
        <translation>Steng {room}</translation>
    </message>
    <message>
        <location filename="../../app/ui/queue/room_list.py" line="57"/>
        <source>Patients waiting in it are told the room was closed</source>
        <translation>Pasienter som venter i det, får beskjed om at rommet er stengt</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../app/ui/settings/settings_page.py" line="83"/>
        <source>Settings</source>
        <translation>Innstillinger</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/settings_page.py" line="84"/>
        <source>Changes take effect at once and are kept for the next time.</source>
        <translation>Endringene gjelder med en gang og huskes til neste gang.</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/settings_page.py" line="85"/>
        <source>Camera, microphone and speaker</source>
        <translation>Kamera, mikrofon og høyttaler</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/settings_page.py" line="88"/>
        <source>Samtale opens your camera and microphone when a call starts and uses the ones your computer has chosen.</source>
        <translation>Samtale åpner kameraet og mikrofonen når en samtale starter, og bruker dem datamaskinen har valgt.</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/settings_page.py" line="92"/>
        <location filename="../../app/ui/settings/settings_page.py" line="93"/>
        <source>Language</source>
        <translation>Språk</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/settings_page.py" line="94"/>
        <source>The language of Samtale&apos;s words</source>
        <translation>Språket Samtale bruker</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/settings_page.py" line="95"/>
        <location filename="../../app/ui/settings/settings_page.py" line="103"/>
        <source>Look</source>
        <translation>Utseende</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/settings_page.py" line="97"/>
        <source>As the computer is set</source>
        <translation>Som på datamaskinen</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/settings_page.py" line="98"/>
        <source>Standard</source>
        <translation>Standard</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/settings_page.py" line="99"/>
        <source>High contrast</source>
        <translation>Høy kontrast</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/settings_page.py" line="105"/>
        <source>Standard colours, high contrast, or as the computer is set</source>
        <translation>Standardfarger, høy kontrast eller som på datamaskinen</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/settings_page.py" line="107"/>
        <source>Sounds</source>
        <translation>Lyder</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/settings_page.py" line="109"/>
        <source>Play a sound when a patient is waiting</source>
        <translation>Spill av en lyd når en pasient venter</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/settings_page.py" line="111"/>
        <source>Ring when the clinic calls me</source>
        <translation>Ring når klinikken ringer meg</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/settings_page.py" line="113"/>
        <location filename="../../app/ui/settings/settings_page.py" line="114"/>
        <source>Back</source>
        <translation>Tilbake</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/settings_page.py" line="115"/>
        <source>Close the settings and go back</source>
        <translation>Lukk innstillingene og gå tilbake</translation>
    </message>
</context>
<context>
    <name>StandingRoomForm</name>
    <message>
        <location filename="../../app/ui/queue/standing_room.py" line="55"/>
        <source>Your personal room</source>
        <translation>Ditt personlige rom</translation>
    </message>
    <message>
        <location filename="../../app/ui/queue/standing_room.py" line="57"/>
        <source>A room that is always yours, at an address you choose. Patients can use it any day.</source>
        <translation>Et rom som alltid er ditt, på en adresse du velger. Pasientene dine kan bruke det hver dag.</translation>
    </message>
    <message>
        <location filename="../../app/ui/queue/standing_room.py" line="59"/>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location filename="../../app/ui/queue/standing_room.py" line="60"/>
        <source>Address of your personal room</source>
        <translation>Adressen til ditt personlige rom</translation>
    </message>
    <message>
        <location filename="../../app/ui/queue/standing_room.py" line="62"/>
        <source>for example dr-dahl</source>
        <translation>for eksempel dr-dahl</translation>
    </message>
    <message>
        <location filename="../../app/ui/queue/standing_room.py" line="63"/>
        <source>Open my personal room</source>
        <translation>Åpne mitt personlige rom</translation>
    </message>
</context>
<context>
    <name>TileLabel</name>
    <message>
        <location filename="../../app/ui/call/tile_label.py" line="56"/>
        <location filename="../../app/ui/call/tile_label.py" line="85"/>
        <source>host</source>
        <translation>vert</translation>
    </message>
    <message>
        <location filename="../../app/ui/call/tile_label.py" line="58"/>
        <source>microphone off</source>
        <translation>mikrofon av</translation>
    </message>
    <message>
        <location filename="../../app/ui/call/tile_label.py" line="60"/>
        <location filename="../../app/ui/call/tile_label.py" line="87"/>
        <source>speaking</source>
        <translation>snakker</translation>
    </message>
</context>
<context>
    <name>UpdateRequiredPage</name>
    <message>
        <location filename="../../app/ui/version_notice.py" line="94"/>
        <source>Install the new version of Samtale Clinic</source>
        <translation>Installer den nye versjonen av Samtale Clinic</translation>
    </message>
    <message>
        <location filename="../../app/ui/version_notice.py" line="97"/>
        <source>This version of Samtale Clinic ({current}) no longer works with your service. Install the new version ({newest}) before your next consultation, then open Samtale Clinic again.</source>
        <translation>Denne versjonen av Samtale Clinic ({current}) virker ikke lenger med tjenesten deres. Installer den nye versjonen ({newest}) før neste konsultasjon, og åpne så Samtale Clinic igjen.</translation>
    </message>
    <message>
        <location filename="../../app/ui/version_notice.py" line="103"/>
        <source>This version of Samtale Clinic ({current}) no longer works with your service. Ask your IT department to install the new version ({newest}) before your next consultation.</source>
        <translation>Denne versjonen av Samtale Clinic ({current}) virker ikke lenger med tjenesten deres. Be IT-avdelingen om å installere den nye versjonen ({newest}) før neste konsultasjon.</translation>
    </message>
    <message>
        <location filename="../../app/ui/version_notice.py" line="108"/>
        <source>Install the new version of Samtale</source>
        <translation>Installer den nye versjonen av Samtale</translation>
    </message>
    <message>
        <location filename="../../app/ui/version_notice.py" line="111"/>
        <source>This version of Samtale ({current}) no longer works with your clinic&apos;s service. Install the new version ({newest}) before your consultation, then open Samtale or your consultation link again.</source>
        <translation>Denne versjonen av Samtale ({current}) virker ikke lenger med tjenesten til klinikken din. Installer den nye versjonen ({newest}) før konsultasjonen, og åpne så Samtale eller lenken til konsultasjonen igjen.</translation>
    </message>
    <message>
        <location filename="../../app/ui/version_notice.py" line="117"/>
        <source>This version of Samtale ({current}) no longer works with your clinic&apos;s service. Ask your clinic for the new version ({newest}) and install it before your consultation.</source>
        <translation>Denne versjonen av Samtale ({current}) virker ikke lenger med tjenesten til klinikken din. Be klinikken din om den nye versjonen ({newest}), og installer den før konsultasjonen.</translation>
    </message>
    <message>
        <location filename="../../app/ui/version_notice.py" line="122"/>
        <source>Download the new version</source>
        <translation>Last ned den nye versjonen</translation>
    </message>
</context>
<context>
    <name>VersionNotice</name>
    <message>
        <location filename="../../app/ui/version_notice.py" line="57"/>
        <source>A new version of Samtale Clinic ({newest}) is available.</source>
        <translation>En ny versjon av Samtale Clinic ({newest}) er tilgjengelig.</translation>
    </message>
    <message>
        <location filename="../../app/ui/version_notice.py" line="58"/>
        <source>Ask your IT department to install it.</source>
        <translation>Be IT-avdelingen om å installere den.</translation>
    </message>
    <message>
        <location filename="../../app/ui/version_notice.py" line="60"/>
        <source>A new version of Samtale ({newest}) is available.</source>
        <translation>En ny versjon av Samtale ({newest}) er tilgjengelig.</translation>
    </message>
    <message>
        <location filename="../../app/ui/version_notice.py" line="61"/>
        <source>Ask your clinic how to install it.</source>
        <translation>Spør klinikken din hvordan du installerer den.</translation>
    </message>
    <message>
        <location filename="../../app/ui/version_notice.py" line="64"/>
        <source>Download</source>
        <translation>Last ned</translation>
    </message>
    <message>
        <location filename="../../app/ui/version_notice.py" line="65"/>
        <source>Opens the page where you download the new version</source>
        <translation>Åpner siden der du laster ned den nye versjonen</translation>
    </message>
    <message>
        <location filename="../../app/ui/version_notice.py" line="67"/>
        <source>Hide</source>
        <translation>Skjul</translation>
    </message>
    <message>
        <location filename="../../app/ui/version_notice.py" line="68"/>
        <source>Hide this message until Samtale starts again</source>
        <translation>Skjul denne meldingen til Samtale starter igjen</translation>
    </message>
</context>
<context>
    <name>WaitingPage</name>
    <message>
        <location filename="../../app/ui/lobby/waiting_page.py" line="90"/>
        <source>The connection to the service was lost. Trying to reconnect…</source>
        <translation>Forbindelsen til tjenesten ble brutt. Prøver å koble til igjen …</translation>
    </message>
    <message>
        <location filename="../../app/ui/lobby/waiting_page.py" line="92"/>
        <source>Connected again.</source>
        <translation>Tilkoblet igjen.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lobby/waiting_page.py" line="95"/>
        <source>Your clinician</source>
        <translation>Behandleren din</translation>
    </message>
    <message>
        <location filename="../../app/ui/lobby/waiting_page.py" line="96"/>
        <source>You are in the waiting room</source>
        <translation>Du er på venterommet</translation>
    </message>
    <message>
        <location filename="../../app/ui/lobby/waiting_page.py" line="100"/>
        <source>{clinician} will let you in soon.</source>
        <translation>{clinician} slipper deg inn snart.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lobby/waiting_page.py" line="104"/>
        <source>This is how you look to your clinician.</source>
        <translation>Slik ser behandleren deg.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lobby/waiting_page.py" line="106"/>
        <source>Your camera is starting…</source>
        <translation>Kameraet ditt starter …</translation>
    </message>
    <message>
        <location filename="../../app/ui/lobby/waiting_page.py" line="107"/>
        <source>Leave the waiting room</source>
        <translation>Gå ut av venterommet</translation>
    </message>
    <message>
        <location filename="../../app/ui/lobby/waiting_page.py" line="108"/>
        <source>You leave the queue. Your clinician is told.</source>
        <translation>Du forlater køen. Behandleren din får beskjed.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lobby/waiting_page.py" line="118"/>
        <source>Leave the waiting room and close Samtale? You lose your place in the queue.</source>
        <translation>Gå ut av venterommet og lukke Samtale? Du mister plassen din i køen.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lobby/waiting_page.py" line="120"/>
        <source>Leave the waiting room? You lose your place in the queue.</source>
        <translation>Gå ut av venterommet? Du mister plassen din i køen.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lobby/waiting_page.py" line="122"/>
        <source>Leave</source>
        <translation>Forlat</translation>
    </message>
    <message>
        <location filename="../../app/ui/lobby/waiting_page.py" line="122"/>
        <source>Stay in the queue</source>
        <translation>Bli i køen</translation>
    </message>
</context>
<context>
    <name>bankid</name>
    <message>
        <location filename="../../app/ui/login/bankid_text.py" line="15"/>
        <source>Searching for BankID, it may take a little while. If a few seconds have passed and still no BankID has been found, you probably don&apos;t have a BankID which can be used for this identification on this device. If you don&apos;t have a BankID you can get one from your bank.</source>
        <translation>Søker etter BankID, det kan ta litt tid. Hvis det har gått noen sekunder uten at noen BankID er funnet, har du sannsynligvis ingen BankID som kan brukes til denne identifiseringen på denne enheten. Hvis du ikke har BankID, kan du få en hos banken din.</translation>
    </message>
    <message>
        <location filename="../../app/ui/login/bankid_text.py" line="21"/>
        <source>Start your BankID app.</source>
        <translation>Start BankID-appen.</translation>
    </message>
    <message>
        <location filename="../../app/ui/login/bankid_text.py" line="22"/>
        <source>Would you like to identify yourself with BankID on this device or on another device?</source>
        <translation>Vil du identifisere deg med BankID på denne enheten eller på en annen enhet?</translation>
    </message>
    <message>
        <location filename="../../app/ui/login/bankid_text.py" line="27"/>
        <source>The BankID app is not installed. Please contact your bank.</source>
        <translation>BankID-appen er ikke installert. Kontakt banken din.</translation>
    </message>
    <message>
        <location filename="../../app/ui/login/bankid_text.py" line="28"/>
        <source>Action cancelled. Please try again.</source>
        <translation>Handlingen er avbrutt. Prøv igjen.</translation>
    </message>
    <message>
        <location filename="../../app/ui/login/bankid_text.py" line="29"/>
        <source>An identification or signing for this personal number is already started. Please try again.</source>
        <translation>En identifisering eller signering for dette personnummeret er allerede startet. Prøv igjen.</translation>
    </message>
    <message>
        <location filename="../../app/ui/login/bankid_text.py" line="33"/>
        <source>Internal error. Please try again.</source>
        <translation>Intern feil. Prøv igjen.</translation>
    </message>
    <message>
        <location filename="../../app/ui/login/bankid_text.py" line="34"/>
        <source>Action cancelled.</source>
        <translation>Handlingen er avbrutt.</translation>
    </message>
    <message>
        <location filename="../../app/ui/login/bankid_text.py" line="35"/>
        <source>The BankID app is not responding. Please check that it is started and that you have internet access. If you don&apos;t have a valid BankID you can get one from your bank. Try again.</source>
        <translation>BankID-appen svarer ikke. Sjekk at den er startet og at du har internettilgang. Hvis du ikke har en gyldig BankID, kan du få en hos banken din. Prøv igjen.</translation>
    </message>
    <message>
        <location filename="../../app/ui/login/bankid_text.py" line="40"/>
        <source>Enter your security code in the BankID app and select Identify.</source>
        <translation>Skriv inn sikkerhetskoden din i BankID-appen og velg Identifiera.</translation>
    </message>
    <message>
        <location filename="../../app/ui/login/bankid_text.py" line="41"/>
        <source>Trying to start your BankID app.</source>
        <translation>Prøver å starte BankID-appen.</translation>
    </message>
    <message>
        <location filename="../../app/ui/login/bankid_text.py" line="44"/>
        <source>The BankID you are trying to use is blocked or too old. Please use another BankID or get a new one from your bank.</source>
        <translation>BankID-en du prøver å bruke, er sperret eller for gammel. Bruk en annen BankID eller få en ny hos banken din.</translation>
    </message>
    <message>
        <location filename="../../app/ui/login/bankid_text.py" line="49"/>
        <source>Failed to scan the QR code. Start the BankID app and scan the QR code. Check that the BankID app is up to date. If you don&apos;t have the BankID app, you need to install it and get a BankID from your bank.</source>
        <translation>Kunne ikke lese QR-koden. Start BankID-appen og skann QR-koden. Sjekk at BankID-appen er oppdatert. Hvis du ikke har BankID-appen, må du installere den og få en BankID hos banken din.</translation>
    </message>
    <message>
        <location filename="../../app/ui/login/bankid_text.py" line="58"/>
        <source>Identification in progress.</source>
        <translation>Identifisering pågår.</translation>
    </message>
    <message>
        <location filename="../../app/ui/login/bankid_text.py" line="59"/>
        <source>Process your machine-readable travel document using the BankID app.</source>
        <translation>Les inn reisedokumentet ditt med BankID-appen.</translation>
    </message>
    <message>
        <location filename="../../app/ui/login/bankid_text.py" line="61"/>
        <source>Unknown error. Please try again.</source>
        <translation>Ukjent feil. Prøv igjen.</translation>
    </message>
</context>
<context>
    <name>diagnostics</name>
    <message>
        <location filename="../../app/ui/diagnostics_save.py" line="32"/>
        <source>Save a report for support</source>
        <translation>Lagre en rapport til brukerstøtte</translation>
    </message>
    <message>
        <location filename="../../app/ui/diagnostics_save.py" line="34"/>
        <source>Text files (*.txt)</source>
        <translation>Tekstfiler (*.txt)</translation>
    </message>
</context>
<context>
    <name>invitation</name>
    <message>
        <location filename="../../app/ui/invitation.py" line="22"/>
        <source>Video consultation with {host}</source>
        <translation>Videokonsultasjon med {host}</translation>
    </message>
    <message>
        <location filename="../../app/ui/invitation.py" line="23"/>
        <source>Hello,</source>
        <translation>Hei,</translation>
    </message>
    <message>
        <location filename="../../app/ui/invitation.py" line="24"/>
        <source>You are invited to a video consultation with {host}.</source>
        <translation>Du er invitert til en videokonsultasjon med {host}.</translation>
    </message>
    <message>
        <location filename="../../app/ui/invitation.py" line="26"/>
        <source>At the agreed time, open this link on your phone, tablet or computer: {link}</source>
        <translation>Til avtalt tid åpner du denne lenken på mobilen, nettbrettet eller datamaskinen: {link}</translation>
    </message>
    <message>
        <location filename="../../app/ui/invitation.py" line="30"/>
        <source>Or open the Samtale app and type the code {code}.</source>
        <translation>Eller åpne Samtale-appen og skriv inn koden {code}.</translation>
    </message>
    <message>
        <location filename="../../app/ui/invitation.py" line="31"/>
        <source>To prepare:</source>
        <translation>Slik forbereder du deg:</translation>
    </message>
    <message>
        <location filename="../../app/ui/invitation.py" line="32"/>
        <source>- Find a quiet place where you can talk freely.</source>
        <translation>- Finn et rolig sted der du kan snakke fritt.</translation>
    </message>
    <message>
        <location filename="../../app/ui/invitation.py" line="33"/>
        <source>- Use a headset if you have one.</source>
        <translation>- Bruk hodetelefoner med mikrofon hvis du har.</translation>
    </message>
    <message>
        <location filename="../../app/ui/invitation.py" line="34"/>
        <source>- Charge your phone, or plug in your computer.</source>
        <translation>- Lad mobilen, eller koble datamaskinen til strøm.</translation>
    </message>
    <message>
        <location filename="../../app/ui/invitation.py" line="35"/>
        <source>- Join a few minutes early to check your camera and sound.</source>
        <translation>- Koble til noen minutter før for å sjekke kamera og lyd.</translation>
    </message>
    <message>
        <location filename="../../app/ui/invitation.py" line="37"/>
        <source>Video consultation with {host}. At the agreed time, open {link} (code {code})</source>
        <translation>Videokonsultasjon med {host}. Til avtalt tid, åpne {link} (kode {code})</translation>
    </message>
    <message>
        <location filename="../../app/ui/invitation.py" line="43"/>
        <source>Is it urgent? Call 113, or the out-of-hours service (legevakt) on 116 117.</source>
        <translation>Haster det? Ring 113, eller legevakten på 116 117.</translation>
    </message>
    <message>
        <location filename="../../app/ui/invitation.py" line="47"/>
        <source>Call 112 in an emergency, 1177 for health-care advice.</source>
        <translation>Ring 112 ved akutt fare, 1177 for helseråd.</translation>
    </message>
    <message>
        <location filename="../../app/ui/invitation.py" line="49"/>
        <source>Samtale is not for emergencies. If a life is in danger, call 112.</source>
        <translation>Samtale er ikke for akutte situasjoner. Ved fare for liv, ring 112.</translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <location filename="../../app/ui/messages.py" line="34"/>
        <source>We could not find a consultation with that code. Please check the code and try again.</source>
        <translation>Vi fant ingen konsultasjon med den koden. Sjekk koden og prøv igjen.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="39"/>
        <source>This consultation is closed. Please contact your clinic.</source>
        <translation>Denne konsultasjonen er stengt. Ta kontakt med klinikken din.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="45"/>
        <source>We could not reach Samtale. Please check your internet connection and try again.</source>
        <translation>Vi får ikke kontakt med Samtale. Sjekk internettforbindelsen og prøv igjen.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="49"/>
        <source>The connection was lost. Please check your internet connection.</source>
        <translation>Forbindelsen ble brutt. Sjekk internettforbindelsen din.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="51"/>
        <source>The video connection could not be set up. Please try again.</source>
        <translation>Vi fikk ikke koblet til videoen. Prøv igjen.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="53"/>
        <source>You have been signed out. Please sign in again.</source>
        <translation>Du er blitt logget ut. Logg inn igjen.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="55"/>
        <source>You are not allowed to do this.</source>
        <translation>Du har ikke lov til å gjøre dette.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="57"/>
        <source>Test sign-in is switched off on this service.</source>
        <translation>Testinnlogging er slått av på denne tjenesten.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="59"/>
        <source>Too many attempts. Please wait a minute and try again.</source>
        <translation>For mange forsøk. Vent et minutt og prøv igjen.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="61"/>
        <source>You are not in the consultation yet. Please wait to be let in.</source>
        <translation>Du er ikke med i konsultasjonen ennå. Vent til du blir sluppet inn.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="63"/>
        <source>You are already in this consultation in another window.</source>
        <translation>Du er allerede med i denne konsultasjonen i et annet vindu.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="65"/>
        <source>That person is no longer waiting.</source>
        <translation>Denne personen venter ikke lenger.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="69"/>
        <source>This needs a more secure way of signing in, such as BankID or another electronic ID. Please sign out and sign in with one, or contact your clinic.</source>
        <translation>Dette krever en sikrere innlogging, for eksempel BankID eller en annen elektronisk ID. Logg ut og logg inn med en slik, eller kontakt klinikken din.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="75"/>
        <source>That code is not right, or it has expired. Please check it or ask for a new code.</source>
        <translation>Koden er feil eller har gått ut. Sjekk den, eller be om en ny kode.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="80"/>
        <source>Please read and accept the consent before you enter the waiting room.</source>
        <translation>Les og godta samtykket før du går inn i venterommet.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="110"/>
        <source>Something went wrong. Please try again.</source>
        <translation>Noe gikk galt. Prøv igjen.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="132"/>
        <source>You ended the consultation.</source>
        <translation>Du avsluttet konsultasjonen.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="134"/>
        <source>The other person has left the consultation.</source>
        <translation>Den andre personen har forlatt konsultasjonen.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="136"/>
        <source>The connection to the other person was lost.</source>
        <translation>Forbindelsen til den andre personen ble brutt.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="138"/>
        <source>The clinician could not let you in this time. Please contact your clinic.</source>
        <translation>Behandleren kunne ikke slippe deg inn denne gangen. Ta kontakt med klinikken din.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="152"/>
        <source>The consultation stopped because of a technical problem.</source>
        <translation>Konsultasjonen stoppet på grunn av et teknisk problem.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="159"/>
        <source>Check passed</source>
        <translation>Sjekk i orden</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="161"/>
        <source>Check: warnings</source>
        <translation>Sjekk: advarsler</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="163"/>
        <source>Check failed</source>
        <translation>Sjekk feilet</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="165"/>
        <location filename="../../app/ui/messages.py" line="385"/>
        <source>Not checked</source>
        <translation>Ikke sjekket</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="211"/>
        <source>No camera was found.</source>
        <translation>Fant ikke noe kamera.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="221"/>
        <source>The picture is too dark.</source>
        <translation>Bildet er for mørkt.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="239"/>
        <source>No speaker or headphones were found.</source>
        <translation>Fant ingen høyttaler eller hodetelefoner.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="208"/>
        <source>The check found a problem.</source>
        <translation>Sjekken fant et problem.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="25"/>
        <source>This link does not work. Please type the code from your letter or text message.</source>
        <translation>Denne lenken virker ikke. Skriv inn koden fra brevet eller tekstmeldingen din.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="41"/>
        <source>Another clinician already uses that address. Please choose another.</source>
        <translation>En annen behandler bruker allerede den adressen. Velg en annen.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="67"/>
        <source>Your identity could not be confirmed. Please sign in again.</source>
        <translation>Vi kunne ikke bekrefte identiteten din. Logg inn på nytt.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="84"/>
        <source>Samtale is busy for a moment. Please try again in a little while.</source>
        <translation>Samtale er opptatt et øyeblikk. Prøv igjen om litt.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="86"/>
        <source>The sign-in service is not answering. Please try again in a while.</source>
        <translation>Innloggingstjenesten svarer ikke. Prøv igjen om en stund.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="88"/>
        <source>You were not signed in. Please try again.</source>
        <translation>Du ble ikke logget inn. Prøv igjen.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="90"/>
        <source>You are signed in, but this computer cannot remember it. Next time you sign in again.</source>
        <translation>Du er logget inn, men denne datamaskinen kan ikke huske det. Neste gang logger du inn på nytt.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="96"/>
        <source>This consultation room is full.</source>
        <translation>Dette konsultasjonsrommet er fullt.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="98"/>
        <source>This room cannot take more people with video yet.</source>
        <translation>Dette rommet kan ikke ta flere med video ennå.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="100"/>
        <source>The host has muted you. Press “Ask to unmute” if you want to speak.</source>
        <translation>Verten har dempet deg. Trykk «Be om å få snakke» hvis du vil si noe.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="104"/>
        <source>The host has removed you from this consultation.</source>
        <translation>Verten har fjernet deg fra denne konsultasjonen.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="106"/>
        <source>This room needs a PIN. Please enter the PIN you were given.</source>
        <translation>Dette rommet krever en PIN-kode. Skriv inn PIN-koden du har fått.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="108"/>
        <source>That PIN is not right. Please check it and try again.</source>
        <translation>PIN-koden er feil. Sjekk den og prøv igjen.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="116"/>
        <source>No camera or microphone found: the others can neither see nor hear you. You can still see and hear them.</source>
        <translation>Fant verken kamera eller mikrofon: de andre kan verken se eller høre deg. Du kan fortsatt se og høre dem.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="122"/>
        <source>No camera found: the others will hear you but not see you.</source>
        <translation>Fant ikke noe kamera: de andre hører deg, men ser deg ikke.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="124"/>
        <source>No microphone found: the others will see you but not hear you.</source>
        <translation>Fant ingen mikrofon: de andre ser deg, men hører deg ikke.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="142"/>
        <location filename="../../app/ui/messages.py" line="456"/>
        <source>The host ended the consultation.</source>
        <translation>Verten avsluttet konsultasjonen.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="144"/>
        <location filename="../../app/ui/messages.py" line="454"/>
        <source>You were removed from the consultation by the host.</source>
        <translation>Verten fjernet deg fra konsultasjonen.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="146"/>
        <source>The clinician closed this room, so nobody will come. Please contact your clinic.</source>
        <translation>Behandleren har stengt dette rommet, så ingen kommer. Ta kontakt med klinikken din.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="194"/>
        <source>Pre-call check</source>
        <translation>Forhåndssjekk</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="196"/>
        <source>{heading}: {finding}</source>
        <translation>{heading}: {finding}</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="213"/>
        <source>The camera is used by another program.</source>
        <translation>Kameraet brukes av et annet program.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="215"/>
        <source>Samtale may not use the camera.</source>
        <translation>Samtale har ikke lov til å bruke kameraet.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="217"/>
        <source>The camera picture is not coming through well.</source>
        <translation>Kamerabildet kommer ikke godt fram.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="219"/>
        <source>The camera picture is small.</source>
        <translation>Kamerabildet er lite.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="223"/>
        <source>The picture is blurred.</source>
        <translation>Bildet er uskarpt.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="225"/>
        <source>The patient is not fully in the picture.</source>
        <translation>Pasienten er ikke helt med i bildet.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="227"/>
        <source>The camera is below eye level.</source>
        <translation>Kameraet står lavere enn øynene.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="229"/>
        <source>No microphone can be used.</source>
        <translation>Ingen mikrofon kan brukes.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="231"/>
        <source>The microphone hears nothing.</source>
        <translation>Mikrofonen hører ingenting.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="233"/>
        <source>The microphone is very quiet.</source>
        <translation>Mikrofonen er svært svak.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="235"/>
        <source>There is a lot of background noise.</source>
        <translation>Det er mye støy i bakgrunnen.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="237"/>
        <source>The microphone is too loud and distorts.</source>
        <translation>Mikrofonen er for sterk og skurrer.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="241"/>
        <source>The test sound was not heard.</source>
        <translation>Testlyden ble ikke hørt.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="243"/>
        <source>Loudspeaker without headphones: risk of echo.</source>
        <translation>Høyttaler uten hodetelefoner: fare for ekko.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="245"/>
        <source>Samtale could not be reached.</source>
        <translation>Fikk ikke kontakt med Samtale.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="247"/>
        <source>The network blocks direct video; a relay is used.</source>
        <translation>Nettverket stopper direkte video; en omvei brukes.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="249"/>
        <source>The network blocks video calls.</source>
        <translation>Nettverket stopper videosamtaler.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="257"/>
        <source>The internet connection is slow or unstable.</source>
        <translation>Internettforbindelsen er treg eller ustabil.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="259"/>
        <source>The computer is very busy.</source>
        <translation>Datamaskinen er svært opptatt.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="261"/>
        <source>Part of the check could not be completed.</source>
        <translation>En del av sjekken kunne ikke fullføres.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="263"/>
        <source>The check found no problem.</source>
        <translation>Sjekken fant ingen problemer.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="276"/>
        <source>This works well.</source>
        <translation>Dette fungerer godt.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="278"/>
        <source>We found no camera. Connect a camera, or join with sound only.</source>
        <translation>Vi fant ikke noe kamera. Koble til et kamera, eller bli med bare med lyd.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="280"/>
        <source>Another program is using the camera. Close it and check again.</source>
        <translation>Et annet program bruker kameraet. Lukk det og sjekk på nytt.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="282"/>
        <source>Allow Samtale to use the camera in your computer&apos;s settings.</source>
        <translation>Gi Samtale lov til å bruke kameraet i innstillingene på datamaskinen.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="284"/>
        <source>The camera picture is not coming through well. Close other programs.</source>
        <translation>Kamerabildet kommer ikke godt fram. Lukk andre programmer.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="288"/>
        <source>The camera gives a small picture. It will work, but less sharply.</source>
        <translation>Kameraet gir et lite bilde. Det går fint, men bildet blir mindre skarpt.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="290"/>
        <source>The picture is dark. Turn on a light in front of you.</source>
        <translation>Bildet er mørkt. Slå på et lys foran deg.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="292"/>
        <source>The picture is blurred. Wipe the camera lens gently.</source>
        <translation>Bildet er uskarpt. Tørk forsiktig av kameralinsen.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="294"/>
        <source>Move so that your face is in the middle of the picture.</source>
        <translation>Flytt deg slik at ansiktet ditt er midt i bildet.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="296"/>
        <source>Raise the camera to the height of your eyes.</source>
        <translation>Løft kameraet opp til høyde med øynene dine.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="298"/>
        <source>We found no microphone. Connect headphones with a microphone.</source>
        <translation>Vi fant ingen mikrofon. Koble til hodetelefoner med mikrofon.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="300"/>
        <source>Allow Samtale to use the microphone in your computer&apos;s settings.</source>
        <translation>Gi Samtale lov til å bruke mikrofonen i innstillingene på datamaskinen.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="302"/>
        <source>Your microphone hears nothing. Check that it is switched on.</source>
        <translation>Mikrofonen din hører ingenting. Sjekk at den er slått på.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="304"/>
        <source>Your microphone hears nothing, but “{device}” does. Choose it.</source>
        <translation>Mikrofonen din hører ingenting, men «{device}» gjør det. Velg den.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="308"/>
        <source>Your microphone is very quiet. Move closer to it.</source>
        <translation>Mikrofonen din er svært svak. Sett deg nærmere den.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="310"/>
        <source>There is noise around you. Find a quieter place if you can.</source>
        <translation>Det er støy rundt deg. Finn et roligere sted hvis du kan.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="312"/>
        <source>Your microphone is too loud. Move a little further away.</source>
        <translation>Mikrofonen din er for sterk. Flytt deg litt lenger unna.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="314"/>
        <source>We found no speaker. Connect headphones or a speaker.</source>
        <translation>Vi fant ingen høyttaler. Koble til hodetelefoner eller en høyttaler.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="316"/>
        <source>Did you hear the test sound? If so, press “I heard it”.</source>
        <translation>Hørte du testlyden? Trykk i så fall på «Jeg hørte det».</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="318"/>
        <source>Use headphones, so the clinician does not hear an echo.</source>
        <translation>Bruk hodetelefoner, så behandleren ikke hører ekko.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="320"/>
        <source>You are using headphones. That gives the best sound.</source>
        <translation>Du bruker hodetelefoner. Det gir best lyd.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="322"/>
        <source>You heard the test sound.</source>
        <translation>Du hørte testlyden.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="324"/>
        <source>We cannot reach Samtale. Check that you are connected to the internet.</source>
        <translation>Vi får ikke kontakt med Samtale. Sjekk at du er koblet til internett.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="328"/>
        <source>Your network limits video calls. It will work, perhaps less smoothly.</source>
        <translation>Nettverket ditt begrenser videosamtaler. Det går, men kanskje litt hakkete.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="332"/>
        <source>Your network blocks video calls. Try another network, such as 4G.</source>
        <translation>Nettverket ditt stopper videosamtaler. Prøv et annet nettverk, for eksempel 4G.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="334"/>
        <source>Your computer is very busy. Close other programs.</source>
        <translation>Datamaskinen din er svært opptatt. Lukk andre programmer.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="336"/>
        <source>We could not finish this check. You can still continue.</source>
        <translation>Vi fikk ikke fullført denne sjekken. Du kan likevel fortsette.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="338"/>
        <source>Your internet connection is slow. Move closer to your wireless router.</source>
        <translation>Internettforbindelsen din er treg. Sett deg nærmere den trådløse ruteren.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="354"/>
        <source>No camera was found, so there is no picture of you.</source>
        <translation>Vi fant ikke noe kamera, så det vises ikke noe bilde av deg.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="355"/>
        <source>The camera cannot be used now, so there is no picture of you.</source>
        <translation>Kameraet kan ikke brukes nå, så det vises ikke noe bilde av deg.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="362"/>
        <source>Camera</source>
        <translation>Kamera</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="364"/>
        <source>Microphone</source>
        <translation>Mikrofon</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="366"/>
        <source>Sound</source>
        <translation>Lyd</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="368"/>
        <source>Computer</source>
        <translation>Datamaskin</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="370"/>
        <source>Internet connection</source>
        <translation>Internettforbindelse</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="376"/>
        <source>Checking…</source>
        <translation>Sjekker …</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="379"/>
        <source>Good</source>
        <translation>Bra</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="381"/>
        <source>Needs attention</source>
        <translation>Bør sjekkes</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="383"/>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="392"/>
        <source>Test identity (not checked)</source>
        <translation>Testidentitet (ikke kontrollert)</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="394"/>
        <source>BankID</source>
        <translation>BankID</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="396"/>
        <source>E-mail code only (no e-ID)</source>
        <translation>Bare kode på e-post (ingen e-ID)</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="398"/>
        <source>Electronic ID</source>
        <translation>Elektronisk ID</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="406"/>
        <source>{checked} · with guardian {guardian}</source>
        <translation>{checked} · med foresatt {guardian}</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="412"/>
        <source>Clinician</source>
        <translation>Behandler</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="412"/>
        <source>Patient</source>
        <translation>Pasient</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="423"/>
        <source>You are next in the queue. {clinician} will let you in.</source>
        <translation>Du er neste i køen. {clinician} slipper deg inn.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="426"/>
        <source>You are number {position} in the queue. {clinician} will let you in.</source>
        <translation>Du er nummer {position} i køen. {clinician} slipper deg inn.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="438"/>
        <source>You were muted by the host. You can unmute yourself.</source>
        <translation>Verten dempet deg. Du kan slå på lyden selv.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="440"/>
        <source>You were muted by the host. Press “Ask to unmute” if you want to speak.</source>
        <translation>Verten dempet deg. Trykk «Be om å få snakke» hvis du vil si noe.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="444"/>
        <source>The host allows you to speak again. Unmute when you are ready.</source>
        <translation>Verten lar deg snakke igjen. Slå på lyden når du er klar.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="446"/>
        <source>The host turned off your camera.</source>
        <translation>Verten slo av kameraen din.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="448"/>
        <source>The host allows your camera again.</source>
        <translation>Verten tillater kameraen din igjen.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="450"/>
        <source>You were moved back to the waiting room. Please wait to be let in again.</source>
        <translation>Du ble flyttet tilbake til venterommet. Vent til du blir sluppet inn igjen.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="465"/>
        <source>Is it urgent? Call 113, or the out-of-hours service (legevakt) on 116 117.</source>
        <translation>Haster det? Ring 113, eller legevakten på 116 117.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="469"/>
        <source>Call 112 in an emergency, 1177 for health-care advice.</source>
        <translation>Ring 112 ved akutt fare, 1177 for helseråd.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="470"/>
        <source>Samtale is not for emergencies. If a life is in danger, call 112.</source>
        <translation>Samtale er ikke for akutte situasjoner. Ved fare for liv, ring 112.</translation>
    </message>
</context>
<context>
    <name>quality</name>
    <message>
        <location filename="../../app/ui/call/quality_indicator.py" line="38"/>
        <source>good</source>
        <translation>god</translation>
    </message>
    <message>
        <location filename="../../app/ui/call/quality_indicator.py" line="40"/>
        <source>weak</source>
        <translation>svak</translation>
    </message>
    <message>
        <location filename="../../app/ui/call/quality_indicator.py" line="42"/>
        <source>poor</source>
        <translation>dårlig</translation>
    </message>
    <message>
        <location filename="../../app/ui/call/quality_indicator.py" line="44"/>
        <source>being measured</source>
        <translation>måles</translation>
    </message>
    <message>
        <location filename="../../app/ui/call/quality_indicator.py" line="50"/>
        <source>Some of the sound and picture is lost on the way.</source>
        <translation>Noe av lyden og bildet forsvinner på veien.</translation>
    </message>
    <message>
        <location filename="../../app/ui/call/quality_indicator.py" line="52"/>
        <source>Sound takes a long time to arrive, so you may talk over each other.</source>
        <translation>Lyden bruker lang tid fram, så dere kan komme til å snakke i munnen på hverandre.</translation>
    </message>
    <message>
        <location filename="../../app/ui/call/quality_indicator.py" line="54"/>
        <source>Sound arrives unevenly and may stutter.</source>
        <translation>Lyden kommer ujevnt og kan hakke.</translation>
    </message>
    <message>
        <location filename="../../app/ui/call/quality_indicator.py" line="56"/>
        <source>The picture moves in jerks.</source>
        <translation>Bildet beveger seg rykkete.</translation>
    </message>
    <message>
        <location filename="../../app/ui/call/quality_indicator.py" line="58"/>
        <location filename="../../app/ui/call/quality_indicator.py" line="261"/>
        <source>The picture is paused so that the sound stays clear.</source>
        <translation>Bildet er satt på pause så lyden holder seg klar.</translation>
    </message>
    <message>
        <location filename="../../app/ui/call/quality_indicator.py" line="63"/>
        <source>Your picture is sent smaller to keep the sound clear.</source>
        <translation>Bildet ditt sendes mindre for å holde lyden klar.</translation>
    </message>
    <message>
        <location filename="../../app/ui/call/quality_indicator.py" line="72"/>
        <source>Your connection to the media server is still being measured.</source>
        <translation>Forbindelsen din med medieserveren måles fortsatt.</translation>
    </message>
    <message>
        <location filename="../../app/ui/call/quality_indicator.py" line="73"/>
        <source>Your connection to the media server is {grade}.</source>
        <translation>Forbindelsen din med medieserveren er {grade}.</translation>
    </message>
    <message>
        <location filename="../../app/ui/call/quality_indicator.py" line="76"/>
        <source>The picture from {name} is still being measured.</source>
        <translation>Bildet fra {name} måles fortsatt.</translation>
    </message>
    <message>
        <location filename="../../app/ui/call/quality_indicator.py" line="79"/>
        <source>The picture from {name} reaches you through the media server: {grade}.</source>
        <translation>Bildet fra {name} når deg gjennom medieserveren: {grade}.</translation>
    </message>
    <message>
        <location filename="../../app/ui/call/quality_indicator.py" line="84"/>
        <source>The connection with {name} is still being measured.</source>
        <translation>Forbindelsen med {name} måles fortsatt.</translation>
    </message>
    <message>
        <location filename="../../app/ui/call/quality_indicator.py" line="87"/>
        <source>The connection with {name} is {grade}.</source>
        <translation>Forbindelsen med {name} er {grade}.</translation>
    </message>
    <message>
        <location filename="../../app/ui/call/quality_indicator.py" line="93"/>
        <source>The picture arrives as it should.</source>
        <translation>Bildet kommer fram som det skal.</translation>
    </message>
    <message>
        <location filename="../../app/ui/call/quality_indicator.py" line="95"/>
        <source>Sound and picture arrive as they should.</source>
        <translation>Lyd og bilde kommer fram som de skal.</translation>
    </message>
    <message>
        <location filename="../../app/ui/call/quality_indicator.py" line="98"/>
        <source>This is your own link: your sound and picture to the media server, and the sound of the room back to you.</source>
        <translation>Dette er din egen forbindelse: lyden og bildet ditt til medieserveren, og lyden fra rommet tilbake til deg.</translation>
    </message>
    <message>
        <location filename="../../app/ui/call/quality_indicator.py" line="106"/>
        <source>Only the way from the media server to you is measured. How {name}&apos;s own connection is doing cannot be seen from here, and the delay cannot be measured on a picture that only comes to you.</source>
        <translation>Bare veien fra medieserveren til deg måles. Hvordan forbindelsen til {name} selv fungerer, kan ikke ses herfra, og forsinkelsen kan ikke måles på et bilde som bare kommer til deg.</translation>
    </message>
    <message>
        <location filename="../../app/ui/call/quality_indicator.py" line="120"/>
        <source>Your connection to the media server: {grade}</source>
        <translation>Forbindelsen din med medieserveren: {grade}</translation>
    </message>
    <message>
        <location filename="../../app/ui/call/quality_indicator.py" line="122"/>
        <source>Picture from {name}: {grade}</source>
        <translation>Bilde fra {name}: {grade}</translation>
    </message>
    <message>
        <location filename="../../app/ui/call/quality_indicator.py" line="132"/>
        <source>Your connection: {grade}</source>
        <translation>Forbindelsen din: {grade}</translation>
    </message>
    <message>
        <location filename="../../app/ui/call/quality_indicator.py" line="134"/>
        <source>{name}: {grade}</source>
        <translation>{name}: {grade}</translation>
    </message>
    <message>
        <location filename="../../app/ui/call/quality_indicator.py" line="244"/>
        <source>the other person</source>
        <translation>den andre</translation>
    </message>
    <message>
        <location filename="../../app/ui/call/quality_indicator.py" line="124"/>
        <location filename="../../app/ui/call/quality_indicator.py" line="136"/>
        <source>Connection with {name}: {grade}</source>
        <translation>Forbindelse med {name}: {grade}</translation>
    </message>
    <message>
        <location filename="../../app/ui/call/quality_indicator.py" line="253"/>
        <source>Press to hear what this means</source>
        <translation>Trykk for å få vite hva dette betyr</translation>
    </message>
    <message>
        <location filename="../../app/ui/call/quality_indicator.py" line="263"/>
        <source>The connection is too weak for the picture. Talk with sound only?</source>
        <translation>Forbindelsen er for svak for bilde. Vil dere snakke med bare lyd?</translation>
    </message>
    <message>
        <location filename="../../app/ui/call/quality_indicator.py" line="266"/>
        <location filename="../../app/ui/call/quality_indicator.py" line="267"/>
        <source>Sound only</source>
        <translation>Bare lyd</translation>
    </message>
    <message>
        <location filename="../../app/ui/call/quality_indicator.py" line="268"/>
        <location filename="../../app/ui/call/quality_indicator.py" line="269"/>
        <source>Keep the picture</source>
        <translation>Behold bildet</translation>
    </message>
    <message>
        <location filename="../../app/ui/call/quality_indicator.py" line="270"/>
        <location filename="../../app/ui/call/quality_indicator.py" line="271"/>
        <source>Try the picture again</source>
        <translation>Prøv bildet igjen</translation>
    </message>
</context>
</TS>
