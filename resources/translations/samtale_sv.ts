<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv" sourcelanguage="en">
<context>
    <name>CallAnnouncements</name>
    <message>
        <location filename="../../app/ui/announcements.py" line="50"/>
        <source>Microphone on.</source>
        <translation>Mikrofonen är på.</translation>
    </message>
    <message>
        <location filename="../../app/ui/announcements.py" line="50"/>
        <source>Microphone off. You are muted.</source>
        <translation>Mikrofonen är av. Du hörs inte.</translation>
    </message>
    <message>
        <location filename="../../app/ui/announcements.py" line="52"/>
        <source>Camera on.</source>
        <translation>Kameran är på.</translation>
    </message>
    <message>
        <location filename="../../app/ui/announcements.py" line="52"/>
        <source>Camera off. Nobody can see you.</source>
        <translation>Kameran är av. Ingen kan se dig.</translation>
    </message>
    <message>
        <location filename="../../app/ui/announcements.py" line="57"/>
        <source>You have been let in. The consultation is starting.</source>
        <translation>Du har släppts in. Besöket börjar.</translation>
    </message>
    <message>
        <location filename="../../app/ui/announcements.py" line="59"/>
        <source>You are now in the consultation.</source>
        <translation>Du är nu med i besöket.</translation>
    </message>
    <message>
        <location filename="../../app/ui/announcements.py" line="61"/>
        <source>The connection is back.</source>
        <translation>Anslutningen fungerar igen.</translation>
    </message>
    <message>
        <location filename="../../app/ui/announcements.py" line="63"/>
        <source>The connection is unstable. Reconnecting…</source>
        <translation>Anslutningen är ostabil. Ansluter igen …</translation>
    </message>
    <message>
        <location filename="../../app/ui/announcements.py" line="68"/>
        <source>The connection to the service was lost. Trying to reconnect…</source>
        <translation>Anslutningen till tjänsten bröts. Försöker ansluta igen …</translation>
    </message>
    <message>
        <location filename="../../app/ui/announcements.py" line="71"/>
        <source>Connected again.</source>
        <translation>Ansluten igen.</translation>
    </message>
    <message>
        <location filename="../../app/ui/announcements.py" line="75"/>
        <source>The consultation has ended. {reason}</source>
        <translation>Besöket är avslutat. {reason}</translation>
    </message>
    <message>
        <location filename="../../app/ui/announcements.py" line="83"/>
        <source>You are muted. Press “Unmute microphone” to be heard.</source>
        <translation>Din mikrofon är av. Tryck på ”Slå på mikrofonen” för att höras.</translation>
    </message>
    <message>
        <location filename="../../app/ui/announcements.py" line="93"/>
        <source>The connection to {name} was lost.</source>
        <translation>Anslutningen till {name} bröts.</translation>
    </message>
    <message>
        <location filename="../../app/ui/announcements.py" line="95"/>
        <source>{name} was removed from the consultation.</source>
        <translation>{name} togs bort från samtalet.</translation>
    </message>
    <message>
        <location filename="../../app/ui/announcements.py" line="97"/>
        <source>{name} is back in the waiting room.</source>
        <translation>{name} är tillbaka i väntrummet.</translation>
    </message>
    <message>
        <location filename="../../app/ui/announcements.py" line="99"/>
        <source>{name} left the consultation.</source>
        <translation>{name} lämnade samtalet.</translation>
    </message>
    <message>
        <location filename="../../app/ui/announcements.py" line="102"/>
        <source>You are presenting.</source>
        <translation>Du presenterar.</translation>
    </message>
    <message>
        <location filename="../../app/ui/announcements.py" line="102"/>
        <source>You stopped presenting.</source>
        <translation>Du har slutat presentera.</translation>
    </message>
</context>
<context>
    <name>CallBar</name>
    <message numerus="yes">
        <location filename="../../app/ui/call/call_bar.py" line="127"/>
        <source>Chat (%n new)</source>
        <translation>
            <numerusform>Chatt (%n ny)</numerusform>
            <numerusform>Chatt (%n nya)</numerusform>
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
        <translation>Döljer chatten</translation>
    </message>
    <message>
        <location filename="../../app/ui/call/call_bar.py" line="132"/>
        <source>Shows the chat</source>
        <translation>Visar chatten</translation>
    </message>
    <message>
        <location filename="../../app/ui/call/call_bar.py" line="134"/>
        <location filename="../../app/ui/call/call_bar.py" line="135"/>
        <source>People</source>
        <translation>Deltagare</translation>
    </message>
    <message>
        <location filename="../../app/ui/call/call_bar.py" line="137"/>
        <source>Hides the list of people in the call</source>
        <translation>Döljer listan över vilka som är med i samtalet</translation>
    </message>
    <message>
        <location filename="../../app/ui/call/call_bar.py" line="139"/>
        <source>Shows the list of people in the call</source>
        <translation>Visar vilka som är med i samtalet</translation>
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
        <translation>Din egen bild och helskärm</translation>
    </message>
    <message>
        <location filename="../../app/ui/call/call_bar.py" line="145"/>
        <source>Show my own picture</source>
        <translation>Visa min egen bild</translation>
    </message>
    <message>
        <location filename="../../app/ui/call/call_bar.py" line="145"/>
        <source>Hide my own picture</source>
        <translation>Dölj min egen bild</translation>
    </message>
    <message>
        <location filename="../../app/ui/call/call_bar.py" line="147"/>
        <source>Move my own picture to the next corner</source>
        <translation>Flytta min egen bild till nästa hörn</translation>
    </message>
    <message>
        <location filename="../../app/ui/call/call_bar.py" line="150"/>
        <source>Leave full screen</source>
        <translation>Lämna helskärm</translation>
    </message>
    <message>
        <location filename="../../app/ui/call/call_bar.py" line="150"/>
        <source>Full screen</source>
        <translation>Helskärm</translation>
    </message>
    <message>
        <location filename="../../app/ui/call/call_bar.py" line="152"/>
        <source>Save a report for support…</source>
        <translation>Spara en rapport till supporten …</translation>
    </message>
    <message>
        <location filename="../../app/ui/call/call_bar.py" line="153"/>
        <location filename="../../app/ui/call/call_bar.py" line="154"/>
        <source>Hang up</source>
        <translation>Lägg på</translation>
    </message>
    <message>
        <location filename="../../app/ui/call/call_bar.py" line="155"/>
        <source>Leave the consultation</source>
        <translation>Lämna besöket</translation>
    </message>
    <message>
        <location filename="../../app/ui/call/call_bar.py" line="156"/>
        <location filename="../../app/ui/call/call_bar.py" line="157"/>
        <source>Layout</source>
        <translation>Vy</translation>
    </message>
    <message>
        <location filename="../../app/ui/call/call_bar.py" line="158"/>
        <source>How the people in the call are arranged</source>
        <translation>Hur deltagarna i samtalet visas</translation>
    </message>
    <message>
        <location filename="../../app/ui/call/call_bar.py" line="160"/>
        <source>Speaker</source>
        <translation>Talare</translation>
    </message>
    <message>
        <location filename="../../app/ui/call/call_bar.py" line="161"/>
        <source>Gallery</source>
        <translation>Galleri</translation>
    </message>
    <message>
        <location filename="../../app/ui/call/call_bar.py" line="162"/>
        <source>Pinned</source>
        <translation>Fäst</translation>
    </message>
    <message>
        <location filename="../../app/ui/call/call_bar.py" line="163"/>
        <source>Interpreter (two large)</source>
        <translation>Tolk (två stora)</translation>
    </message>
</context>
<context>
    <name>CallPage</name>
    <message>
        <location filename="../../app/ui/call/call_page.py" line="68"/>
        <source>You are muted</source>
        <translation>Din mikrofon är av</translation>
    </message>
    <message>
        <location filename="../../app/ui/call/call_page.py" line="337"/>
        <source>{name} is presenting</source>
        <translation>{name} presenterar</translation>
    </message>
    <message>
        <location filename="../../app/ui/call/call_page.py" line="339"/>
        <source>You are presenting</source>
        <translation>Du presenterar</translation>
    </message>
    <message>
        <location filename="../../app/ui/call/call_page.py" line="373"/>
        <source>Encrypted on the way, not end to end: sound and pictures pass through the health region&apos;s own media server.</source>
        <translation>Krypterat under överföringen, inte end-to-end: ljud och bild går via regionens egen medieserver.</translation>
    </message>
    <message>
        <location filename="../../app/ui/call/call_page.py" line="377"/>
        <source>End-to-end encrypted: only the people in this call can see and hear it.</source>
        <translation>End-to-end-krypterat: bara de som är med i samtalet kan se och höra det.</translation>
    </message>
    <message>
        <location filename="../../app/ui/call/call_page.py" line="385"/>
        <source>Mute microphone</source>
        <translation>Stäng av mikrofonen</translation>
    </message>
    <message>
        <location filename="../../app/ui/call/call_page.py" line="385"/>
        <source>Unmute microphone</source>
        <translation>Slå på mikrofonen</translation>
    </message>
    <message>
        <location filename="../../app/ui/call/call_page.py" line="388"/>
        <source>Your microphone is on.</source>
        <translation>Din mikrofon är på.</translation>
    </message>
    <message>
        <location filename="../../app/ui/call/call_page.py" line="390"/>
        <source>Your microphone is off. Nobody hears you.</source>
        <translation>Din mikrofon är av. Ingen hör dig.</translation>
    </message>
    <message>
        <location filename="../../app/ui/call/call_page.py" line="393"/>
        <source>Turn camera off</source>
        <translation>Stäng av kameran</translation>
    </message>
    <message>
        <location filename="../../app/ui/call/call_page.py" line="393"/>
        <source>Turn camera on</source>
        <translation>Slå på kameran</translation>
    </message>
    <message>
        <location filename="../../app/ui/call/call_page.py" line="396"/>
        <source>Your camera is on.</source>
        <translation>Din kamera är på.</translation>
    </message>
    <message>
        <location filename="../../app/ui/call/call_page.py" line="396"/>
        <source>Your camera is off. Nobody sees you.</source>
        <translation>Din kamera är av. Ingen ser dig.</translation>
    </message>
    <message>
        <location filename="../../app/ui/call/call_page.py" line="399"/>
        <source>You are muted. Press “Unmute microphone” to be heard.</source>
        <translation>Din mikrofon är av. Tryck på ”Slå på mikrofonen” för att höras.</translation>
    </message>
    <message>
        <location filename="../../app/ui/call/call_page.py" line="424"/>
        <source>{name} has turned the camera off</source>
        <translation>{name} har stängt av kameran</translation>
    </message>
    <message>
        <location filename="../../app/ui/call/call_page.py" line="429"/>
        <source>Picture paused. {name} can still be heard.</source>
        <translation>Bilden är pausad. {name} hörs fortfarande.</translation>
    </message>
    <message>
        <location filename="../../app/ui/call/call_page.py" line="435"/>
        <source>Reconnecting…</source>
        <translation>Ansluter igen …</translation>
    </message>
    <message>
        <location filename="../../app/ui/call/call_page.py" line="437"/>
        <source>Waiting for {name}&apos;s picture…</source>
        <translation>Väntar på bilden från {name} …</translation>
    </message>
    <message>
        <location filename="../../app/ui/call/call_page.py" line="439"/>
        <source>Waiting for the picture…</source>
        <translation>Väntar på bilden …</translation>
    </message>
    <message>
        <location filename="../../app/ui/call/call_page.py" line="465"/>
        <source>The connection could not be restored.</source>
        <translation>Anslutningen kunde inte återställas.</translation>
    </message>
    <message>
        <location filename="../../app/ui/call/call_page.py" line="499"/>
        <source>Leave the consultation?</source>
        <translation>Lämna besöket?</translation>
    </message>
    <message>
        <location filename="../../app/ui/call/call_page.py" line="499"/>
        <source>Leave</source>
        <translation>Lämna</translation>
    </message>
    <message>
        <location filename="../../app/ui/call/call_page.py" line="499"/>
        <location filename="../../app/ui/call/call_page.py" line="510"/>
        <source>Stay</source>
        <translation>Stanna</translation>
    </message>
    <message>
        <location filename="../../app/ui/call/call_page.py" line="508"/>
        <source>Leave the consultation and close Samtale?</source>
        <translation>Lämna besöket och stänga Samtale?</translation>
    </message>
    <message>
        <location filename="../../app/ui/call/call_page.py" line="509"/>
        <source>Leave and close</source>
        <translation>Lämna och stäng</translation>
    </message>
    <message>
        <location filename="../../app/ui/call/call_page.py" line="421"/>
        <source>Your camera is off</source>
        <translation>Din kamera är avstängd</translation>
    </message>
    <message>
        <location filename="../../app/ui/call/call_page.py" line="418"/>
        <location filename="../../app/ui/call/call_page.py" line="419"/>
        <source>You</source>
        <translation>Du</translation>
    </message>
    <message>
        <location filename="../../app/ui/call/call_page.py" line="455"/>
        <source>The connection was lost. Trying to connect again…</source>
        <translation>Anslutningen bröts. Vi försöker ansluta igen …</translation>
    </message>
    <message>
        <location filename="../../app/ui/call/call_page.py" line="461"/>
        <source>In consultation with {name}</source>
        <translation>I samtal med {name}</translation>
    </message>
    <message>
        <location filename="../../app/ui/call/call_page.py" line="463"/>
        <source>In consultation</source>
        <translation>I samtal</translation>
    </message>
    <message>
        <location filename="../../app/ui/call/call_page.py" line="467"/>
        <source>The connection is unstable. Reconnecting…</source>
        <translation>Anslutningen är ostabil. Ansluter igen …</translation>
    </message>
    <message>
        <location filename="../../app/ui/call/call_page.py" line="469"/>
        <source>Connecting…</source>
        <translation>Ansluter …</translation>
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
        <translation>{who}: {text} (inte skickat än: skickas när anslutningen är tillbaka)</translation>
    </message>
    <message>
        <location filename="../../app/ui/chat/chat_panel.py" line="91"/>
        <source>Chat (not saved)</source>
        <translation>Chatt (sparas inte)</translation>
    </message>
    <message>
        <location filename="../../app/ui/chat/chat_panel.py" line="92"/>
        <source>Chat messages</source>
        <translation>Chattmeddelanden</translation>
    </message>
    <message>
        <location filename="../../app/ui/chat/chat_panel.py" line="93"/>
        <location filename="../../app/ui/chat/chat_panel.py" line="94"/>
        <source>Write a message</source>
        <translation>Skriv ett meddelande</translation>
    </message>
    <message>
        <location filename="../../app/ui/chat/chat_panel.py" line="95"/>
        <source>Send</source>
        <translation>Skicka</translation>
    </message>
    <message>
        <location filename="../../app/ui/chat/chat_panel.py" line="96"/>
        <source>Send message</source>
        <translation>Skicka meddelande</translation>
    </message>
</context>
<context>
    <name>ClinicianWindow</name>
    <message>
        <location filename="../../app/ui/clinician_window.py" line="113"/>
        <source>Samtale Clinic</source>
        <translation>Samtale Klinik</translation>
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
        <translation>Inloggad som {name}</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="213"/>
        <source>Settings</source>
        <translation>Inställningar</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="215"/>
        <source>Camera, microphone, language, look and sounds</source>
        <translation>Kamera, mikrofon, språk, utseende och ljud</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="217"/>
        <source>Help</source>
        <translation>Hjälp</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="219"/>
        <source>How Samtale works and what to do when something does not</source>
        <translation>Så fungerar Samtale och vad du gör när något inte fungerar</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="221"/>
        <source>Sign out</source>
        <translation>Logga ut</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="222"/>
        <source>Sign out of Samtale on this computer</source>
        <translation>Logga ut från Samtale på den här datorn</translation>
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
        <translation>Språket som Samtale använder</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="282"/>
        <source>You are signed out.</source>
        <translation>Du är utloggad.</translation>
    </message>
</context>
<context>
    <name>Counts</name>
    <message numerus="yes">
        <location filename="../../app/ui/counts.py" line="24"/>
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minut</numerusform>
            <numerusform>%n minuter</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/counts.py" line="27"/>
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n timme</numerusform>
            <numerusform>%n timmar</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/counts.py" line="33"/>
        <source>Waiting less than a minute</source>
        <translation>Har väntat mindre än en minut</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/counts.py" line="35"/>
        <source>Waiting %n minute(s)</source>
        <translation>
            <numerusform>Har väntat %n minut</numerusform>
            <numerusform>Har väntat %n minuter</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/counts.py" line="37"/>
        <source>Waiting {hours} {minutes}</source>
        <translation>Har väntat {hours} {minutes}</translation>
    </message>
</context>
<context>
    <name>DeviceCheck</name>
    <message>
        <location filename="../../app/ui/device_check.py" line="48"/>
        <source>Your camera, microphone and speaker</source>
        <translation>Din kamera, mikrofon och högtalare</translation>
    </message>
    <message>
        <location filename="../../app/ui/device_check.py" line="51"/>
        <source>Checked when you sign in, before your first call. Choose another device here at any time.</source>
        <translation>Kontrolleras när du loggar in, före ditt första samtal. Du kan välja en annan enhet här när som helst.</translation>
    </message>
</context>
<context>
    <name>DeviceChooser</name>
    <message>
        <location filename="../../app/ui/preflight/devices.py" line="100"/>
        <source>None found</source>
        <translation>Ingen hittades</translation>
    </message>
    <message>
        <location filename="../../app/ui/preflight/devices.py" line="149"/>
        <source>Use “{device}”</source>
        <translation>Använd ”{device}”</translation>
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
        <translation>Högtalare eller hörlurar</translation>
    </message>
</context>
<context>
    <name>EmailCodePanel</name>
    <message>
        <location filename="../../app/ui/login/email_panel.py" line="114"/>
        <source>en</source>
        <translation>sv</translation>
    </message>
    <message>
        <location filename="../../app/ui/login/email_panel.py" line="174"/>
        <source>Please write your name and your e-mail address.</source>
        <translation>Skriv ditt namn och din e-postadress.</translation>
    </message>
    <message>
        <location filename="../../app/ui/login/email_panel.py" line="180"/>
        <source>If {address} is right, a code is on its way. It can be used once, for a few minutes.</source>
        <translation>Om {address} stämmer är en kod på väg. Den kan användas en gång, under några minuter.</translation>
    </message>
    <message>
        <location filename="../../app/ui/login/email_panel.py" line="184"/>
        <source>If {address} is right, a code is on its way. It can be used once, within {minutes} min.</source>
        <translation>Om {address} stämmer är en kod på väg. Den kan användas en gång, inom {minutes} min.</translation>
    </message>
    <message>
        <location filename="../../app/ui/login/email_panel.py" line="189"/>
        <source>Send a new code</source>
        <translation>Skicka en ny kod</translation>
    </message>
    <message>
        <location filename="../../app/ui/login/email_panel.py" line="189"/>
        <source>Send me a code</source>
        <translation>Skicka en kod till mig</translation>
    </message>
    <message>
        <location filename="../../app/ui/login/email_panel.py" line="192"/>
        <source>No electronic ID? Sign in with e-mail</source>
        <translation>Har du ingen e-legitimation? Logga in med e-post</translation>
    </message>
    <message>
        <location filename="../../app/ui/login/email_panel.py" line="195"/>
        <source>We send a code to your e-mail. This is a weaker sign-in than BankID: your clinic sees it, and some consultations need an electronic ID.</source>
        <translation>Vi skickar en kod till din e-post. Det här är en svagare inloggning än BankID: mottagningen ser det, och vissa samtal kräver e-legitimation.</translation>
    </message>
    <message>
        <location filename="../../app/ui/login/email_panel.py" line="199"/>
        <source>Your full name</source>
        <translation>Ditt fullständiga namn</translation>
    </message>
    <message>
        <location filename="../../app/ui/login/email_panel.py" line="200"/>
        <source>Your e-mail address</source>
        <translation>Din e-postadress</translation>
    </message>
    <message>
        <location filename="../../app/ui/login/email_panel.py" line="201"/>
        <source>The code from the e-mail</source>
        <translation>Koden från mejlet</translation>
    </message>
    <message>
        <location filename="../../app/ui/login/email_panel.py" line="202"/>
        <source>Sign in with the code</source>
        <translation>Logga in med koden</translation>
    </message>
</context>
<context>
    <name>EndedPage</name>
    <message>
        <location filename="../../app/ui/call/ended_page.py" line="44"/>
        <source>The consultation has ended</source>
        <translation>Besöket är avslutat</translation>
    </message>
    <message>
        <location filename="../../app/ui/call/ended_page.py" line="49"/>
        <source>Back to the waiting list</source>
        <translation>Tillbaka till väntelistan</translation>
    </message>
    <message>
        <location filename="../../app/ui/call/ended_page.py" line="51"/>
        <source>Thank you for using Samtale. You can close this window now.</source>
        <translation>Tack för att du använde Samtale. Du kan stänga det här fönstret nu.</translation>
    </message>
    <message>
        <location filename="../../app/ui/call/ended_page.py" line="52"/>
        <source>Close</source>
        <translation>Stäng</translation>
    </message>
    <message>
        <location filename="../../app/ui/call/ended_page.py" line="53"/>
        <source>Return to the waiting room</source>
        <translation>Gå tillbaka till väntrummet</translation>
    </message>
    <message>
        <location filename="../../app/ui/call/ended_page.py" line="55"/>
        <source>Knock again: you wait in the same room until you are let in</source>
        <translation>Knacka på igen: du väntar i samma rum tills du blir insläppt</translation>
    </message>
</context>
<context>
    <name>Gallery</name>
    <message>
        <location filename="../../app/ui/call/gallery.py" line="132"/>
        <source>{name} has turned the camera off</source>
        <translation>{name} har stängt av kameran</translation>
    </message>
    <message>
        <location filename="../../app/ui/call/gallery.py" line="134"/>
        <source>Picture paused. {name} can still be heard.</source>
        <translation>Bilden är pausad. {name} hörs fortfarande.</translation>
    </message>
</context>
<context>
    <name>HelpPage</name>
    <message>
        <location filename="../../app/ui/help_page.py" line="41"/>
        <source>Emergency</source>
        <translation>Nödläge</translation>
    </message>
    <message>
        <location filename="../../app/ui/help_page.py" line="43"/>
        <source>Samtale is not for emergencies. If life or health is in danger, call 113 in Norway or 112 in Sweden and other countries.</source>
        <translation>Samtale är inte till för nödlägen. Är liv eller hälsa i fara, ring 113 i Norge eller 112 i Sverige och andra länder.</translation>
    </message>
    <message>
        <location filename="../../app/ui/help_page.py" line="50"/>
        <source>Your day</source>
        <translation>Din dag</translation>
    </message>
    <message>
        <location filename="../../app/ui/help_page.py" line="52"/>
        <source>Sign in, open your room or make a new one, and give the patient its link or code. Patients who are ready wait in the list with their check results; admit them one at a time. After a call you are back at the list, in the same room.</source>
        <translation>Logga in, öppna ditt rum eller skapa ett nytt och ge patienten länken eller koden. Patienter som är redo väntar i listan med resultaten från kontrollen; släpp in dem en i taget. Efter ett samtal är du tillbaka vid listan, i samma rum.</translation>
    </message>
    <message>
        <location filename="../../app/ui/help_page.py" line="58"/>
        <location filename="../../app/ui/help_page.py" line="83"/>
        <source>In the call</source>
        <translation>I samtalet</translation>
    </message>
    <message>
        <location filename="../../app/ui/help_page.py" line="60"/>
        <source>You can turn a patient&apos;s microphone or camera off, send them back to the waiting room, remove them, lock the room, or end the call for everyone. Nothing is recorded.</source>
        <translation>Du kan stänga av en patients mikrofon eller kamera, skicka tillbaka patienten till väntrummet, ta bort patienten, låsa rummet eller avsluta samtalet för alla. Ingenting spelas in.</translation>
    </message>
    <message>
        <location filename="../../app/ui/help_page.py" line="65"/>
        <location filename="../../app/ui/help_page.py" line="90"/>
        <source>When something does not work</source>
        <translation>När något inte fungerar</translation>
    </message>
    <message>
        <location filename="../../app/ui/help_page.py" line="67"/>
        <source>Choose your camera, microphone and speaker under Settings. If the connection drops, Samtale reconnects by itself; the patient keeps their place.</source>
        <translation>Välj kamera, mikrofon och högtalare under Inställningar. Om anslutningen bryts ansluter Samtale igen av sig själv; patienten behåller sin plats.</translation>
    </message>
    <message>
        <location filename="../../app/ui/help_page.py" line="75"/>
        <source>How it works</source>
        <translation>Så fungerar det</translation>
    </message>
    <message>
        <location filename="../../app/ui/help_page.py" line="77"/>
        <source>Sign in, open the link or type the code you were given, and let Samtale check your camera, microphone, speaker and connection. Press I&apos;m ready: you wait until your therapist lets you in. Nothing is recorded.</source>
        <translation>Logga in, öppna länken eller skriv koden du har fått och låt Samtale kontrollera kameran, mikrofonen, högtalaren och anslutningen. Tryck på Jag är redo: du väntar tills din behandlare släpper in dig. Ingenting spelas in.</translation>
    </message>
    <message>
        <location filename="../../app/ui/help_page.py" line="85"/>
        <source>The buttons at the bottom turn your microphone and camera on and off and end the call. If you close Samtale by mistake, open the link again: you come back to the waiting room.</source>
        <translation>Knapparna längst ned slår på och av mikrofonen och kameran och avslutar samtalet. Om du stänger Samtale av misstag öppnar du länken igen: då kommer du tillbaka till väntrummet.</translation>
    </message>
    <message>
        <location filename="../../app/ui/help_page.py" line="92"/>
        <source>If nobody can hear or see you, choose another camera, microphone or speaker under Settings. If the connection drops, Samtale reconnects by itself and you keep your place.</source>
        <translation>Om ingen hör eller ser dig, välj en annan kamera, mikrofon eller högtalare under Inställningar. Om anslutningen bryts ansluter Samtale igen av sig själv och du behåller din plats.</translation>
    </message>
    <message>
        <location filename="../../app/ui/help_page.py" line="100"/>
        <source>Help</source>
        <translation>Hjälp</translation>
    </message>
    <message>
        <location filename="../../app/ui/help_page.py" line="106"/>
        <source>For support</source>
        <translation>För supporten</translation>
    </message>
    <message>
        <location filename="../../app/ui/help_page.py" line="109"/>
        <source>If support asks for it: a report of how your calls went (no names, no addresses, nothing said or shown), saved where you choose. Nothing is sent by itself.</source>
        <translation>Om supporten ber om det: en rapport om hur dina samtal gick (inga namn, inga adresser, inget av det som sades eller visades), sparad där du väljer. Ingenting skickas av sig självt.</translation>
    </message>
    <message>
        <location filename="../../app/ui/help_page.py" line="113"/>
        <source>Save a report for support…</source>
        <translation>Spara en rapport till supporten …</translation>
    </message>
    <message>
        <location filename="../../app/ui/help_page.py" line="114"/>
        <source>Save a report for support</source>
        <translation>Spara en rapport till supporten</translation>
    </message>
    <message>
        <location filename="../../app/ui/help_page.py" line="115"/>
        <location filename="../../app/ui/help_page.py" line="116"/>
        <source>Back</source>
        <translation>Tillbaka</translation>
    </message>
    <message>
        <location filename="../../app/ui/help_page.py" line="117"/>
        <source>Close the help and go back</source>
        <translation>Stäng hjälpen och gå tillbaka</translation>
    </message>
</context>
<context>
    <name>IdentityBanner</name>
    <message>
        <location filename="../../app/ui/widgets/identity_banner.py" line="22"/>
        <source>TEST IDENTITY — this is a test version of Samtale. Nobody is checked, so never use it for real patients.</source>
        <translation>TESTIDENTITET — det här är en testversion av Samtale. Ingen identitet kontrolleras, så använd den aldrig för riktiga patienter.</translation>
    </message>
</context>
<context>
    <name>IdentityPanel</name>
    <message>
        <location filename="../../app/ui/login/identity_panel.py" line="212"/>
        <source>You cannot sign in for this child. Check the number: under 16 and in your care.</source>
        <translation>Du kan inte logga in för det här barnet. Kontrollera numret: under 16 år och med dig som vårdnadshavare.</translation>
    </message>
    <message>
        <location filename="../../app/ui/login/identity_panel.py" line="230"/>
        <source>Sign in with BankID</source>
        <translation>Logga in med BankID</translation>
    </message>
    <message>
        <location filename="../../app/ui/login/identity_panel.py" line="231"/>
        <source>BankID on this device</source>
        <translation>BankID på den här enheten</translation>
    </message>
    <message>
        <location filename="../../app/ui/login/identity_panel.py" line="232"/>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <location filename="../../app/ui/login/identity_panel.py" line="233"/>
        <source>QR code for BankID. Scan it with the BankID app on your phone.</source>
        <translation>QR-kod för BankID. Skanna den med BankID-appen i telefonen.</translation>
    </message>
    <message>
        <location filename="../../app/ui/login/identity_panel.py" line="234"/>
        <source>I am signing in for my child (under 16)</source>
        <translation>Jag loggar in för mitt barn (under 16 år)</translation>
    </message>
    <message>
        <location filename="../../app/ui/login/identity_panel.py" line="235"/>
        <source>Your child&apos;s personal identity number</source>
        <translation>Barnets personnummer</translation>
    </message>
    <message>
        <location filename="../../app/ui/login/identity_panel.py" line="237"/>
        <source>en</source>
        <translation>sv</translation>
    </message>
    <message>
        <location filename="../../app/ui/login/identity_panel.py" line="240"/>
        <source>Sign in with {provider}</source>
        <translation>Logga in med {provider}</translation>
    </message>
</context>
<context>
    <name>InvitePanel</name>
    <message>
        <location filename="../../app/ui/queue/invite_panel.py" line="49"/>
        <source>Copy invitation</source>
        <translation>Kopiera inbjudan</translation>
    </message>
    <message>
        <location filename="../../app/ui/queue/invite_panel.py" line="50"/>
        <source>Invitation copied</source>
        <translation>Inbjudan kopierad</translation>
    </message>
    <message>
        <location filename="../../app/ui/queue/invite_panel.py" line="54"/>
        <source>Copy text message</source>
        <translation>Kopiera sms:et</translation>
    </message>
    <message>
        <location filename="../../app/ui/queue/invite_panel.py" line="55"/>
        <source>Text message copied</source>
        <translation>Sms:et kopierat</translation>
    </message>
    <message>
        <location filename="../../app/ui/queue/invite_panel.py" line="84"/>
        <source>Invite the patient</source>
        <translation>Bjud in patienten</translation>
    </message>
    <message>
        <location filename="../../app/ui/queue/invite_panel.py" line="85"/>
        <source>The patient&apos;s language</source>
        <translation>Patientens språk</translation>
    </message>
    <message>
        <location filename="../../app/ui/queue/invite_panel.py" line="87"/>
        <source>Open in e-mail</source>
        <translation>Öppna i e-post</translation>
    </message>
    <message>
        <location filename="../../app/ui/queue/invite_panel.py" line="88"/>
        <source>Opens your e-mail program with the invitation written.</source>
        <translation>Öppnar ditt e-postprogram med inbjudan färdigskriven.</translation>
    </message>
</context>
<context>
    <name>KnockAnnouncements</name>
    <message>
        <location filename="../../app/ui/announcements.py" line="156"/>
        <source>{name} is waiting to be let in. {readiness}.</source>
        <translation>{name} väntar på att bli insläppt. {readiness}.</translation>
    </message>
</context>
<context>
    <name>KnockBanner</name>
    <message numerus="yes">
        <location filename="../../app/ui/call/knock_banner.py" line="79"/>
        <source>%n patient(s) waiting</source>
        <translation>
            <numerusform>%n patient väntar</numerusform>
            <numerusform>%n patienter väntar</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/call/knock_banner.py" line="85"/>
        <source>{name} is waiting to come in</source>
        <translation>{name} väntar på att komma in</translation>
    </message>
    <message>
        <location filename="../../app/ui/call/knock_banner.py" line="93"/>
        <source>Pre-call check: {verdict}</source>
        <translation>Kontroll före besöket: {verdict}</translation>
    </message>
    <message>
        <location filename="../../app/ui/call/knock_banner.py" line="100"/>
        <source>Admit</source>
        <translation>Släpp in</translation>
    </message>
    <message>
        <location filename="../../app/ui/call/knock_banner.py" line="101"/>
        <source>Admit {name}</source>
        <translation>Släpp in {name}</translation>
    </message>
    <message>
        <location filename="../../app/ui/call/knock_banner.py" line="102"/>
        <source>{name} joins this consultation</source>
        <translation>{name} ansluter till det här besöket</translation>
    </message>
    <message>
        <location filename="../../app/ui/call/knock_banner.py" line="103"/>
        <source>Not now</source>
        <translation>Inte nu</translation>
    </message>
    <message>
        <location filename="../../app/ui/call/knock_banner.py" line="104"/>
        <source>Not now, {name}</source>
        <translation>Inte nu, {name}</translation>
    </message>
    <message>
        <location filename="../../app/ui/call/knock_banner.py" line="106"/>
        <source>Sends {name} away from the waiting room</source>
        <translation>Skickar bort {name} från väntrummet</translation>
    </message>
    <message>
        <location filename="../../app/ui/call/knock_banner.py" line="125"/>
        <source>Send {name} away? They are told you cannot see them this time.</source>
        <translation>Skicka bort {name}? Patienten får veta att du inte kan ta emot den här gången.</translation>
    </message>
    <message>
        <location filename="../../app/ui/call/knock_banner.py" line="126"/>
        <source>Send away</source>
        <translation>Skicka bort</translation>
    </message>
    <message>
        <location filename="../../app/ui/call/knock_banner.py" line="127"/>
        <source>Keep waiting</source>
        <translation>Låt vänta</translation>
    </message>
</context>
<context>
    <name>KnockNotifier</name>
    <message numerus="yes">
        <location filename="../../app/ui/notify/tray.py" line="126"/>
        <source>Samtale: %n patient(s) waiting</source>
        <translation>
            <numerusform>Samtale: en patient väntar</numerusform>
            <numerusform>Samtale: %n patienter väntar</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/notify/tray.py" line="129"/>
        <source>{name} is ready. Admit or deny from the Samtale icon.</source>
        <translation>{name} är redo. Släpp in eller neka från Samtale-ikonen.</translation>
    </message>
    <message>
        <location filename="../../app/ui/notify/tray.py" line="133"/>
        <source>Samtale: nobody is waiting</source>
        <translation>Samtale: ingen väntar</translation>
    </message>
    <message>
        <location filename="../../app/ui/notify/tray.py" line="151"/>
        <source>Admit {name}</source>
        <translation>Släpp in {name}</translation>
    </message>
    <message>
        <location filename="../../app/ui/notify/tray.py" line="152"/>
        <source>Deny {name}</source>
        <translation>Neka {name}</translation>
    </message>
    <message>
        <location filename="../../app/ui/notify/tray.py" line="158"/>
        <source>Show Samtale</source>
        <translation>Visa Samtale</translation>
    </message>
</context>
<context>
    <name>LoginPage</name>
    <message>
        <location filename="../../app/ui/login/login_page.py" line="99"/>
        <source>Welcome to Samtale</source>
        <translation>Välkommen till Samtale</translation>
    </message>
    <message>
        <location filename="../../app/ui/login/login_page.py" line="101"/>
        <source>Sign in to see your consultations and the patients who are waiting.</source>
        <translation>Logga in för att se dina besök och patienterna som väntar.</translation>
    </message>
    <message>
        <location filename="../../app/ui/login/login_page.py" line="103"/>
        <source>Sign in to meet your clinician by video.</source>
        <translation>Logga in för att träffa din vårdgivare via video.</translation>
    </message>
    <message>
        <location filename="../../app/ui/login/login_page.py" line="104"/>
        <source>Your name</source>
        <translation>Ditt namn</translation>
    </message>
    <message>
        <location filename="../../app/ui/login/login_page.py" line="105"/>
        <source>For example: Kari Nordmann</source>
        <translation>Till exempel: Anna Andersson</translation>
    </message>
    <message>
        <location filename="../../app/ui/login/login_page.py" line="106"/>
        <source>Sign in</source>
        <translation>Logga in</translation>
    </message>
    <message>
        <location filename="../../app/ui/login/login_page.py" line="107"/>
        <source>Sign in with the name you typed</source>
        <translation>Logga in med namnet du skrev</translation>
    </message>
    <message>
        <location filename="../../app/ui/login/login_page.py" line="110"/>
        <source>Trying to reach the service…</source>
        <translation>Försöker nå tjänsten …</translation>
    </message>
    <message>
        <location filename="../../app/ui/login/login_page.py" line="114"/>
        <source>Samtale cannot reach its service. Check that you are connected to the internet, then try again.</source>
        <translation>Samtale når inte tjänsten. Kontrollera att du är ansluten till internet och försök igen.</translation>
    </message>
    <message>
        <location filename="../../app/ui/login/login_page.py" line="119"/>
        <source>Try again</source>
        <translation>Försök igen</translation>
    </message>
    <message>
        <location filename="../../app/ui/login/login_page.py" line="120"/>
        <source>Try to reach the service again</source>
        <translation>Försök nå tjänsten igen</translation>
    </message>
</context>
<context>
    <name>NearbyPanel</name>
    <message>
        <location filename="../../app/ui/ring/ring_panels.py" line="56"/>
        <source>{name} answered and will join the waiting room.</source>
        <translation>{name} svarade och kommer till väntrummet.</translation>
    </message>
    <message>
        <location filename="../../app/ui/ring/ring_panels.py" line="58"/>
        <source>{name} declined the call.</source>
        <translation>{name} avböjde samtalet.</translation>
    </message>
    <message>
        <location filename="../../app/ui/ring/ring_panels.py" line="62"/>
        <source>Has the room open</source>
        <translation>Har rummet öppet</translation>
    </message>
    <message>
        <location filename="../../app/ui/ring/ring_panels.py" line="64"/>
        <source>Ring {name}</source>
        <translation>Ring {name}</translation>
    </message>
    <message>
        <location filename="../../app/ui/ring/ring_panels.py" line="67"/>
        <source>Calls this patient to the waiting room</source>
        <translation>Ringer in patienten till väntrummet</translation>
    </message>
</context>
<context>
    <name>ParticipantRow</name>
    <message>
        <location filename="../../app/ui/call/participants_panel.py" line="54"/>
        <source> (you)</source>
        <translation> (du)</translation>
    </message>
    <message>
        <location filename="../../app/ui/call/participants_panel.py" line="57"/>
        <source>{name}: {state}</source>
        <translation>{name}: {state}</translation>
    </message>
    <message>
        <location filename="../../app/ui/call/participants_panel.py" line="70"/>
        <source>host</source>
        <translation>värd</translation>
    </message>
    <message>
        <location filename="../../app/ui/call/participants_panel.py" line="74"/>
        <source>muted by the host</source>
        <translation>avstängt ljud av värden</translation>
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
        <translation>handen uppräckt</translation>
    </message>
    <message>
        <location filename="../../app/ui/call/participants_panel.py" line="81"/>
        <source>presenting</source>
        <translation>presenterar</translation>
    </message>
    <message>
        <location filename="../../app/ui/call/participants_panel.py" line="90"/>
        <source>Mute</source>
        <translation>Stäng av ljud</translation>
    </message>
    <message>
        <location filename="../../app/ui/call/participants_panel.py" line="91"/>
        <source>Mute {name}</source>
        <translation>Stäng av ljudet för {name}</translation>
    </message>
    <message>
        <location filename="../../app/ui/call/participants_panel.py" line="96"/>
        <source>Allow to speak</source>
        <translation>Låt tala</translation>
    </message>
    <message>
        <location filename="../../app/ui/call/participants_panel.py" line="96"/>
        <source>Mute until allowed</source>
        <translation>Stäng av tills tillåtet</translation>
    </message>
    <message>
        <location filename="../../app/ui/call/participants_panel.py" line="97"/>
        <source>Allow {name} to speak</source>
        <translation>Låt {name} tala</translation>
    </message>
    <message>
        <location filename="../../app/ui/call/participants_panel.py" line="97"/>
        <source>Mute {name} until allowed</source>
        <translation>Stäng av ljudet för {name} tills det tillåts</translation>
    </message>
    <message>
        <location filename="../../app/ui/call/participants_panel.py" line="102"/>
        <source>Stop video</source>
        <translation>Stoppa video</translation>
    </message>
    <message>
        <location filename="../../app/ui/call/participants_panel.py" line="103"/>
        <source>Stop {name}&apos;s video</source>
        <translation>Stoppa videon för {name}</translation>
    </message>
    <message>
        <location filename="../../app/ui/call/participants_panel.py" line="108"/>
        <source>To lobby</source>
        <translation>Till väntrummet</translation>
    </message>
    <message>
        <location filename="../../app/ui/call/participants_panel.py" line="109"/>
        <source>Move {name} to the waiting room</source>
        <translation>Flytta {name} till väntrummet</translation>
    </message>
    <message>
        <location filename="../../app/ui/call/participants_panel.py" line="114"/>
        <location filename="../../app/ui/call/participants_panel.py" line="145"/>
        <source>Remove</source>
        <translation>Ta bort</translation>
    </message>
    <message>
        <location filename="../../app/ui/call/participants_panel.py" line="115"/>
        <source>Remove {name} from the call</source>
        <translation>Ta bort {name} från samtalet</translation>
    </message>
    <message>
        <location filename="../../app/ui/call/participants_panel.py" line="123"/>
        <source>Make host</source>
        <translation>Gör till värd</translation>
    </message>
    <message>
        <location filename="../../app/ui/call/participants_panel.py" line="124"/>
        <source>Make {name} the host</source>
        <translation>Gör {name} till värd</translation>
    </message>
    <message>
        <location filename="../../app/ui/call/participants_panel.py" line="142"/>
        <source>Remove {name} from the call? {name} cannot come back into this room.</source>
        <translation>Ta bort {name} från samtalet? {name} kan inte komma tillbaka till det här rummet.</translation>
    </message>
    <message>
        <location filename="../../app/ui/call/participants_panel.py" line="146"/>
        <source>Keep in the call</source>
        <translation>Behåll i samtalet</translation>
    </message>
</context>
<context>
    <name>ParticipantsPanel</name>
    <message>
        <location filename="../../app/ui/call/participants_panel.py" line="270"/>
        <source>Asks to speak: {names}</source>
        <translation>Ber om att få tala: {names}</translation>
    </message>
    <message>
        <location filename="../../app/ui/call/participants_panel.py" line="272"/>
        <location filename="../../app/ui/call/participants_panel.py" line="273"/>
        <source>Host PIN</source>
        <translation>Värdens pinkod</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/call/participants_panel.py" line="274"/>
        <source>%n person(s) in the call</source>
        <translation>
            <numerusform>%n deltagare i samtalet</numerusform>
            <numerusform>%n deltagare i samtalet</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/call/participants_panel.py" line="275"/>
        <source>Unlock room</source>
        <translation>Lås upp rummet</translation>
    </message>
    <message>
        <location filename="../../app/ui/call/participants_panel.py" line="275"/>
        <source>Lock room</source>
        <translation>Lås rummet</translation>
    </message>
    <message>
        <location filename="../../app/ui/call/participants_panel.py" line="278"/>
        <source>Mute everyone</source>
        <translation>Stäng av ljudet för alla</translation>
    </message>
    <message>
        <location filename="../../app/ui/call/participants_panel.py" line="254"/>
        <location filename="../../app/ui/call/participants_panel.py" line="279"/>
        <source>End for all</source>
        <translation>Avsluta för alla</translation>
    </message>
    <message>
        <location filename="../../app/ui/call/participants_panel.py" line="253"/>
        <source>End the consultation for everyone?</source>
        <translation>Avsluta besöket för alla?</translation>
    </message>
    <message>
        <location filename="../../app/ui/call/participants_panel.py" line="255"/>
        <source>Keep the consultation going</source>
        <translation>Fortsätt besöket</translation>
    </message>
    <message>
        <location filename="../../app/ui/call/participants_panel.py" line="280"/>
        <source>Lower hand</source>
        <translation>Ta ner handen</translation>
    </message>
    <message>
        <location filename="../../app/ui/call/participants_panel.py" line="280"/>
        <source>Raise hand</source>
        <translation>Räck upp handen</translation>
    </message>
    <message>
        <location filename="../../app/ui/call/participants_panel.py" line="281"/>
        <source>Ask to unmute</source>
        <translation>Be om att få tala</translation>
    </message>
    <message>
        <location filename="../../app/ui/call/participants_panel.py" line="282"/>
        <source>Become host</source>
        <translation>Bli värd</translation>
    </message>
    <message>
        <location filename="../../app/ui/call/participants_panel.py" line="287"/>
        <source>While the room is locked, nobody new can come in</source>
        <translation>När rummet är låst kan ingen ny komma in</translation>
    </message>
    <message>
        <location filename="../../app/ui/call/participants_panel.py" line="288"/>
        <source>Mutes everyone in the call except you</source>
        <translation>Stänger av ljudet för alla i samtalet utom dig</translation>
    </message>
    <message>
        <location filename="../../app/ui/call/participants_panel.py" line="289"/>
        <source>Ends the consultation for everyone in it</source>
        <translation>Avslutar besöket för alla som är med</translation>
    </message>
    <message>
        <location filename="../../app/ui/call/participants_panel.py" line="290"/>
        <source>Shows the host that you want to speak</source>
        <translation>Visar värden att du vill säga något</translation>
    </message>
    <message>
        <location filename="../../app/ui/call/participants_panel.py" line="291"/>
        <source>Asks the host to let you speak</source>
        <translation>Ber värden om att få tala</translation>
    </message>
    <message>
        <location filename="../../app/ui/call/participants_panel.py" line="292"/>
        <source>Makes you the host when you have typed the host PIN</source>
        <translation>Gör dig till värd när du har skrivit värdens PIN-kod</translation>
    </message>
</context>
<context>
    <name>PatientAnnouncements</name>
    <message>
        <location filename="../../app/ui/announcements.py" line="121"/>
        <source>Your clinician</source>
        <translation>Din vårdgivare</translation>
    </message>
    <message>
        <location filename="../../app/ui/announcements.py" line="125"/>
        <source>{name} is calling you. Answer or decline.</source>
        <translation>{name} ringer dig. Svara eller avvisa.</translation>
    </message>
    <message>
        <location filename="../../app/ui/announcements.py" line="128"/>
        <source>Checking your camera, microphone, sound and internet connection…</source>
        <translation>Kontrollerar din kamera, mikrofon, ljud och internetanslutning …</translation>
    </message>
    <message>
        <location filename="../../app/ui/announcements.py" line="133"/>
        <source>The check is finished. Everything works.</source>
        <translation>Kontrollen är klar. Allt fungerar.</translation>
    </message>
    <message>
        <location filename="../../app/ui/announcements.py" line="135"/>
        <source>The check is finished. Something needs your attention; see the advice.</source>
        <translation>Kontrollen är klar. Något behöver åtgärdas; se råden.</translation>
    </message>
    <message>
        <location filename="../../app/ui/announcements.py" line="137"/>
        <source>The check is finished. There is a problem; see the advice.</source>
        <translation>Kontrollen är klar. Det finns ett problem; se råden.</translation>
    </message>
    <message>
        <location filename="../../app/ui/announcements.py" line="139"/>
        <source>The check is finished.</source>
        <translation>Kontrollen är klar.</translation>
    </message>
</context>
<context>
    <name>PatientWindow</name>
    <message>
        <location filename="../../app/ui/patient_window.py" line="188"/>
        <source>Samtale — video consultation</source>
        <translation>Samtale — videobesök</translation>
    </message>
</context>
<context>
    <name>PreflightPanel</name>
    <message>
        <location filename="../../app/ui/preflight/panel.py" line="178"/>
        <source>Microphone level</source>
        <translation>Ljudnivå i mikrofonen</translation>
    </message>
    <message>
        <location filename="../../app/ui/preflight/panel.py" line="181"/>
        <source>While we check, please say a few words, so we can hear your microphone.</source>
        <translation>Medan vi kontrollerar: säg några ord, så att vi hör din mikrofon.</translation>
    </message>
    <message>
        <location filename="../../app/ui/preflight/panel.py" line="182"/>
        <source>Play the test sound</source>
        <translation>Spela upp testljudet</translation>
    </message>
    <message>
        <location filename="../../app/ui/preflight/panel.py" line="183"/>
        <source>Plays a short sound in your speakers or headphones</source>
        <translation>Spelar upp ett kort ljud i högtalarna eller hörlurarna</translation>
    </message>
    <message>
        <location filename="../../app/ui/preflight/panel.py" line="184"/>
        <source>I heard it</source>
        <translation>Jag hörde det</translation>
    </message>
    <message>
        <location filename="../../app/ui/preflight/panel.py" line="185"/>
        <source>Tells us that you heard the test sound</source>
        <translation>Meddelar att du hörde testljudet</translation>
    </message>
    <message>
        <location filename="../../app/ui/preflight/panel.py" line="186"/>
        <source>Check again</source>
        <translation>Kontrollera igen</translation>
    </message>
    <message>
        <location filename="../../app/ui/preflight/panel.py" line="188"/>
        <source>Checks your camera, microphone, sound and internet connection again</source>
        <translation>Kontrollerar din kamera, mikrofon, ljud och internetanslutning igen</translation>
    </message>
</context>
<context>
    <name>PresentControl</name>
    <message>
        <location filename="../../app/ui/present/present_control.py" line="89"/>
        <source>Choose a PDF file to present</source>
        <translation>Välj en PDF-fil att presentera</translation>
    </message>
    <message>
        <location filename="../../app/ui/present/present_control.py" line="90"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-filer (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../app/ui/present/present_control.py" line="100"/>
        <source>This PDF file could not be opened.</source>
        <translation>Den här PDF-filen kunde inte öppnas.</translation>
    </message>
    <message>
        <location filename="../../app/ui/present/present_control.py" line="155"/>
        <source>No windows to present</source>
        <translation>Inga fönster att presentera</translation>
    </message>
    <message>
        <location filename="../../app/ui/present/present_control.py" line="166"/>
        <source>Page {page} of {count}</source>
        <translation>Sida {page} av {count}</translation>
    </message>
    <message>
        <location filename="../../app/ui/present/present_control.py" line="178"/>
        <source>Presenting</source>
        <translation>Presenterar</translation>
    </message>
    <message>
        <location filename="../../app/ui/present/present_control.py" line="178"/>
        <source>Present</source>
        <translation>Presentera</translation>
    </message>
    <message>
        <location filename="../../app/ui/present/present_control.py" line="179"/>
        <source>Present your screen, a window or a PDF file</source>
        <translation>Presentera din skärm, ett fönster eller en PDF-fil</translation>
    </message>
    <message>
        <location filename="../../app/ui/present/present_control.py" line="181"/>
        <source>Your screen</source>
        <translation>Din skärm</translation>
    </message>
    <message>
        <location filename="../../app/ui/present/present_control.py" line="182"/>
        <source>A window</source>
        <translation>Ett fönster</translation>
    </message>
    <message>
        <location filename="../../app/ui/present/present_control.py" line="183"/>
        <source>A PDF file…</source>
        <translation>En PDF-fil …</translation>
    </message>
    <message>
        <location filename="../../app/ui/present/present_control.py" line="185"/>
        <source>Stop presenting</source>
        <translation>Avsluta presentationen</translation>
    </message>
    <message>
        <location filename="../../app/ui/present/present_control.py" line="187"/>
        <location filename="../../app/ui/present/present_control.py" line="188"/>
        <source>Previous page</source>
        <translation>Föregående sida</translation>
    </message>
    <message>
        <location filename="../../app/ui/present/present_control.py" line="189"/>
        <location filename="../../app/ui/present/present_control.py" line="190"/>
        <source>Next page</source>
        <translation>Nästa sida</translation>
    </message>
</context>
<context>
    <name>QueuePage</name>
    <message>
        <location filename="../../app/ui/queue/queue_page.py" line="72"/>
        <source>Copy link</source>
        <translation>Kopiera länken</translation>
    </message>
    <message>
        <location filename="../../app/ui/queue/queue_page.py" line="73"/>
        <source>Link copied</source>
        <translation>Länken är kopierad</translation>
    </message>
    <message>
        <location filename="../../app/ui/queue/queue_page.py" line="77"/>
        <source>Copy code</source>
        <translation>Kopiera koden</translation>
    </message>
    <message>
        <location filename="../../app/ui/queue/queue_page.py" line="78"/>
        <source>Code copied</source>
        <translation>Koden är kopierad</translation>
    </message>
    <message>
        <location filename="../../app/ui/queue/queue_page.py" line="133"/>
        <source>Video consultation</source>
        <translation>Videobesök</translation>
    </message>
    <message>
        <location filename="../../app/ui/queue/queue_page.py" line="171"/>
        <source>Start a consultation</source>
        <translation>Starta ett besök</translation>
    </message>
    <message>
        <location filename="../../app/ui/queue/queue_page.py" line="173"/>
        <source>Open one of your rooms, or create a new one with a code for your patient.</source>
        <translation>Öppna ett av dina rum, eller skapa ett nytt med en kod till din patient.</translation>
    </message>
    <message>
        <location filename="../../app/ui/queue/queue_page.py" line="175"/>
        <source>A new room</source>
        <translation>Ett nytt rum</translation>
    </message>
    <message>
        <location filename="../../app/ui/queue/queue_page.py" line="177"/>
        <source>Your room is open</source>
        <translation>Ditt rum är öppet</translation>
    </message>
    <message>
        <location filename="../../app/ui/queue/queue_page.py" line="178"/>
        <source>Give your patient this code, or send them the link:</source>
        <translation>Ge patienten den här koden, eller skicka länken:</translation>
    </message>
    <message>
        <location filename="../../app/ui/queue/queue_page.py" line="180"/>
        <source>Join code: {code}</source>
        <translation>Kod: {code}</translation>
    </message>
    <message>
        <location filename="../../app/ui/queue/queue_page.py" line="182"/>
        <source>Join link: {link}</source>
        <translation>Länk: {link}</translation>
    </message>
    <message>
        <location filename="../../app/ui/queue/queue_page.py" line="186"/>
        <source>Puts the room&apos;s link on the clipboard, to paste in a message</source>
        <translation>Lägger rummets länk i urklipp, så att du kan klistra in den i ett meddelande</translation>
    </message>
    <message>
        <location filename="../../app/ui/queue/queue_page.py" line="188"/>
        <source>Puts the room&apos;s code on the clipboard</source>
        <translation>Lägger rummets kod i urklipp</translation>
    </message>
    <message>
        <location filename="../../app/ui/queue/queue_page.py" line="189"/>
        <source>Create room</source>
        <translation>Skapa rum</translation>
    </message>
    <message>
        <location filename="../../app/ui/queue/queue_page.py" line="190"/>
        <source>You get a code to give to your patient</source>
        <translation>Du får en kod att ge till patienten</translation>
    </message>
    <message>
        <location filename="../../app/ui/queue/queue_page.py" line="191"/>
        <source>Admit everyone</source>
        <translation>Släpp in alla</translation>
    </message>
    <message>
        <location filename="../../app/ui/queue/queue_page.py" line="192"/>
        <source>Admit everyone who is waiting</source>
        <translation>Släpp in alla som väntar</translation>
    </message>
    <message>
        <location filename="../../app/ui/queue/queue_page.py" line="193"/>
        <source>Lets every waiting patient into the consultation</source>
        <translation>Släpper in alla väntande patienter i besöket</translation>
    </message>
    <message>
        <location filename="../../app/ui/queue/queue_page.py" line="194"/>
        <source>Waiting patients</source>
        <translation>Patienter som väntar</translation>
    </message>
    <message>
        <location filename="../../app/ui/queue/queue_page.py" line="195"/>
        <source>All my rooms</source>
        <translation>Alla mina rum</translation>
    </message>
    <message>
        <location filename="../../app/ui/queue/queue_page.py" line="196"/>
        <source>The room stays open for your patients</source>
        <translation>Rummet förblir öppet för dina patienter</translation>
    </message>
    <message>
        <location filename="../../app/ui/queue/queue_page.py" line="197"/>
        <source>Close room</source>
        <translation>Stäng rummet</translation>
    </message>
    <message>
        <location filename="../../app/ui/queue/queue_page.py" line="199"/>
        <source>Patients waiting in it are told the room was closed</source>
        <translation>Patienter som väntar i det får veta att rummet har stängts</translation>
    </message>
    <message>
        <location filename="../../app/ui/queue/queue_page.py" line="202"/>
        <source>Nobody is waiting yet. Patients appear here when they press “I&apos;m ready”.</source>
        <translation>Ingen väntar än. Patienter visas här när de trycker på ”Jag är redo”.</translation>
    </message>
    <message>
        <location filename="../../app/ui/queue/queue_page.py" line="250"/>
        <source>Send {name} away? They are told you cannot see them this time.</source>
        <translation>Skicka bort {name}? Patienten får veta att du inte kan ta emot den här gången.</translation>
    </message>
    <message>
        <location filename="../../app/ui/queue/queue_page.py" line="251"/>
        <source>Send away</source>
        <translation>Skicka bort</translation>
    </message>
    <message>
        <location filename="../../app/ui/queue/queue_page.py" line="252"/>
        <source>Keep waiting</source>
        <translation>Låt vänta</translation>
    </message>
</context>
<context>
    <name>QueueRow</name>
    <message>
        <location filename="../../app/ui/queue/queue_view.py" line="108"/>
        <source>Hide why</source>
        <translation>Dölj varför</translation>
    </message>
    <message>
        <location filename="../../app/ui/queue/queue_view.py" line="108"/>
        <source>Show why</source>
        <translation>Visa varför</translation>
    </message>
    <message>
        <location filename="../../app/ui/queue/queue_view.py" line="129"/>
        <source>Show why the check failed for {name}</source>
        <translation>Visa varför kontrollen misslyckades för {name}</translation>
    </message>
    <message>
        <location filename="../../app/ui/queue/queue_view.py" line="133"/>
        <source>Show what needs attention for {name}</source>
        <translation>Visa vad som behöver åtgärdas för {name}</translation>
    </message>
    <message>
        <location filename="../../app/ui/queue/queue_view.py" line="135"/>
        <source>Shows or hides what the pre-call check found</source>
        <translation>Visar eller döljer vad förhandskontrollen hittade</translation>
    </message>
    <message>
        <location filename="../../app/ui/queue/queue_view.py" line="136"/>
        <source>Admit</source>
        <translation>Släpp in</translation>
    </message>
    <message>
        <location filename="../../app/ui/queue/queue_view.py" line="137"/>
        <source>Not now</source>
        <translation>Inte nu</translation>
    </message>
    <message>
        <location filename="../../app/ui/queue/queue_view.py" line="139"/>
        <source>Admit {name}</source>
        <translation>Släpp in {name}</translation>
    </message>
    <message>
        <location filename="../../app/ui/queue/queue_view.py" line="140"/>
        <source>Let this patient into the consultation now</source>
        <translation>Släpp in patienten i besöket nu</translation>
    </message>
    <message>
        <location filename="../../app/ui/queue/queue_view.py" line="141"/>
        <source>Not now: {name}</source>
        <translation>Inte nu: {name}</translation>
    </message>
    <message>
        <location filename="../../app/ui/queue/queue_view.py" line="142"/>
        <source>The patient is told that you cannot take them this time</source>
        <translation>Patienten får veta att du inte kan ta emot hen den här gången</translation>
    </message>
</context>
<context>
    <name>ReadyPage</name>
    <message>
        <location filename="../../app/ui/lobby/ready_page.py" line="124"/>
        <source>en</source>
        <translation>sv</translation>
    </message>
    <message>
        <location filename="../../app/ui/lobby/ready_page.py" line="142"/>
        <source>Your video consultation</source>
        <translation>Ditt videobesök</translation>
    </message>
    <message>
        <location filename="../../app/ui/lobby/ready_page.py" line="145"/>
        <source>With {clinician}</source>
        <translation>Med {clinician}</translation>
    </message>
    <message>
        <location filename="../../app/ui/lobby/ready_page.py" line="147"/>
        <source>Find a quiet place with good light. When you are ready, press the button below.</source>
        <translation>Sätt dig på en lugn plats med bra ljus. När du är redo trycker du på knappen nedanför.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lobby/ready_page.py" line="153"/>
        <source>This is how you will look. Your clinician is told when you are ready.</source>
        <translation>Så här kommer du att synas. Din vårdgivare får veta när du är redo.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lobby/ready_page.py" line="156"/>
        <source>Your camera is starting…</source>
        <translation>Din kamera startar …</translation>
    </message>
    <message>
        <location filename="../../app/ui/lobby/ready_page.py" line="158"/>
        <source>Checking your equipment…</source>
        <translation>Kontrollerar din utrustning …</translation>
    </message>
    <message>
        <location filename="../../app/ui/lobby/ready_page.py" line="160"/>
        <source>I&apos;m ready anyway</source>
        <translation>Jag är redo ändå</translation>
    </message>
    <message>
        <location filename="../../app/ui/lobby/ready_page.py" line="162"/>
        <source>I&apos;m ready</source>
        <translation>Jag är redo</translation>
    </message>
    <message>
        <location filename="../../app/ui/lobby/ready_page.py" line="163"/>
        <source>Tells your clinician that you are waiting</source>
        <translation>Meddelar din vårdgivare att du väntar</translation>
    </message>
    <message>
        <location filename="../../app/ui/lobby/ready_page.py" line="164"/>
        <location filename="../../app/ui/lobby/ready_page.py" line="169"/>
        <source>The PIN code from your clinic</source>
        <translation>PIN-koden från din mottagning</translation>
    </message>
    <message>
        <location filename="../../app/ui/lobby/ready_page.py" line="165"/>
        <source>Consent</source>
        <translation>Samtycke</translation>
    </message>
    <message>
        <location filename="../../app/ui/lobby/ready_page.py" line="167"/>
        <source>I have read this and I agree</source>
        <translation>Jag har läst detta och samtycker</translation>
    </message>
</context>
<context>
    <name>RecoveryPanel</name>
    <message>
        <location filename="../../app/ui/call/recovery_panel.py" line="62"/>
        <source>We keep trying. You can try again now, continue with audio only, or leave the consultation.</source>
        <translation>Vi fortsätter att försöka. Du kan försöka igen nu, fortsätta med bara ljud eller lämna besöket.</translation>
    </message>
    <message>
        <location filename="../../app/ui/call/recovery_panel.py" line="66"/>
        <source>Try again</source>
        <translation>Försök igen</translation>
    </message>
    <message>
        <location filename="../../app/ui/call/recovery_panel.py" line="67"/>
        <source>Continue with audio only</source>
        <translation>Fortsätt med bara ljud</translation>
    </message>
    <message>
        <location filename="../../app/ui/call/recovery_panel.py" line="68"/>
        <source>Leave</source>
        <translation>Lämna</translation>
    </message>
</context>
<context>
    <name>RingPanel</name>
    <message>
        <location filename="../../app/ui/ring/ring_panels.py" line="135"/>
        <source>Press “Join call” when you are ready.</source>
        <translation>Tryck på ”Gå med i samtalet” när du är redo.</translation>
    </message>
    <message>
        <location filename="../../app/ui/ring/ring_panels.py" line="137"/>
        <source>{name} is calling you.</source>
        <translation>{name} ringer dig.</translation>
    </message>
    <message>
        <location filename="../../app/ui/ring/ring_panels.py" line="139"/>
        <source>Answer</source>
        <translation>Svara</translation>
    </message>
    <message>
        <location filename="../../app/ui/ring/ring_panels.py" line="140"/>
        <source>Decline</source>
        <translation>Avböj</translation>
    </message>
    <message>
        <location filename="../../app/ui/ring/ring_panels.py" line="141"/>
        <source>Join call</source>
        <translation>Gå med i samtalet</translation>
    </message>
    <message>
        <location filename="../../app/ui/ring/ring_panels.py" line="145"/>
        <source>Takes the call from your clinician</source>
        <translation>Tar emot samtalet från din vårdgivare</translation>
    </message>
    <message>
        <location filename="../../app/ui/ring/ring_panels.py" line="146"/>
        <source>Says no to the call this time</source>
        <translation>Tackar nej till samtalet den här gången</translation>
    </message>
    <message>
        <location filename="../../app/ui/ring/ring_panels.py" line="147"/>
        <source>Tells your clinician that you are waiting</source>
        <translation>Meddelar din vårdgivare att du väntar</translation>
    </message>
</context>
<context>
    <name>RoomCodePage</name>
    <message>
        <location filename="../../app/ui/lobby/room_code_page.py" line="47"/>
        <source>Join your consultation</source>
        <translation>Gå till ditt besök</translation>
    </message>
    <message>
        <location filename="../../app/ui/lobby/room_code_page.py" line="49"/>
        <source>Type the code you got from your clinic. You find it in your letter or text message.</source>
        <translation>Skriv koden som du fick från mottagningen. Du hittar den i brevet eller sms:et.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lobby/room_code_page.py" line="51"/>
        <source>Consultation code</source>
        <translation>Kod till besöket</translation>
    </message>
    <message>
        <location filename="../../app/ui/lobby/room_code_page.py" line="52"/>
        <source>Continue</source>
        <translation>Fortsätt</translation>
    </message>
    <message>
        <location filename="../../app/ui/lobby/room_code_page.py" line="53"/>
        <source>Opens the consultation with this code</source>
        <translation>Öppnar besöket med den här koden</translation>
    </message>
</context>
<context>
    <name>RoomListView</name>
    <message>
        <location filename="../../app/ui/queue/room_list.py" line="95"/>
        <source>Your open rooms</source>
        <translation>Dina öppna rum</translation>
    </message>
    <message>
        <location filename="../../app/ui/queue/room_list.py" line="96"/>
        <source>You have no open rooms. Create one, or open your personal room.</source>
        <translation>Du har inga öppna rum. Skapa ett, eller öppna ditt personliga rum.</translation>
    </message>
</context>
<context>
    <name>RoomOptions</name>
    <message>
        <location filename="../../app/ui/queue/room_options.py" line="91"/>
        <source>Host PIN (required)</source>
        <translation>Värdens pinkod (krävs)</translation>
    </message>
    <message>
        <location filename="../../app/ui/queue/room_options.py" line="93"/>
        <source>Host PIN (optional)</source>
        <translation>Värdens pinkod (valfri)</translation>
    </message>
    <message>
        <location filename="../../app/ui/queue/room_options.py" line="96"/>
        <source>Sound and pictures in this room pass through the health region&apos;s own media server: encrypted on the way, but not end to end.</source>
        <translation>Ljud och bild i det här rummet går via regionens egen medieserver: krypterat under överföringen, men inte end-to-end.</translation>
    </message>
    <message>
        <location filename="../../app/ui/queue/room_options.py" line="100"/>
        <source>End-to-end encrypted: sound and pictures go straight between the participants.</source>
        <translation>End-to-end-krypterat: ljud och bild går direkt mellan deltagarna.</translation>
    </message>
    <message>
        <location filename="../../app/ui/queue/room_options.py" line="106"/>
        <source>Sensitive (2–5, locks when started)</source>
        <translation>Känsligt (2–5, låses när det startar)</translation>
    </message>
    <message>
        <location filename="../../app/ui/queue/room_options.py" line="107"/>
        <source>Personal (2–5)</source>
        <translation>Personligt (2–5)</translation>
    </message>
    <message>
        <location filename="../../app/ui/queue/room_options.py" line="108"/>
        <source>Meeting, small (5–10)</source>
        <translation>Möte, litet (5–10)</translation>
    </message>
    <message>
        <location filename="../../app/ui/queue/room_options.py" line="109"/>
        <source>Meeting, large (10–50)</source>
        <translation>Möte, stort (10–50)</translation>
    </message>
    <message>
        <location filename="../../app/ui/queue/room_options.py" line="110"/>
        <source>Auditorium, small (50–70)</source>
        <translation>Auditorium, litet (50–70)</translation>
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
        <translation>Rumstyp</translation>
    </message>
    <message>
        <location filename="../../app/ui/queue/room_options.py" line="117"/>
        <source>Guest PIN (optional)</source>
        <translation>Gästernas pinkod (valfri)</translation>
    </message>
    <message>
        <location filename="../../app/ui/queue/room_options.py" line="118"/>
        <source>Host PIN</source>
        <translation>Värdens pinkod</translation>
    </message>
    <message>
        <location filename="../../app/ui/queue/room_options.py" line="119"/>
        <source>Guest PIN</source>
        <translation>Gästernas pinkod</translation>
    </message>
</context>
<context>
    <name>RoomRow</name>
    <message>
        <location filename="../../app/ui/queue/room_list.py" line="41"/>
        <source>Your personal room</source>
        <translation>Ditt personliga rum</translation>
    </message>
    <message>
        <location filename="../../app/ui/queue/room_list.py" line="42"/>
        <source>Video consultation</source>
        <translation>Videobesök</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/queue/room_list.py" line="47"/>
        <source>%n waiting</source>
        <translation>
            <numerusform>%n väntar</numerusform>
            <numerusform>%n väntar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/queue/room_list.py" line="50"/>
        <source>%n in the call</source>
        <translation>
            <numerusform>%n i samtalet</numerusform>
            <numerusform>%n i samtalet</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/queue/room_list.py" line="52"/>
        <source>Open</source>
        <translation>Öppna</translation>
    </message>
    <message>
        <location filename="../../app/ui/queue/room_list.py" line="53"/>
        <source>Open {room}</source>
        <translation>Öppna {room}</translation>
    </message>
    <message>
        <location filename="../../app/ui/queue/room_list.py" line="54"/>
        <source>Close room</source>
        <translation>Stäng rummet</translation>
    </message>
    <message>
        <location filename="../../app/ui/queue/room_list.py" line="55"/>
        <source>Close {room}</source>
        <translation>Stäng {room}</translation>
    </message>
    <message>
        <location filename="../../app/ui/queue/room_list.py" line="57"/>
        <source>Patients waiting in it are told the room was closed</source>
        <translation>Patienter som väntar i det får veta att rummet har stängts</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../app/ui/settings/settings_page.py" line="83"/>
        <source>Settings</source>
        <translation>Inställningar</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/settings_page.py" line="84"/>
        <source>Changes take effect at once and are kept for the next time.</source>
        <translation>Ändringarna gäller direkt och sparas till nästa gång.</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/settings_page.py" line="85"/>
        <source>Camera, microphone and speaker</source>
        <translation>Kamera, mikrofon och högtalare</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/settings_page.py" line="88"/>
        <source>Samtale opens your camera and microphone when a call starts and uses the ones your computer has chosen.</source>
        <translation>Samtale öppnar kameran och mikrofonen när ett samtal börjar och använder dem som datorn har valt.</translation>
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
        <translation>Språket som Samtale använder</translation>
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
        <translation>Som på datorn</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/settings_page.py" line="98"/>
        <source>Standard</source>
        <translation>Standard</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/settings_page.py" line="99"/>
        <source>High contrast</source>
        <translation>Hög kontrast</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/settings_page.py" line="105"/>
        <source>Standard colours, high contrast, or as the computer is set</source>
        <translation>Standardfärger, hög kontrast eller som på datorn</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/settings_page.py" line="107"/>
        <source>Sounds</source>
        <translation>Ljud</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/settings_page.py" line="109"/>
        <source>Play a sound when a patient is waiting</source>
        <translation>Spela upp ett ljud när en patient väntar</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/settings_page.py" line="111"/>
        <source>Ring when the clinic calls me</source>
        <translation>Ring när mottagningen ringer mig</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/settings_page.py" line="113"/>
        <location filename="../../app/ui/settings/settings_page.py" line="114"/>
        <source>Back</source>
        <translation>Tillbaka</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/settings_page.py" line="115"/>
        <source>Close the settings and go back</source>
        <translation>Stäng inställningarna och gå tillbaka</translation>
    </message>
</context>
<context>
    <name>StandingRoomForm</name>
    <message>
        <location filename="../../app/ui/queue/standing_room.py" line="55"/>
        <source>Your personal room</source>
        <translation>Ditt personliga rum</translation>
    </message>
    <message>
        <location filename="../../app/ui/queue/standing_room.py" line="57"/>
        <source>A room that is always yours, at an address you choose. Patients can use it any day.</source>
        <translation>Ett rum som alltid är ditt, på en adress du väljer. Dina patienter kan använda det varje dag.</translation>
    </message>
    <message>
        <location filename="../../app/ui/queue/standing_room.py" line="59"/>
        <source>Address</source>
        <translation>Adress</translation>
    </message>
    <message>
        <location filename="../../app/ui/queue/standing_room.py" line="60"/>
        <source>Address of your personal room</source>
        <translation>Adressen till ditt personliga rum</translation>
    </message>
    <message>
        <location filename="../../app/ui/queue/standing_room.py" line="62"/>
        <source>for example dr-dahl</source>
        <translation>till exempel dr-dahl</translation>
    </message>
    <message>
        <location filename="../../app/ui/queue/standing_room.py" line="63"/>
        <source>Open my personal room</source>
        <translation>Öppna mitt personliga rum</translation>
    </message>
</context>
<context>
    <name>TileLabel</name>
    <message>
        <location filename="../../app/ui/call/tile_label.py" line="56"/>
        <location filename="../../app/ui/call/tile_label.py" line="85"/>
        <source>host</source>
        <translation>värd</translation>
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
        <translation>talar</translation>
    </message>
</context>
<context>
    <name>UpdateRequiredPage</name>
    <message>
        <location filename="../../app/ui/version_notice.py" line="94"/>
        <source>Install the new version of Samtale Clinic</source>
        <translation>Installera den nya versionen av Samtale Clinic</translation>
    </message>
    <message>
        <location filename="../../app/ui/version_notice.py" line="97"/>
        <source>This version of Samtale Clinic ({current}) no longer works with your service. Install the new version ({newest}) before your next consultation, then open Samtale Clinic again.</source>
        <translation>Den här versionen av Samtale Clinic ({current}) fungerar inte längre med er tjänst. Installera den nya versionen ({newest}) före nästa besök och öppna sedan Samtale Clinic igen.</translation>
    </message>
    <message>
        <location filename="../../app/ui/version_notice.py" line="103"/>
        <source>This version of Samtale Clinic ({current}) no longer works with your service. Ask your IT department to install the new version ({newest}) before your next consultation.</source>
        <translation>Den här versionen av Samtale Clinic ({current}) fungerar inte längre med er tjänst. Be IT-avdelningen att installera den nya versionen ({newest}) före nästa besök.</translation>
    </message>
    <message>
        <location filename="../../app/ui/version_notice.py" line="108"/>
        <source>Install the new version of Samtale</source>
        <translation>Installera den nya versionen av Samtale</translation>
    </message>
    <message>
        <location filename="../../app/ui/version_notice.py" line="111"/>
        <source>This version of Samtale ({current}) no longer works with your clinic&apos;s service. Install the new version ({newest}) before your consultation, then open Samtale or your consultation link again.</source>
        <translation>Den här versionen av Samtale ({current}) fungerar inte längre med din mottagnings tjänst. Installera den nya versionen ({newest}) före besöket och öppna sedan Samtale eller länken till besöket igen.</translation>
    </message>
    <message>
        <location filename="../../app/ui/version_notice.py" line="117"/>
        <source>This version of Samtale ({current}) no longer works with your clinic&apos;s service. Ask your clinic for the new version ({newest}) and install it before your consultation.</source>
        <translation>Den här versionen av Samtale ({current}) fungerar inte längre med din mottagnings tjänst. Be din mottagning om den nya versionen ({newest}) och installera den före besöket.</translation>
    </message>
    <message>
        <location filename="../../app/ui/version_notice.py" line="122"/>
        <source>Download the new version</source>
        <translation>Ladda ned den nya versionen</translation>
    </message>
</context>
<context>
    <name>VersionNotice</name>
    <message>
        <location filename="../../app/ui/version_notice.py" line="57"/>
        <source>A new version of Samtale Clinic ({newest}) is available.</source>
        <translation>En ny version av Samtale Clinic ({newest}) finns att hämta.</translation>
    </message>
    <message>
        <location filename="../../app/ui/version_notice.py" line="58"/>
        <source>Ask your IT department to install it.</source>
        <translation>Be IT-avdelningen att installera den.</translation>
    </message>
    <message>
        <location filename="../../app/ui/version_notice.py" line="60"/>
        <source>A new version of Samtale ({newest}) is available.</source>
        <translation>En ny version av Samtale ({newest}) finns att hämta.</translation>
    </message>
    <message>
        <location filename="../../app/ui/version_notice.py" line="61"/>
        <source>Ask your clinic how to install it.</source>
        <translation>Fråga din mottagning hur du installerar den.</translation>
    </message>
    <message>
        <location filename="../../app/ui/version_notice.py" line="64"/>
        <source>Download</source>
        <translation>Ladda ned</translation>
    </message>
    <message>
        <location filename="../../app/ui/version_notice.py" line="65"/>
        <source>Opens the page where you download the new version</source>
        <translation>Öppnar sidan där du laddar ned den nya versionen</translation>
    </message>
    <message>
        <location filename="../../app/ui/version_notice.py" line="67"/>
        <source>Hide</source>
        <translation>Dölj</translation>
    </message>
    <message>
        <location filename="../../app/ui/version_notice.py" line="68"/>
        <source>Hide this message until Samtale starts again</source>
        <translation>Dölj det här meddelandet tills Samtale startar igen</translation>
    </message>
</context>
<context>
    <name>WaitingPage</name>
    <message>
        <location filename="../../app/ui/lobby/waiting_page.py" line="90"/>
        <source>The connection to the service was lost. Trying to reconnect…</source>
        <translation>Anslutningen till tjänsten bröts. Försöker ansluta igen …</translation>
    </message>
    <message>
        <location filename="../../app/ui/lobby/waiting_page.py" line="92"/>
        <source>Connected again.</source>
        <translation>Ansluten igen.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lobby/waiting_page.py" line="95"/>
        <source>Your clinician</source>
        <translation>Din vårdgivare</translation>
    </message>
    <message>
        <location filename="../../app/ui/lobby/waiting_page.py" line="96"/>
        <source>You are in the waiting room</source>
        <translation>Du är i väntrummet</translation>
    </message>
    <message>
        <location filename="../../app/ui/lobby/waiting_page.py" line="100"/>
        <source>{clinician} will let you in soon.</source>
        <translation>{clinician} släpper snart in dig.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lobby/waiting_page.py" line="104"/>
        <source>This is how you look to your clinician.</source>
        <translation>Så här ser din vårdgivare dig.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lobby/waiting_page.py" line="106"/>
        <source>Your camera is starting…</source>
        <translation>Din kamera startar …</translation>
    </message>
    <message>
        <location filename="../../app/ui/lobby/waiting_page.py" line="107"/>
        <source>Leave the waiting room</source>
        <translation>Lämna väntrummet</translation>
    </message>
    <message>
        <location filename="../../app/ui/lobby/waiting_page.py" line="108"/>
        <source>You leave the queue. Your clinician is told.</source>
        <translation>Du lämnar kön. Din vårdgivare får veta det.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lobby/waiting_page.py" line="118"/>
        <source>Leave the waiting room and close Samtale? You lose your place in the queue.</source>
        <translation>Lämna väntrummet och stänga Samtale? Du förlorar din plats i kön.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lobby/waiting_page.py" line="120"/>
        <source>Leave the waiting room? You lose your place in the queue.</source>
        <translation>Lämna väntrummet? Du förlorar din plats i kön.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lobby/waiting_page.py" line="122"/>
        <source>Leave</source>
        <translation>Lämna</translation>
    </message>
    <message>
        <location filename="../../app/ui/lobby/waiting_page.py" line="122"/>
        <source>Stay in the queue</source>
        <translation>Stanna i kön</translation>
    </message>
</context>
<context>
    <name>bankid</name>
    <message>
        <location filename="../../app/ui/login/bankid_text.py" line="15"/>
        <source>Searching for BankID, it may take a little while. If a few seconds have passed and still no BankID has been found, you probably don&apos;t have a BankID which can be used for this identification on this device. If you don&apos;t have a BankID you can get one from your bank.</source>
        <translation>Söker efter BankID, det kan ta en liten stund. Om det har gått några sekunder och inget BankID har hittats har du sannolikt inget BankID som går att använda för den aktuella identifieringen på den här enheten. Om du inte har något BankID kan du skaffa ett hos din bank.</translation>
    </message>
    <message>
        <location filename="../../app/ui/login/bankid_text.py" line="21"/>
        <source>Start your BankID app.</source>
        <translation>Starta BankID-appen.</translation>
    </message>
    <message>
        <location filename="../../app/ui/login/bankid_text.py" line="22"/>
        <source>Would you like to identify yourself with BankID on this device or on another device?</source>
        <translation>Vill du identifiera dig med BankID på den här enheten eller på en annan enhet?</translation>
    </message>
    <message>
        <location filename="../../app/ui/login/bankid_text.py" line="27"/>
        <source>The BankID app is not installed. Please contact your bank.</source>
        <translation>Du har inte BankID-appen installerad. Kontakta din bank.</translation>
    </message>
    <message>
        <location filename="../../app/ui/login/bankid_text.py" line="28"/>
        <source>Action cancelled. Please try again.</source>
        <translation>Åtgärden avbruten. Försök igen.</translation>
    </message>
    <message>
        <location filename="../../app/ui/login/bankid_text.py" line="29"/>
        <source>An identification or signing for this personal number is already started. Please try again.</source>
        <translation>En identifiering eller underskrift för det här personnumret är redan påbörjad. Försök igen.</translation>
    </message>
    <message>
        <location filename="../../app/ui/login/bankid_text.py" line="33"/>
        <source>Internal error. Please try again.</source>
        <translation>Internt tekniskt fel. Försök igen.</translation>
    </message>
    <message>
        <location filename="../../app/ui/login/bankid_text.py" line="34"/>
        <source>Action cancelled.</source>
        <translation>Åtgärden avbruten.</translation>
    </message>
    <message>
        <location filename="../../app/ui/login/bankid_text.py" line="35"/>
        <source>The BankID app is not responding. Please check that it is started and that you have internet access. If you don&apos;t have a valid BankID you can get one from your bank. Try again.</source>
        <translation>BankID-appen svarar inte. Kontrollera att den är startad och att du har internetanslutning. Om du inte har något giltigt BankID kan du skaffa ett hos din bank. Försök sedan igen.</translation>
    </message>
    <message>
        <location filename="../../app/ui/login/bankid_text.py" line="40"/>
        <source>Enter your security code in the BankID app and select Identify.</source>
        <translation>Skriv in din säkerhetskod i BankID-appen och välj Identifiera.</translation>
    </message>
    <message>
        <location filename="../../app/ui/login/bankid_text.py" line="41"/>
        <source>Trying to start your BankID app.</source>
        <translation>Försöker starta BankID-appen.</translation>
    </message>
    <message>
        <location filename="../../app/ui/login/bankid_text.py" line="44"/>
        <source>The BankID you are trying to use is blocked or too old. Please use another BankID or get a new one from your bank.</source>
        <translation>Det BankID du försöker använda är för gammalt eller spärrat. Använd ett annat BankID eller skaffa ett nytt hos din bank.</translation>
    </message>
    <message>
        <location filename="../../app/ui/login/bankid_text.py" line="49"/>
        <source>Failed to scan the QR code. Start the BankID app and scan the QR code. Check that the BankID app is up to date. If you don&apos;t have the BankID app, you need to install it and get a BankID from your bank.</source>
        <translation>Misslyckades att läsa av QR-koden. Starta BankID-appen och läs av QR-koden. Kontrollera att BankID-appen är uppdaterad. Om du inte har BankID-appen måste du installera den och skaffa ett BankID hos din bank.</translation>
    </message>
    <message>
        <location filename="../../app/ui/login/bankid_text.py" line="58"/>
        <source>Identification in progress.</source>
        <translation>Identifiering pågår.</translation>
    </message>
    <message>
        <location filename="../../app/ui/login/bankid_text.py" line="59"/>
        <source>Process your machine-readable travel document using the BankID app.</source>
        <translation>Läs av din ID-handling med BankID-appen.</translation>
    </message>
    <message>
        <location filename="../../app/ui/login/bankid_text.py" line="61"/>
        <source>Unknown error. Please try again.</source>
        <translation>Okänt fel. Försök igen.</translation>
    </message>
</context>
<context>
    <name>diagnostics</name>
    <message>
        <location filename="../../app/ui/diagnostics_save.py" line="32"/>
        <source>Save a report for support</source>
        <translation>Spara en rapport till supporten</translation>
    </message>
    <message>
        <location filename="../../app/ui/diagnostics_save.py" line="34"/>
        <source>Text files (*.txt)</source>
        <translation>Textfiler (*.txt)</translation>
    </message>
</context>
<context>
    <name>invitation</name>
    <message>
        <location filename="../../app/ui/invitation.py" line="22"/>
        <source>Video consultation with {host}</source>
        <translation>Videobesök hos {host}</translation>
    </message>
    <message>
        <location filename="../../app/ui/invitation.py" line="23"/>
        <source>Hello,</source>
        <translation>Hej,</translation>
    </message>
    <message>
        <location filename="../../app/ui/invitation.py" line="24"/>
        <source>You are invited to a video consultation with {host}.</source>
        <translation>Du är inbjuden till ett videobesök hos {host}.</translation>
    </message>
    <message>
        <location filename="../../app/ui/invitation.py" line="26"/>
        <source>At the agreed time, open this link on your phone, tablet or computer: {link}</source>
        <translation>Vid den avtalade tiden öppnar du den här länken i mobilen, surfplattan eller datorn: {link}</translation>
    </message>
    <message>
        <location filename="../../app/ui/invitation.py" line="30"/>
        <source>Or open the Samtale app and type the code {code}.</source>
        <translation>Eller öppna Samtale-appen och skriv in koden {code}.</translation>
    </message>
    <message>
        <location filename="../../app/ui/invitation.py" line="31"/>
        <source>To prepare:</source>
        <translation>Så förbereder du dig:</translation>
    </message>
    <message>
        <location filename="../../app/ui/invitation.py" line="32"/>
        <source>- Find a quiet place where you can talk freely.</source>
        <translation>- Hitta en lugn plats där du kan prata fritt.</translation>
    </message>
    <message>
        <location filename="../../app/ui/invitation.py" line="33"/>
        <source>- Use a headset if you have one.</source>
        <translation>- Använd headset om du har ett.</translation>
    </message>
    <message>
        <location filename="../../app/ui/invitation.py" line="34"/>
        <source>- Charge your phone, or plug in your computer.</source>
        <translation>- Ladda mobilen, eller anslut datorn till ström.</translation>
    </message>
    <message>
        <location filename="../../app/ui/invitation.py" line="35"/>
        <source>- Join a few minutes early to check your camera and sound.</source>
        <translation>- Anslut några minuter innan för att kontrollera kamera och ljud.</translation>
    </message>
    <message>
        <location filename="../../app/ui/invitation.py" line="37"/>
        <source>Video consultation with {host}. At the agreed time, open {link} (code {code})</source>
        <translation>Videobesök hos {host}. Vid avtalad tid, öppna {link} (kod {code})</translation>
    </message>
    <message>
        <location filename="../../app/ui/invitation.py" line="43"/>
        <source>Is it urgent? Call 113, or the out-of-hours service (legevakt) on 116 117.</source>
        <translation>Är det bråttom? Ring 113, eller jourmottagningen (legevakt) på 116 117.</translation>
    </message>
    <message>
        <location filename="../../app/ui/invitation.py" line="47"/>
        <source>Call 112 in an emergency, 1177 for health-care advice.</source>
        <translation>Ring 112 vid akut fara, 1177 för sjukvårdsrådgivning.</translation>
    </message>
    <message>
        <location filename="../../app/ui/invitation.py" line="49"/>
        <source>Samtale is not for emergencies. If a life is in danger, call 112.</source>
        <translation>Samtale är inte till för akuta lägen. Vid fara för liv, ring 112.</translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <location filename="../../app/ui/messages.py" line="34"/>
        <source>We could not find a consultation with that code. Please check the code and try again.</source>
        <translation>Vi hittade inget besök med den koden. Kontrollera koden och försök igen.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="39"/>
        <source>This consultation is closed. Please contact your clinic.</source>
        <translation>Det här besöket är stängt. Kontakta din mottagning.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="45"/>
        <source>We could not reach Samtale. Please check your internet connection and try again.</source>
        <translation>Vi får ingen kontakt med Samtale. Kontrollera internetanslutningen och försök igen.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="49"/>
        <source>The connection was lost. Please check your internet connection.</source>
        <translation>Anslutningen bröts. Kontrollera din internetanslutning.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="51"/>
        <source>The video connection could not be set up. Please try again.</source>
        <translation>Videon kunde inte kopplas upp. Försök igen.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="53"/>
        <source>You have been signed out. Please sign in again.</source>
        <translation>Du har loggats ut. Logga in igen.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="55"/>
        <source>You are not allowed to do this.</source>
        <translation>Du har inte behörighet att göra det här.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="57"/>
        <source>Test sign-in is switched off on this service.</source>
        <translation>Testinloggning är avstängd för den här tjänsten.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="59"/>
        <source>Too many attempts. Please wait a minute and try again.</source>
        <translation>För många försök. Vänta en minut och försök igen.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="61"/>
        <source>You are not in the consultation yet. Please wait to be let in.</source>
        <translation>Du är inte med i besöket än. Vänta tills du blir insläppt.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="63"/>
        <source>You are already in this consultation in another window.</source>
        <translation>Du är redan med i det här besöket i ett annat fönster.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="65"/>
        <source>That person is no longer waiting.</source>
        <translation>Den personen väntar inte längre.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="69"/>
        <source>This needs a more secure way of signing in, such as BankID or another electronic ID. Please sign out and sign in with one, or contact your clinic.</source>
        <translation>Det här kräver en säkrare inloggning, till exempel BankID eller en annan e-legitimation. Logga ut och logga in med en sådan, eller kontakta din mottagning.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="75"/>
        <source>That code is not right, or it has expired. Please check it or ask for a new code.</source>
        <translation>Koden är fel eller har gått ut. Kontrollera den eller be om en ny kod.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="80"/>
        <source>Please read and accept the consent before you enter the waiting room.</source>
        <translation>Läs och godkänn samtycket innan du går in i väntrummet.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="110"/>
        <source>Something went wrong. Please try again.</source>
        <translation>Något gick fel. Försök igen.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="132"/>
        <source>You ended the consultation.</source>
        <translation>Du avslutade besöket.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="134"/>
        <source>The other person has left the consultation.</source>
        <translation>Den andra personen har lämnat besöket.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="136"/>
        <source>The connection to the other person was lost.</source>
        <translation>Anslutningen till den andra personen bröts.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="138"/>
        <source>The clinician could not let you in this time. Please contact your clinic.</source>
        <translation>Vårdgivaren kunde inte släppa in dig den här gången. Kontakta din mottagning.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="152"/>
        <source>The consultation stopped because of a technical problem.</source>
        <translation>Besöket avbröts på grund av ett tekniskt fel.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="159"/>
        <source>Check passed</source>
        <translation>Kontroll godkänd</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="161"/>
        <source>Check: warnings</source>
        <translation>Kontroll: varningar</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="163"/>
        <source>Check failed</source>
        <translation>Kontroll misslyckades</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="165"/>
        <location filename="../../app/ui/messages.py" line="385"/>
        <source>Not checked</source>
        <translation>Inte kontrollerad</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="211"/>
        <source>No camera was found.</source>
        <translation>Ingen kamera hittades.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="221"/>
        <source>The picture is too dark.</source>
        <translation>Bilden är för mörk.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="239"/>
        <source>No speaker or headphones were found.</source>
        <translation>Inga högtalare eller hörlurar hittades.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="208"/>
        <source>The check found a problem.</source>
        <translation>Kontrollen hittade ett problem.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="25"/>
        <source>This link does not work. Please type the code from your letter or text message.</source>
        <translation>Länken fungerar inte. Skriv koden från ditt brev eller sms.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="41"/>
        <source>Another clinician already uses that address. Please choose another.</source>
        <translation>En annan vårdgivare använder redan den adressen. Välj en annan.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="67"/>
        <source>Your identity could not be confirmed. Please sign in again.</source>
        <translation>Vi kunde inte bekräfta din identitet. Logga in igen.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="84"/>
        <source>Samtale is busy for a moment. Please try again in a little while.</source>
        <translation>Samtale är upptaget just nu. Försök igen om en liten stund.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="86"/>
        <source>The sign-in service is not answering. Please try again in a while.</source>
        <translation>Inloggningstjänsten svarar inte. Försök igen om en stund.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="88"/>
        <source>You were not signed in. Please try again.</source>
        <translation>Du loggades inte in. Försök igen.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="90"/>
        <source>You are signed in, but this computer cannot remember it. Next time you sign in again.</source>
        <translation>Du är inloggad, men den här datorn kan inte komma ihåg det. Nästa gång loggar du in igen.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="96"/>
        <source>This consultation room is full.</source>
        <translation>Det här konsultationsrummet är fullt.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="98"/>
        <source>This room cannot take more people with video yet.</source>
        <translation>Det här rummet kan inte ta fler med video än.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="100"/>
        <source>The host has muted you. Press “Ask to unmute” if you want to speak.</source>
        <translation>Värden har stängt av ditt ljud. Tryck på ”Be om att få tala” om du vill säga något.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="104"/>
        <source>The host has removed you from this consultation.</source>
        <translation>Värden har tagit bort dig från den här konsultationen.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="106"/>
        <source>This room needs a PIN. Please enter the PIN you were given.</source>
        <translation>Det här rummet kräver en pinkod. Ange pinkoden du har fått.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="108"/>
        <source>That PIN is not right. Please check it and try again.</source>
        <translation>Pinkoden stämmer inte. Kontrollera den och försök igen.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="116"/>
        <source>No camera or microphone found: the others can neither see nor hear you. You can still see and hear them.</source>
        <translation>Varken kamera eller mikrofon hittades: de andra kan varken se eller höra dig. Du kan fortfarande se och höra dem.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="122"/>
        <source>No camera found: the others will hear you but not see you.</source>
        <translation>Ingen kamera hittades: de andra hör dig men ser dig inte.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="124"/>
        <source>No microphone found: the others will see you but not hear you.</source>
        <translation>Ingen mikrofon hittades: de andra ser dig men hör dig inte.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="142"/>
        <location filename="../../app/ui/messages.py" line="456"/>
        <source>The host ended the consultation.</source>
        <translation>Värden avslutade konsultationen.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="144"/>
        <location filename="../../app/ui/messages.py" line="454"/>
        <source>You were removed from the consultation by the host.</source>
        <translation>Värden tog bort dig från konsultationen.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="146"/>
        <source>The clinician closed this room, so nobody will come. Please contact your clinic.</source>
        <translation>Vårdgivaren har stängt det här rummet, så ingen kommer. Kontakta din mottagning.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="194"/>
        <source>Pre-call check</source>
        <translation>Förhandskontroll</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="196"/>
        <source>{heading}: {finding}</source>
        <translation>{heading}: {finding}</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="213"/>
        <source>The camera is used by another program.</source>
        <translation>Kameran används av ett annat program.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="215"/>
        <source>Samtale may not use the camera.</source>
        <translation>Samtale får inte använda kameran.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="217"/>
        <source>The camera picture is not coming through well.</source>
        <translation>Kamerabilden kommer inte fram ordentligt.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="219"/>
        <source>The camera picture is small.</source>
        <translation>Kamerabilden är liten.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="223"/>
        <source>The picture is blurred.</source>
        <translation>Bilden är suddig.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="225"/>
        <source>The patient is not fully in the picture.</source>
        <translation>Patienten syns inte helt i bilden.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="227"/>
        <source>The camera is below eye level.</source>
        <translation>Kameran står lägre än ögonen.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="229"/>
        <source>No microphone can be used.</source>
        <translation>Ingen mikrofon kan användas.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="231"/>
        <source>The microphone hears nothing.</source>
        <translation>Mikrofonen hör ingenting.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="233"/>
        <source>The microphone is very quiet.</source>
        <translation>Mikrofonen är mycket svag.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="235"/>
        <source>There is a lot of background noise.</source>
        <translation>Det är mycket bakgrundsljud.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="237"/>
        <source>The microphone is too loud and distorts.</source>
        <translation>Mikrofonen är för stark och förvränger ljudet.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="241"/>
        <source>The test sound was not heard.</source>
        <translation>Testljudet hördes inte.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="243"/>
        <source>Loudspeaker without headphones: risk of echo.</source>
        <translation>Högtalare utan hörlurar: risk för eko.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="245"/>
        <source>Samtale could not be reached.</source>
        <translation>Det gick inte att nå Samtale.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="247"/>
        <source>The network blocks direct video; a relay is used.</source>
        <translation>Nätverket stoppar direkt video; en omväg används.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="249"/>
        <source>The network blocks video calls.</source>
        <translation>Nätverket stoppar videosamtal.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="257"/>
        <source>The internet connection is slow or unstable.</source>
        <translation>Internetanslutningen är långsam eller ostabil.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="259"/>
        <source>The computer is very busy.</source>
        <translation>Datorn är mycket upptagen.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="261"/>
        <source>Part of the check could not be completed.</source>
        <translation>En del av kontrollen kunde inte slutföras.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="263"/>
        <source>The check found no problem.</source>
        <translation>Kontrollen hittade inga problem.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="276"/>
        <source>This works well.</source>
        <translation>Det här fungerar bra.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="278"/>
        <source>We found no camera. Connect a camera, or join with sound only.</source>
        <translation>Vi hittade ingen kamera. Anslut en kamera, eller delta med bara ljud.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="280"/>
        <source>Another program is using the camera. Close it and check again.</source>
        <translation>Ett annat program använder kameran. Stäng det och kontrollera igen.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="282"/>
        <source>Allow Samtale to use the camera in your computer&apos;s settings.</source>
        <translation>Tillåt Samtale att använda kameran i datorns inställningar.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="284"/>
        <source>The camera picture is not coming through well. Close other programs.</source>
        <translation>Kamerabilden kommer inte fram ordentligt. Stäng andra program.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="288"/>
        <source>The camera gives a small picture. It will work, but less sharply.</source>
        <translation>Kameran ger en liten bild. Det fungerar, men bilden blir mindre skarp.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="290"/>
        <source>The picture is dark. Turn on a light in front of you.</source>
        <translation>Bilden är mörk. Tänd en lampa framför dig.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="292"/>
        <source>The picture is blurred. Wipe the camera lens gently.</source>
        <translation>Bilden är suddig. Torka försiktigt av kameralinsen.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="294"/>
        <source>Move so that your face is in the middle of the picture.</source>
        <translation>Flytta dig så att ditt ansikte är mitt i bilden.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="296"/>
        <source>Raise the camera to the height of your eyes.</source>
        <translation>Höj kameran till samma höjd som dina ögon.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="298"/>
        <source>We found no microphone. Connect headphones with a microphone.</source>
        <translation>Vi hittade ingen mikrofon. Anslut hörlurar med mikrofon.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="300"/>
        <source>Allow Samtale to use the microphone in your computer&apos;s settings.</source>
        <translation>Tillåt Samtale att använda mikrofonen i datorns inställningar.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="302"/>
        <source>Your microphone hears nothing. Check that it is switched on.</source>
        <translation>Din mikrofon hör ingenting. Kontrollera att den är påslagen.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="304"/>
        <source>Your microphone hears nothing, but “{device}” does. Choose it.</source>
        <translation>Din mikrofon hör ingenting, men ”{device}” gör det. Välj den.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="308"/>
        <source>Your microphone is very quiet. Move closer to it.</source>
        <translation>Din mikrofon är mycket svag. Sätt dig närmare den.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="310"/>
        <source>There is noise around you. Find a quieter place if you can.</source>
        <translation>Det är buller omkring dig. Sätt dig på en lugnare plats om du kan.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="312"/>
        <source>Your microphone is too loud. Move a little further away.</source>
        <translation>Din mikrofon är för stark. Flytta dig lite längre bort.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="314"/>
        <source>We found no speaker. Connect headphones or a speaker.</source>
        <translation>Vi hittade ingen högtalare. Anslut hörlurar eller en högtalare.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="316"/>
        <source>Did you hear the test sound? If so, press “I heard it”.</source>
        <translation>Hörde du testljudet? Tryck i så fall på ”Jag hörde det”.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="318"/>
        <source>Use headphones, so the clinician does not hear an echo.</source>
        <translation>Använd hörlurar, så att vårdgivaren inte hör eko.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="320"/>
        <source>You are using headphones. That gives the best sound.</source>
        <translation>Du använder hörlurar. Det ger bäst ljud.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="322"/>
        <source>You heard the test sound.</source>
        <translation>Du hörde testljudet.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="324"/>
        <source>We cannot reach Samtale. Check that you are connected to the internet.</source>
        <translation>Vi når inte Samtale. Kontrollera att du är ansluten till internet.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="328"/>
        <source>Your network limits video calls. It will work, perhaps less smoothly.</source>
        <translation>Ditt nätverk begränsar videosamtal. Det fungerar, men kanske lite hackigt.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="332"/>
        <source>Your network blocks video calls. Try another network, such as 4G.</source>
        <translation>Ditt nätverk stoppar videosamtal. Prova ett annat nätverk, till exempel 4G.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="334"/>
        <source>Your computer is very busy. Close other programs.</source>
        <translation>Din dator är mycket upptagen. Stäng andra program.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="336"/>
        <source>We could not finish this check. You can still continue.</source>
        <translation>Vi kunde inte slutföra den här kontrollen. Du kan ändå fortsätta.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="338"/>
        <source>Your internet connection is slow. Move closer to your wireless router.</source>
        <translation>Din internetanslutning är långsam. Sätt dig närmare den trådlösa routern.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="354"/>
        <source>No camera was found, so there is no picture of you.</source>
        <translation>Ingen kamera hittades, så det visas ingen bild av dig.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="355"/>
        <source>The camera cannot be used now, so there is no picture of you.</source>
        <translation>Kameran kan inte användas just nu, så det visas ingen bild av dig.</translation>
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
        <translation>Ljud</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="368"/>
        <source>Computer</source>
        <translation>Dator</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="370"/>
        <source>Internet connection</source>
        <translation>Internetanslutning</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="376"/>
        <source>Checking…</source>
        <translation>Kontrollerar …</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="379"/>
        <source>Good</source>
        <translation>Bra</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="381"/>
        <source>Needs attention</source>
        <translation>Behöver åtgärdas</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="383"/>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="392"/>
        <source>Test identity (not checked)</source>
        <translation>Testidentitet (inte kontrollerad)</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="394"/>
        <source>BankID</source>
        <translation>BankID</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="396"/>
        <source>E-mail code only (no e-ID)</source>
        <translation>Endast kod via e-post (ingen e-legitimation)</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="398"/>
        <source>Electronic ID</source>
        <translation>E-legitimation</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="406"/>
        <source>{checked} · with guardian {guardian}</source>
        <translation>{checked} · med vårdnadshavare {guardian}</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="412"/>
        <source>Clinician</source>
        <translation>Vårdgivare</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="412"/>
        <source>Patient</source>
        <translation>Patient</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="423"/>
        <source>You are next in the queue. {clinician} will let you in.</source>
        <translation>Du står näst på tur. {clinician} släpper in dig.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="426"/>
        <source>You are number {position} in the queue. {clinician} will let you in.</source>
        <translation>Du är nummer {position} i kön. {clinician} släpper in dig.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="438"/>
        <source>You were muted by the host. You can unmute yourself.</source>
        <translation>Värden stängde av ditt ljud. Du kan slå på det själv.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="440"/>
        <source>You were muted by the host. Press “Ask to unmute” if you want to speak.</source>
        <translation>Värden stängde av ditt ljud. Tryck på ”Be om att få tala” om du vill säga något.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="444"/>
        <source>The host allows you to speak again. Unmute when you are ready.</source>
        <translation>Värden låter dig tala igen. Slå på ljudet när du är redo.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="446"/>
        <source>The host turned off your camera.</source>
        <translation>Värden stängde av din kamera.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="448"/>
        <source>The host allows your camera again.</source>
        <translation>Värden tillåter din kamera igen.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="450"/>
        <source>You were moved back to the waiting room. Please wait to be let in again.</source>
        <translation>Du flyttades tillbaka till väntrummet. Vänta tills du släpps in igen.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="465"/>
        <source>Is it urgent? Call 113, or the out-of-hours service (legevakt) on 116 117.</source>
        <translation>Är det bråttom? Ring 113, eller jourmottagningen (legevakt) på 116 117.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="469"/>
        <source>Call 112 in an emergency, 1177 for health-care advice.</source>
        <translation>Ring 112 vid akut fara, 1177 för sjukvårdsrådgivning.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="470"/>
        <source>Samtale is not for emergencies. If a life is in danger, call 112.</source>
        <translation>Samtale är inte till för akuta lägen. Vid fara för liv, ring 112.</translation>
    </message>
</context>
<context>
    <name>quality</name>
    <message>
        <location filename="../../app/ui/call/quality_indicator.py" line="38"/>
        <source>good</source>
        <translation>bra</translation>
    </message>
    <message>
        <location filename="../../app/ui/call/quality_indicator.py" line="40"/>
        <source>weak</source>
        <translation>svag</translation>
    </message>
    <message>
        <location filename="../../app/ui/call/quality_indicator.py" line="42"/>
        <source>poor</source>
        <translation>dålig</translation>
    </message>
    <message>
        <location filename="../../app/ui/call/quality_indicator.py" line="44"/>
        <source>being measured</source>
        <translation>mäts</translation>
    </message>
    <message>
        <location filename="../../app/ui/call/quality_indicator.py" line="50"/>
        <source>Some of the sound and picture is lost on the way.</source>
        <translation>En del av ljudet och bilden försvinner på vägen.</translation>
    </message>
    <message>
        <location filename="../../app/ui/call/quality_indicator.py" line="52"/>
        <source>Sound takes a long time to arrive, so you may talk over each other.</source>
        <translation>Ljudet tar lång tid att komma fram, så ni kan råka prata i munnen på varandra.</translation>
    </message>
    <message>
        <location filename="../../app/ui/call/quality_indicator.py" line="54"/>
        <source>Sound arrives unevenly and may stutter.</source>
        <translation>Ljudet kommer ojämnt och kan hacka.</translation>
    </message>
    <message>
        <location filename="../../app/ui/call/quality_indicator.py" line="56"/>
        <source>The picture moves in jerks.</source>
        <translation>Bilden rör sig ryckigt.</translation>
    </message>
    <message>
        <location filename="../../app/ui/call/quality_indicator.py" line="58"/>
        <location filename="../../app/ui/call/quality_indicator.py" line="261"/>
        <source>The picture is paused so that the sound stays clear.</source>
        <translation>Bilden är pausad så att ljudet förblir tydligt.</translation>
    </message>
    <message>
        <location filename="../../app/ui/call/quality_indicator.py" line="63"/>
        <source>Your picture is sent smaller to keep the sound clear.</source>
        <translation>Din bild skickas mindre för att ljudet ska förbli tydligt.</translation>
    </message>
    <message>
        <location filename="../../app/ui/call/quality_indicator.py" line="72"/>
        <source>Your connection to the media server is still being measured.</source>
        <translation>Din anslutning till medieservern mäts fortfarande.</translation>
    </message>
    <message>
        <location filename="../../app/ui/call/quality_indicator.py" line="73"/>
        <source>Your connection to the media server is {grade}.</source>
        <translation>Din anslutning till medieservern är {grade}.</translation>
    </message>
    <message>
        <location filename="../../app/ui/call/quality_indicator.py" line="76"/>
        <source>The picture from {name} is still being measured.</source>
        <translation>Bilden från {name} mäts fortfarande.</translation>
    </message>
    <message>
        <location filename="../../app/ui/call/quality_indicator.py" line="79"/>
        <source>The picture from {name} reaches you through the media server: {grade}.</source>
        <translation>Bilden från {name} når dig via medieservern: {grade}.</translation>
    </message>
    <message>
        <location filename="../../app/ui/call/quality_indicator.py" line="84"/>
        <source>The connection with {name} is still being measured.</source>
        <translation>Anslutningen med {name} mäts fortfarande.</translation>
    </message>
    <message>
        <location filename="../../app/ui/call/quality_indicator.py" line="87"/>
        <source>The connection with {name} is {grade}.</source>
        <translation>Anslutningen med {name} är {grade}.</translation>
    </message>
    <message>
        <location filename="../../app/ui/call/quality_indicator.py" line="93"/>
        <source>The picture arrives as it should.</source>
        <translation>Bilden kommer fram som den ska.</translation>
    </message>
    <message>
        <location filename="../../app/ui/call/quality_indicator.py" line="95"/>
        <source>Sound and picture arrive as they should.</source>
        <translation>Ljud och bild kommer fram som de ska.</translation>
    </message>
    <message>
        <location filename="../../app/ui/call/quality_indicator.py" line="98"/>
        <source>This is your own link: your sound and picture to the media server, and the sound of the room back to you.</source>
        <translation>Det här är din egen anslutning: ditt ljud och din bild till medieservern, och ljudet från rummet tillbaka till dig.</translation>
    </message>
    <message>
        <location filename="../../app/ui/call/quality_indicator.py" line="106"/>
        <source>Only the way from the media server to you is measured. How {name}&apos;s own connection is doing cannot be seen from here, and the delay cannot be measured on a picture that only comes to you.</source>
        <translation>Bara vägen från medieservern till dig mäts. Hur {name}s egen anslutning fungerar går inte att se härifrån, och fördröjningen kan inte mätas på en bild som bara kommer till dig.</translation>
    </message>
    <message>
        <location filename="../../app/ui/call/quality_indicator.py" line="120"/>
        <source>Your connection to the media server: {grade}</source>
        <translation>Din anslutning till medieservern: {grade}</translation>
    </message>
    <message>
        <location filename="../../app/ui/call/quality_indicator.py" line="122"/>
        <source>Picture from {name}: {grade}</source>
        <translation>Bild från {name}: {grade}</translation>
    </message>
    <message>
        <location filename="../../app/ui/call/quality_indicator.py" line="132"/>
        <source>Your connection: {grade}</source>
        <translation>Din anslutning: {grade}</translation>
    </message>
    <message>
        <location filename="../../app/ui/call/quality_indicator.py" line="134"/>
        <source>{name}: {grade}</source>
        <translation>{name}: {grade}</translation>
    </message>
    <message>
        <location filename="../../app/ui/call/quality_indicator.py" line="244"/>
        <source>the other person</source>
        <translation>den andra</translation>
    </message>
    <message>
        <location filename="../../app/ui/call/quality_indicator.py" line="124"/>
        <location filename="../../app/ui/call/quality_indicator.py" line="136"/>
        <source>Connection with {name}: {grade}</source>
        <translation>Anslutning med {name}: {grade}</translation>
    </message>
    <message>
        <location filename="../../app/ui/call/quality_indicator.py" line="253"/>
        <source>Press to hear what this means</source>
        <translation>Tryck för att få veta vad det betyder</translation>
    </message>
    <message>
        <location filename="../../app/ui/call/quality_indicator.py" line="263"/>
        <source>The connection is too weak for the picture. Talk with sound only?</source>
        <translation>Anslutningen är för svag för bild. Vill ni prata med bara ljud?</translation>
    </message>
    <message>
        <location filename="../../app/ui/call/quality_indicator.py" line="266"/>
        <location filename="../../app/ui/call/quality_indicator.py" line="267"/>
        <source>Sound only</source>
        <translation>Bara ljud</translation>
    </message>
    <message>
        <location filename="../../app/ui/call/quality_indicator.py" line="268"/>
        <location filename="../../app/ui/call/quality_indicator.py" line="269"/>
        <source>Keep the picture</source>
        <translation>Behåll bilden</translation>
    </message>
    <message>
        <location filename="../../app/ui/call/quality_indicator.py" line="270"/>
        <location filename="../../app/ui/call/quality_indicator.py" line="271"/>
        <source>Try the picture again</source>
        <translation>Försök med bild igen</translation>
    </message>
</context>
</TS>
