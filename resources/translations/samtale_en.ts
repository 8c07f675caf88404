<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>CallPage</name>
    <message>
        <location filename="../../app/ui/call/call_page.py" line="92"/>
        <source>Mute microphone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/call/call_page.py" line="92"/>
        <source>Unmute microphone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/call/call_page.py" line="94"/>
        <source>Turn camera off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/call/call_page.py" line="94"/>
        <source>Turn camera on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/call/call_page.py" line="95"/>
        <source>Hang up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/call/call_page.py" line="98"/>
        <source>Waiting for {name}&apos;s picture…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/call/call_page.py" line="100"/>
        <source>Waiting for the picture…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/call/call_page.py" line="101"/>
        <source>Your camera is off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/call/call_page.py" line="101"/>
        <source>You</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/call/call_page.py" line="110"/>
        <source>The connection was lost. Trying to connect again…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/call/call_page.py" line="116"/>
        <source>In consultation with {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/call/call_page.py" line="118"/>
        <source>In consultation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/call/call_page.py" line="120"/>
        <source>The connection is unstable. Reconnecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/call/call_page.py" line="122"/>
        <source>Connecting…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClinicianWindow</name>
    <message>
        <location filename="../../app/ui/clinician_window.py" line="44"/>
        <source>Samtale Clinic</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConsultationWindow</name>
    <message>
        <location filename="../../app/ui/main_window.py" line="67"/>
        <location filename="../../app/ui/main_window.py" line="86"/>
        <source>Samtale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="87"/>
        <source>TEST IDENTITY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="89"/>
        <source>Signed in as {name}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EndedPage</name>
    <message>
        <location filename="../../app/ui/call/ended_page.py" line="33"/>
        <source>The consultation has ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/call/ended_page.py" line="38"/>
        <source>Back to the waiting list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/call/ended_page.py" line="40"/>
        <source>Thank you for using Samtale. You can close this window now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/call/ended_page.py" line="41"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IdentityBanner</name>
    <message>
        <location filename="../../app/ui/widgets/identity_banner.py" line="22"/>
        <source>TEST IDENTITY — this is a test version of Samtale. Nobody is checked, so never use it for real patients.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LoginPage</name>
    <message>
        <location filename="../../app/ui/login/login_page.py" line="48"/>
        <source>Welcome to Samtale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/login/login_page.py" line="50"/>
        <source>Sign in to see your consultations and the patients who are waiting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/login/login_page.py" line="52"/>
        <source>Sign in to meet your clinician by video.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/login/login_page.py" line="53"/>
        <source>Your name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/login/login_page.py" line="54"/>
        <source>For example: Kari Nordmann</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/login/login_page.py" line="55"/>
        <source>Sign in</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PatientWindow</name>
    <message>
        <location filename="../../app/ui/patient_window.py" line="70"/>
        <source>Samtale — video consultation</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreflightPanel</name>
    <message>
        <location filename="../../app/ui/preflight/panel.py" line="114"/>
        <source>I heard it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/preflight/panel.py" line="115"/>
        <source>Check again</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QueuePage</name>
    <message>
        <location filename="../../app/ui/queue/queue_page.py" line="73"/>
        <source>Video consultation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/queue/queue_page.py" line="87"/>
        <source>Start a consultation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/queue/queue_page.py" line="88"/>
        <source>Create a room. You will get a code to give to your patient.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/queue/queue_page.py" line="90"/>
        <source>Your room is open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/queue/queue_page.py" line="91"/>
        <source>Give your patient this code, or send them the link:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/queue/queue_page.py" line="94"/>
        <source>Create room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/queue/queue_page.py" line="95"/>
        <source>Waiting patients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/queue/queue_page.py" line="97"/>
        <source>Nobody is waiting yet. Patients appear here when they press “I&apos;m ready”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QueueRow</name>
    <message>
        <location filename="../../app/ui/queue/queue_view.py" line="55"/>
        <source>Admit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/queue/queue_view.py" line="56"/>
        <source>Not now</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReadyPage</name>
    <message>
        <location filename="../../app/ui/lobby/ready_page.py" line="63"/>
        <source>Your video consultation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/lobby/ready_page.py" line="66"/>
        <source>With {clinician}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/lobby/ready_page.py" line="68"/>
        <source>Find a quiet place with good light. When you are ready, press the button below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/lobby/ready_page.py" line="70"/>
        <source>This is how you will look. Your clinician is told when you are ready.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/lobby/ready_page.py" line="71"/>
        <source>Your camera is starting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/lobby/ready_page.py" line="73"/>
        <source>Checking your equipment…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/lobby/ready_page.py" line="75"/>
        <source>I&apos;m ready anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/lobby/ready_page.py" line="77"/>
        <source>I&apos;m ready</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RoomCodePage</name>
    <message>
        <location filename="../../app/ui/lobby/room_code_page.py" line="47"/>
        <source>Join your consultation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/lobby/room_code_page.py" line="49"/>
        <source>Type the code you got from your clinic. You find it in your letter or text message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/lobby/room_code_page.py" line="51"/>
        <source>Consultation code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/lobby/room_code_page.py" line="52"/>
        <source>Continue</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WaitingPage</name>
    <message>
        <location filename="../../app/ui/lobby/waiting_page.py" line="45"/>
        <source>Your clinician</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/lobby/waiting_page.py" line="46"/>
        <source>You are in the waiting room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/lobby/waiting_page.py" line="50"/>
        <source>{clinician} will let you in soon.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/lobby/waiting_page.py" line="51"/>
        <source>This is how you look to your clinician.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/lobby/waiting_page.py" line="52"/>
        <source>Your camera is starting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/lobby/waiting_page.py" line="53"/>
        <source>Leave the waiting room</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <location filename="../../app/ui/messages.py" line="23"/>
        <source>We could not find a consultation with that code. Please check the code and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="28"/>
        <source>This consultation is closed. Please contact your clinic.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="30"/>
        <source>We could not reach Samtale. Please check your internet connection and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="34"/>
        <source>The connection was lost. Please check your internet connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="36"/>
        <source>The video connection could not be set up. Please try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="38"/>
        <source>You have been signed out. Please sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="40"/>
        <source>You are not allowed to do this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="42"/>
        <source>Test sign-in is switched off on this service.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="44"/>
        <source>Too many attempts. Please wait a minute and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="46"/>
        <source>You are not in the consultation yet. Please wait to be let in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="48"/>
        <source>You are already in this consultation in another window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="50"/>
        <source>That person is no longer waiting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="52"/>
        <source>Something went wrong. Please try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="59"/>
        <source>You ended the consultation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="61"/>
        <source>The other person has left the consultation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="63"/>
        <source>The clinician could not let you in this time. Please contact your clinic.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="69"/>
        <source>The consultation stopped because of a technical problem.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="76"/>
        <source>Check passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="78"/>
        <source>Check: warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="80"/>
        <source>Check failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="82"/>
        <location filename="../../app/ui/messages.py" line="249"/>
        <source>Not checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="93"/>
        <source>No camera was found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="103"/>
        <source>The picture is too dark.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="121"/>
        <source>No speaker or headphones were found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="90"/>
        <source>The check found a problem.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="95"/>
        <source>The camera is used by another program.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="97"/>
        <source>Samtale may not use the camera.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="99"/>
        <source>The camera picture is not coming through well.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="101"/>
        <source>The camera picture is small.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="105"/>
        <source>The picture is blurred.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="107"/>
        <source>The patient is not fully in the picture.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="109"/>
        <source>The camera is below eye level.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="111"/>
        <source>No microphone can be used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="113"/>
        <source>The microphone hears nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="115"/>
        <source>The microphone is very quiet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="117"/>
        <source>There is a lot of background noise.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="119"/>
        <source>The microphone is too loud and distorts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="123"/>
        <source>The test sound was not heard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="125"/>
        <source>Loudspeaker without headphones: risk of echo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="127"/>
        <source>Samtale could not be reached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="129"/>
        <source>The network blocks direct video; a relay is used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="131"/>
        <source>The network blocks video calls.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="139"/>
        <source>The internet connection is slow or unstable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="141"/>
        <source>The computer is very busy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="143"/>
        <source>Part of the check could not be completed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="145"/>
        <source>The check found no problem.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="157"/>
        <source>This works well.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="159"/>
        <source>We found no camera. Connect a camera, or join with sound only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="161"/>
        <source>Another program is using the camera. Close it and check again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="163"/>
        <source>Allow Samtale to use the camera in your computer&apos;s settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="165"/>
        <source>The camera picture is not coming through well. Close other programs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="169"/>
        <source>The camera gives a small picture. It will work, but less sharply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="171"/>
        <source>The picture is dark. Turn on a light in front of you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="173"/>
        <source>The picture is blurred. Wipe the camera lens gently.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="175"/>
        <source>Move so that your face is in the middle of the picture.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="177"/>
        <source>Raise the camera to the height of your eyes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="179"/>
        <source>We found no microphone. Connect headphones with a microphone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="181"/>
        <source>Allow Samtale to use the microphone in your computer&apos;s settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="183"/>
        <source>Your microphone hears nothing. Check that it is switched on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="185"/>
        <source>Your microphone hears nothing, but “{device}” does. Choose it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="189"/>
        <source>Your microphone is very quiet. Move closer to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="191"/>
        <source>There is noise around you. Find a quieter place if you can.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="193"/>
        <source>Your microphone is too loud. Move a little further away.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="195"/>
        <source>We found no speaker. Connect headphones or a speaker.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="197"/>
        <source>Did you hear the test sound? If so, press “I heard it”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="199"/>
        <source>Use headphones, so the clinician does not hear an echo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="201"/>
        <source>You are using headphones. That gives the best sound.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="203"/>
        <source>You heard the test sound.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="205"/>
        <source>We cannot reach Samtale. Check that you are connected to the internet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="209"/>
        <source>Your network limits video calls. It will work, perhaps less smoothly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="213"/>
        <source>Your network blocks video calls. Try another network, such as 4G.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="215"/>
        <source>Your computer is very busy. Close other programs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="217"/>
        <source>We could not finish this check. You can still continue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="219"/>
        <source>Your internet connection is slow. Move closer to your wireless router.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="228"/>
        <source>Camera</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="230"/>
        <source>Microphone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="232"/>
        <source>Sound</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="234"/>
        <source>Internet connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="240"/>
        <source>Checking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="243"/>
        <source>Good</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="245"/>
        <source>Needs attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="247"/>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="256"/>
        <source>Test identity (not checked)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="258"/>
        <source>BankID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="260"/>
        <source>Electronic ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="264"/>
        <source>Clinician</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="264"/>
        <source>Patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="271"/>
        <source>Waiting {minutes}:{seconds}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="277"/>
        <source>You are next in the queue. {clinician} will let you in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="280"/>
        <source>You are number {position} in the queue. {clinician} will let you in.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
