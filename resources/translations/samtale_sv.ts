<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv" sourcelanguage="en">
<context>
    <name>CallPage</name>
    <message>
        <location filename="../../app/ui/call/call_page.py" line="92"/>
        <source>Mute microphone</source>
        <translation>Stäng av mikrofonen</translation>
    </message>
    <message>
        <location filename="../../app/ui/call/call_page.py" line="92"/>
        <source>Unmute microphone</source>
        <translation>Slå på mikrofonen</translation>
    </message>
    <message>
        <location filename="../../app/ui/call/call_page.py" line="94"/>
        <source>Turn camera off</source>
        <translation>Stäng av kameran</translation>
    </message>
    <message>
        <location filename="../../app/ui/call/call_page.py" line="94"/>
        <source>Turn camera on</source>
        <translation>Slå på kameran</translation>
    </message>
    <message>
        <location filename="../../app/ui/call/call_page.py" line="95"/>
        <source>Hang up</source>
        <translation>Lägg på</translation>
    </message>
    <message>
        <location filename="../../app/ui/call/call_page.py" line="98"/>
        <source>Waiting for {name}&apos;s picture…</source>
        <translation>Väntar på bilden från {name} …</translation>
    </message>
    <message>
        <location filename="../../app/ui/call/call_page.py" line="100"/>
        <source>Waiting for the picture…</source>
        <translation>Väntar på bilden …</translation>
    </message>
    <message>
        <location filename="../../app/ui/call/call_page.py" line="101"/>
        <source>Your camera is off</source>
        <translation>Din kamera är avstängd</translation>
    </message>
    <message>
        <location filename="../../app/ui/call/call_page.py" line="101"/>
        <source>You</source>
        <translation>Du</translation>
    </message>
    <message>
        <location filename="../../app/ui/call/call_page.py" line="110"/>
        <source>The connection was lost. Trying to connect again…</source>
        <translation>Anslutningen bröts. Vi försöker ansluta igen …</translation>
    </message>
    <message>
        <location filename="../../app/ui/call/call_page.py" line="116"/>
        <source>In consultation with {name}</source>
        <translation>I samtal med {name}</translation>
    </message>
    <message>
        <location filename="../../app/ui/call/call_page.py" line="118"/>
        <source>In consultation</source>
        <translation>I samtal</translation>
    </message>
    <message>
        <location filename="../../app/ui/call/call_page.py" line="120"/>
        <source>The connection is unstable. Reconnecting…</source>
        <translation>Anslutningen är ostabil. Ansluter igen …</translation>
    </message>
    <message>
        <location filename="../../app/ui/call/call_page.py" line="122"/>
        <source>Connecting…</source>
        <translation>Ansluter …</translation>
    </message>
</context>
<context>
    <name>ClinicianWindow</name>
    <message>
        <location filename="../../app/ui/clinician_window.py" line="44"/>
        <source>Samtale Clinic</source>
        <translation>Samtale Klinik</translation>
    </message>
</context>
<context>
    <name>ConsultationWindow</name>
    <message>
        <location filename="../../app/ui/main_window.py" line="67"/>
        <location filename="../../app/ui/main_window.py" line="86"/>
        <source>Samtale</source>
        <translation>Samtale</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="87"/>
        <source>TEST IDENTITY</source>
        <translation>TESTIDENTITET</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="89"/>
        <source>Signed in as {name}</source>
        <translation>Inloggad som {name}</translation>
    </message>
</context>
<context>
    <name>EndedPage</name>
    <message>
        <location filename="../../app/ui/call/ended_page.py" line="33"/>
        <source>The consultation has ended</source>
        <translation>Besöket är avslutat</translation>
    </message>
    <message>
        <location filename="../../app/ui/call/ended_page.py" line="38"/>
        <source>Back to the waiting list</source>
        <translation>Tillbaka till väntelistan</translation>
    </message>
    <message>
        <location filename="../../app/ui/call/ended_page.py" line="40"/>
        <source>Thank you for using Samtale. You can close this window now.</source>
        <translation>Tack för att du använde Samtale. Du kan stänga det här fönstret nu.</translation>
    </message>
    <message>
        <location filename="../../app/ui/call/ended_page.py" line="41"/>
        <source>Close</source>
        <translation>Stäng</translation>
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
    <name>LoginPage</name>
    <message>
        <location filename="../../app/ui/login/login_page.py" line="48"/>
        <source>Welcome to Samtale</source>
        <translation>Välkommen till Samtale</translation>
    </message>
    <message>
        <location filename="../../app/ui/login/login_page.py" line="50"/>
        <source>Sign in to see your consultations and the patients who are waiting.</source>
        <translation>Logga in för att se dina besök och patienterna som väntar.</translation>
    </message>
    <message>
        <location filename="../../app/ui/login/login_page.py" line="52"/>
        <source>Sign in to meet your clinician by video.</source>
        <translation>Logga in för att träffa din vårdgivare via video.</translation>
    </message>
    <message>
        <location filename="../../app/ui/login/login_page.py" line="53"/>
        <source>Your name</source>
        <translation>Ditt namn</translation>
    </message>
    <message>
        <location filename="../../app/ui/login/login_page.py" line="54"/>
        <source>For example: Kari Nordmann</source>
        <translation>Till exempel: Anna Andersson</translation>
    </message>
    <message>
        <location filename="../../app/ui/login/login_page.py" line="55"/>
        <source>Sign in</source>
        <translation>Logga in</translation>
    </message>
</context>
<context>
    <name>PatientWindow</name>
    <message>
        <location filename="../../app/ui/patient_window.py" line="49"/>
        <source>Samtale — video consultation</source>
        <translation>Samtale — videobesök</translation>
    </message>
</context>
<context>
    <name>QueuePage</name>
    <message>
        <location filename="../../app/ui/queue/queue_page.py" line="73"/>
        <source>Video consultation</source>
        <translation>Videobesök</translation>
    </message>
    <message>
        <location filename="../../app/ui/queue/queue_page.py" line="87"/>
        <source>Start a consultation</source>
        <translation>Starta ett besök</translation>
    </message>
    <message>
        <location filename="../../app/ui/queue/queue_page.py" line="88"/>
        <source>Create a room. You will get a code to give to your patient.</source>
        <translation>Skapa ett rum. Du får en kod som du ger till patienten.</translation>
    </message>
    <message>
        <location filename="../../app/ui/queue/queue_page.py" line="90"/>
        <source>Your room is open</source>
        <translation>Ditt rum är öppet</translation>
    </message>
    <message>
        <location filename="../../app/ui/queue/queue_page.py" line="91"/>
        <source>Give your patient this code, or send them the link:</source>
        <translation>Ge patienten den här koden, eller skicka länken:</translation>
    </message>
    <message>
        <location filename="../../app/ui/queue/queue_page.py" line="94"/>
        <source>Create room</source>
        <translation>Skapa rum</translation>
    </message>
    <message>
        <location filename="../../app/ui/queue/queue_page.py" line="95"/>
        <source>Waiting patients</source>
        <translation>Patienter som väntar</translation>
    </message>
    <message>
        <location filename="../../app/ui/queue/queue_page.py" line="97"/>
        <source>Nobody is waiting yet. Patients appear here when they press “I&apos;m ready”.</source>
        <translation>Ingen väntar än. Patienter visas här när de trycker på ”Jag är redo”.</translation>
    </message>
</context>
<context>
    <name>QueueRow</name>
    <message>
        <location filename="../../app/ui/queue/queue_view.py" line="55"/>
        <source>Admit</source>
        <translation>Släpp in</translation>
    </message>
    <message>
        <location filename="../../app/ui/queue/queue_view.py" line="56"/>
        <source>Not now</source>
        <translation>Inte nu</translation>
    </message>
</context>
<context>
    <name>ReadyPage</name>
    <message>
        <location filename="../../app/ui/lobby/ready_page.py" line="50"/>
        <source>Your video consultation</source>
        <translation>Ditt videobesök</translation>
    </message>
    <message>
        <location filename="../../app/ui/lobby/ready_page.py" line="53"/>
        <source>With {clinician}</source>
        <translation>Med {clinician}</translation>
    </message>
    <message>
        <location filename="../../app/ui/lobby/ready_page.py" line="55"/>
        <source>Find a quiet place with good light. When you are ready, press the button below.</source>
        <translation>Sätt dig på en lugn plats med bra ljus. När du är redo trycker du på knappen nedanför.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lobby/ready_page.py" line="57"/>
        <source>This is how you will look. Your clinician is told when you are ready.</source>
        <translation>Så här kommer du att synas. Din vårdgivare får veta när du är redo.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lobby/ready_page.py" line="58"/>
        <source>Your camera is starting…</source>
        <translation>Din kamera startar …</translation>
    </message>
    <message>
        <location filename="../../app/ui/lobby/ready_page.py" line="59"/>
        <source>I&apos;m ready</source>
        <translation>Jag är redo</translation>
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
</context>
<context>
    <name>WaitingPage</name>
    <message>
        <location filename="../../app/ui/lobby/waiting_page.py" line="45"/>
        <source>Your clinician</source>
        <translation>Din vårdgivare</translation>
    </message>
    <message>
        <location filename="../../app/ui/lobby/waiting_page.py" line="46"/>
        <source>You are in the waiting room</source>
        <translation>Du är i väntrummet</translation>
    </message>
    <message>
        <location filename="../../app/ui/lobby/waiting_page.py" line="50"/>
        <source>{clinician} will let you in soon.</source>
        <translation>{clinician} släpper snart in dig.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lobby/waiting_page.py" line="51"/>
        <source>This is how you look to your clinician.</source>
        <translation>Så här ser din vårdgivare dig.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lobby/waiting_page.py" line="52"/>
        <source>Your camera is starting…</source>
        <translation>Din kamera startar …</translation>
    </message>
    <message>
        <location filename="../../app/ui/lobby/waiting_page.py" line="53"/>
        <source>Leave the waiting room</source>
        <translation>Lämna väntrummet</translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <location filename="../../app/ui/messages.py" line="22"/>
        <source>We could not find a consultation with that code. Please check the code and try again.</source>
        <translation>Vi hittade inget besök med den koden. Kontrollera koden och försök igen.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="27"/>
        <source>This consultation is closed. Please contact your clinic.</source>
        <translation>Det här besöket är stängt. Kontakta din mottagning.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="29"/>
        <source>We could not reach Samtale. Please check your internet connection and try again.</source>
        <translation>Vi får ingen kontakt med Samtale. Kontrollera internetanslutningen och försök igen.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="33"/>
        <source>The connection was lost. Please check your internet connection.</source>
        <translation>Anslutningen bröts. Kontrollera din internetanslutning.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="35"/>
        <source>The video connection could not be set up. Please try again.</source>
        <translation>Videon kunde inte kopplas upp. Försök igen.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="37"/>
        <source>You have been signed out. Please sign in again.</source>
        <translation>Du har loggats ut. Logga in igen.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="39"/>
        <source>You are not allowed to do this.</source>
        <translation>Du har inte behörighet att göra det här.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="41"/>
        <source>Test sign-in is switched off on this service.</source>
        <translation>Testinloggning är avstängd för den här tjänsten.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="43"/>
        <source>Too many attempts. Please wait a minute and try again.</source>
        <translation>För många försök. Vänta en minut och försök igen.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="45"/>
        <source>You are not in the consultation yet. Please wait to be let in.</source>
        <translation>Du är inte med i besöket än. Vänta tills du blir insläppt.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="47"/>
        <source>You are already in this consultation in another window.</source>
        <translation>Du är redan med i det här besöket i ett annat fönster.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="49"/>
        <source>That person is no longer waiting.</source>
        <translation>Den personen väntar inte längre.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="51"/>
        <source>Something went wrong. Please try again.</source>
        <translation>Något gick fel. Försök igen.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="58"/>
        <source>You ended the consultation.</source>
        <translation>Du avslutade besöket.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="60"/>
        <source>The other person has left the consultation.</source>
        <translation>Den andra personen har lämnat besöket.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="62"/>
        <source>The clinician could not let you in this time. Please contact your clinic.</source>
        <translation>Vårdgivaren kunde inte släppa in dig den här gången. Kontakta din mottagning.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="68"/>
        <source>The consultation stopped because of a technical problem.</source>
        <translation>Besöket avbröts på grund av ett tekniskt fel.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="75"/>
        <source>Check passed</source>
        <translation>Kontroll godkänd</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="77"/>
        <source>Check: warnings</source>
        <translation>Kontroll: varningar</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="79"/>
        <source>Check failed</source>
        <translation>Kontroll misslyckades</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="81"/>
        <source>Not checked</source>
        <translation>Inte kontrollerad</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="85"/>
        <source>No camera was found.</source>
        <translation>Ingen kamera hittades.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="86"/>
        <source>No microphone was found.</source>
        <translation>Ingen mikrofon hittades.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="87"/>
        <source>The picture is too dark.</source>
        <translation>Bilden är för mörk.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="88"/>
        <source>The internet connection is slow.</source>
        <translation>Internetanslutningen är långsam.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="89"/>
        <source>No speaker or headphones were found.</source>
        <translation>Inga högtalare eller hörlurar hittades.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="97"/>
        <source>The check found a problem.</source>
        <translation>Kontrollen hittade ett problem.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="105"/>
        <source>Test identity (not checked)</source>
        <translation>Testidentitet (inte kontrollerad)</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="107"/>
        <source>BankID</source>
        <translation>BankID</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="109"/>
        <source>Electronic ID</source>
        <translation>E-legitimation</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="113"/>
        <source>Clinician</source>
        <translation>Vårdgivare</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="113"/>
        <source>Patient</source>
        <translation>Patient</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="120"/>
        <source>Waiting {minutes}:{seconds}</source>
        <translation>Har väntat {minutes}:{seconds}</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="126"/>
        <source>You are next in the queue. {clinician} will let you in.</source>
        <translation>Du står näst på tur. {clinician} släpper in dig.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="129"/>
        <source>You are number {position} in the queue. {clinician} will let you in.</source>
        <translation>Du är nummer {position} i kön. {clinician} släpper in dig.</translation>
    </message>
</context>
</TS>
