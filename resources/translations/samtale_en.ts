<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>CallAnnouncements</name>
    <message>
        <location filename="../../app/ui/announcements.py" line="50"/>
        <source>Microphone on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/announcements.py" line="50"/>
        <source>Microphone off. You are muted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/announcements.py" line="52"/>
        <source>Camera on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/announcements.py" line="52"/>
        <source>Camera off. Nobody can see you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/announcements.py" line="57"/>
        <source>You have been let in. The consultation is starting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/announcements.py" line="59"/>
        <source>You are now in the consultation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/announcements.py" line="61"/>
        <source>The connection is back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/announcements.py" line="63"/>
        <source>The connection is unstable. Reconnecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/announcements.py" line="68"/>
        <source>The connection to the service was lost. Trying to reconnect…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/announcements.py" line="71"/>
        <source>Connected again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/announcements.py" line="75"/>
        <source>The consultation has ended. {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/announcements.py" line="83"/>
        <source>You are muted. Press “Unmute microphone” to be heard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/announcements.py" line="93"/>
        <source>The connection to {name} was lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/announcements.py" line="95"/>
        <source>{name} was removed from the consultation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/announcements.py" line="97"/>
        <source>{name} is back in the waiting room.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/announcements.py" line="99"/>
        <source>{name} left the consultation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/announcements.py" line="102"/>
        <source>You are presenting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/announcements.py" line="102"/>
        <source>You stopped presenting.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CallBar</name>
    <message numerus="yes">
        <location filename="../../app/ui/call/call_bar.py" line="127"/>
        <source>Chat (%n new)</source>
        <translation>
            <numerusform>Chat (%n new)</numerusform>
            <numerusform>Chat (%n new)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/call/call_bar.py" line="129"/>
        <source>Chat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/call/call_bar.py" line="132"/>
        <source>Hides the chat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/call/call_bar.py" line="132"/>
        <source>Shows the chat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/call/call_bar.py" line="134"/>
        <location filename="../../app/ui/call/call_bar.py" line="135"/>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/call/call_bar.py" line="137"/>
        <source>Hides the list of people in the call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/call/call_bar.py" line="139"/>
        <source>Shows the list of people in the call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/call/call_bar.py" line="141"/>
        <location filename="../../app/ui/call/call_bar.py" line="142"/>
        <source>More</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/call/call_bar.py" line="143"/>
        <source>Your own picture and full screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/call/call_bar.py" line="145"/>
        <source>Show my own picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/call/call_bar.py" line="145"/>
        <source>Hide my own picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/call/call_bar.py" line="147"/>
        <source>Move my own picture to the next corner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/call/call_bar.py" line="150"/>
        <source>Leave full screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/call/call_bar.py" line="150"/>
        <source>Full screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/call/call_bar.py" line="152"/>
        <source>Save a report for support…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/call/call_bar.py" line="153"/>
        <location filename="../../app/ui/call/call_bar.py" line="154"/>
        <source>Hang up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/call/call_bar.py" line="155"/>
        <source>Leave the consultation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/call/call_bar.py" line="156"/>
        <location filename="../../app/ui/call/call_bar.py" line="157"/>
        <source>Layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/call/call_bar.py" line="158"/>
        <source>How the people in the call are arranged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/call/call_bar.py" line="160"/>
        <source>Speaker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/call/call_bar.py" line="161"/>
        <source>Gallery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/call/call_bar.py" line="162"/>
        <source>Pinned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/call/call_bar.py" line="163"/>
        <source>Interpreter (two large)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CallPage</name>
    <message>
        <location filename="../../app/ui/call/call_page.py" line="68"/>
        <source>You are muted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/call/call_page.py" line="337"/>
        <source>{name} is presenting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/call/call_page.py" line="339"/>
        <source>You are presenting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/call/call_page.py" line="373"/>
        <source>Encrypted on the way, not end to end: sound and pictures pass through the health region&apos;s own media server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/call/call_page.py" line="377"/>
        <source>End-to-end encrypted: only the people in this call can see and hear it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/call/call_page.py" line="385"/>
        <source>Mute microphone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/call/call_page.py" line="385"/>
        <source>Unmute microphone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/call/call_page.py" line="388"/>
        <source>Your microphone is on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/call/call_page.py" line="390"/>
        <source>Your microphone is off. Nobody hears you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/call/call_page.py" line="393"/>
        <source>Turn camera off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/call/call_page.py" line="393"/>
        <source>Turn camera on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/call/call_page.py" line="396"/>
        <source>Your camera is on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/call/call_page.py" line="396"/>
        <source>Your camera is off. Nobody sees you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/call/call_page.py" line="399"/>
        <source>You are muted. Press “Unmute microphone” to be heard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/call/call_page.py" line="424"/>
        <source>{name} has turned the camera off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/call/call_page.py" line="429"/>
        <source>Picture paused. {name} can still be heard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/call/call_page.py" line="435"/>
        <source>Reconnecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/call/call_page.py" line="437"/>
        <source>Waiting for {name}&apos;s picture…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/call/call_page.py" line="439"/>
        <source>Waiting for the picture…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/call/call_page.py" line="465"/>
        <source>The connection could not be restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/call/call_page.py" line="499"/>
        <source>Leave the consultation?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/call/call_page.py" line="499"/>
        <source>Leave</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/call/call_page.py" line="499"/>
        <location filename="../../app/ui/call/call_page.py" line="510"/>
        <source>Stay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/call/call_page.py" line="508"/>
        <source>Leave the consultation and close Samtale?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/call/call_page.py" line="509"/>
        <source>Leave and close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/call/call_page.py" line="421"/>
        <source>Your camera is off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/call/call_page.py" line="418"/>
        <location filename="../../app/ui/call/call_page.py" line="419"/>
        <source>You</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/call/call_page.py" line="455"/>
        <source>The connection was lost. Trying to connect again…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/call/call_page.py" line="461"/>
        <source>In consultation with {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/call/call_page.py" line="463"/>
        <source>In consultation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/call/call_page.py" line="467"/>
        <source>The connection is unstable. Reconnecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/call/call_page.py" line="469"/>
        <source>Connecting…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChatPanel</name>
    <message>
        <location filename="../../app/ui/chat/chat_panel.py" line="63"/>
        <location filename="../../app/ui/chat/chat_panel.py" line="76"/>
        <source>You</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/chat/chat_panel.py" line="75"/>
        <source>{who}: {text} (not sent yet: it is sent when the connection is back)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/chat/chat_panel.py" line="91"/>
        <source>Chat (not saved)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/chat/chat_panel.py" line="92"/>
        <source>Chat messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/chat/chat_panel.py" line="93"/>
        <location filename="../../app/ui/chat/chat_panel.py" line="94"/>
        <source>Write a message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/chat/chat_panel.py" line="95"/>
        <source>Send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/chat/chat_panel.py" line="96"/>
        <source>Send message</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClinicianWindow</name>
    <message>
        <location filename="../../app/ui/clinician_window.py" line="113"/>
        <source>Samtale Clinic</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConsultationWindow</name>
    <message>
        <location filename="../../app/ui/main_window.py" line="160"/>
        <location filename="../../app/ui/main_window.py" line="209"/>
        <source>Samtale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="210"/>
        <source>TEST IDENTITY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="212"/>
        <source>Signed in as {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="213"/>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="215"/>
        <source>Camera, microphone, language, look and sounds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="217"/>
        <source>Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="219"/>
        <source>How Samtale works and what to do when something does not</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="221"/>
        <source>Sign out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="222"/>
        <source>Sign out of Samtale on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="224"/>
        <location filename="../../app/ui/main_window.py" line="225"/>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="226"/>
        <source>The language of Samtale&apos;s words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="282"/>
        <source>You are signed out.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Counts</name>
    <message numerus="yes">
        <location filename="../../app/ui/counts.py" line="24"/>
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/counts.py" line="27"/>
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n hour</numerusform>
            <numerusform>%n hours</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/counts.py" line="33"/>
        <source>Waiting less than a minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/counts.py" line="35"/>
        <source>Waiting %n minute(s)</source>
        <translation>
            <numerusform>Waiting %n minute</numerusform>
            <numerusform>Waiting %n minutes</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/counts.py" line="37"/>
        <source>Waiting {hours} {minutes}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeviceCheck</name>
    <message>
        <location filename="../../app/ui/device_check.py" line="48"/>
        <source>Your camera, microphone and speaker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/device_check.py" line="51"/>
        <source>Checked when you sign in, before your first call. Choose another device here at any time.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeviceChooser</name>
    <message>
        <location filename="../../app/ui/preflight/devices.py" line="100"/>
        <source>None found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/preflight/devices.py" line="149"/>
        <source>Use “{device}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/preflight/devices.py" line="157"/>
        <source>Camera</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/preflight/devices.py" line="158"/>
        <source>Microphone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/preflight/devices.py" line="159"/>
        <source>Speakers or headphones</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EmailCodePanel</name>
    <message>
        <location filename="../../app/ui/login/email_panel.py" line="114"/>
        <source>en</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/login/email_panel.py" line="174"/>
        <source>Please write your name and your e-mail address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/login/email_panel.py" line="180"/>
        <source>If {address} is right, a code is on its way. It can be used once, for a few minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/login/email_panel.py" line="184"/>
        <source>If {address} is right, a code is on its way. It can be used once, within {minutes} min.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/login/email_panel.py" line="189"/>
        <source>Send a new code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/login/email_panel.py" line="189"/>
        <source>Send me a code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/login/email_panel.py" line="192"/>
        <source>No electronic ID? Sign in with e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/login/email_panel.py" line="195"/>
        <source>We send a code to your e-mail. This is a weaker sign-in than BankID: your clinic sees it, and some consultations need an electronic ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/login/email_panel.py" line="199"/>
        <source>Your full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/login/email_panel.py" line="200"/>
        <source>Your e-mail address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/login/email_panel.py" line="201"/>
        <source>The code from the e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/login/email_panel.py" line="202"/>
        <source>Sign in with the code</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EndedPage</name>
    <message>
        <location filename="../../app/ui/call/ended_page.py" line="44"/>
        <source>The consultation has ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/call/ended_page.py" line="49"/>
        <source>Back to the waiting list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/call/ended_page.py" line="51"/>
        <source>Thank you for using Samtale. You can close this window now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/call/ended_page.py" line="52"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/call/ended_page.py" line="53"/>
        <source>Return to the waiting room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/call/ended_page.py" line="55"/>
        <source>Knock again: you wait in the same room until you are let in</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Gallery</name>
    <message>
        <location filename="../../app/ui/call/gallery.py" line="132"/>
        <source>{name} has turned the camera off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/call/gallery.py" line="134"/>
        <source>Picture paused. {name} can still be heard.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HelpPage</name>
    <message>
        <location filename="../../app/ui/help_page.py" line="41"/>
        <source>Emergency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/help_page.py" line="43"/>
        <source>Samtale is not for emergencies. If life or health is in danger, call 113 in Norway or 112 in Sweden and other countries.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/help_page.py" line="50"/>
        <source>Your day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/help_page.py" line="52"/>
        <source>Sign in, open your room or make a new one, and give the patient its link or code. Patients who are ready wait in the list with their check results; admit them one at a time. After a call you are back at the list, in the same room.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/help_page.py" line="58"/>
        <location filename="../../app/ui/help_page.py" line="83"/>
        <source>In the call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/help_page.py" line="60"/>
        <source>You can turn a patient&apos;s microphone or camera off, send them back to the waiting room, remove them, lock the room, or end the call for everyone. Nothing is recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/help_page.py" line="65"/>
        <location filename="../../app/ui/help_page.py" line="90"/>
        <source>When something does not work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/help_page.py" line="67"/>
        <source>Choose your camera, microphone and speaker under Settings. If the connection drops, Samtale reconnects by itself; the patient keeps their place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/help_page.py" line="75"/>
        <source>How it works</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/help_page.py" line="77"/>
        <source>Sign in, open the link or type the code you were given, and let Samtale check your camera, microphone, speaker and connection. Press I&apos;m ready: you wait until your therapist lets you in. Nothing is recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/help_page.py" line="85"/>
        <source>The buttons at the bottom turn your microphone and camera on and off and end the call. If you close Samtale by mistake, open the link again: you come back to the waiting room.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/help_page.py" line="92"/>
        <source>If nobody can hear or see you, choose another camera, microphone or speaker under Settings. If the connection drops, Samtale reconnects by itself and you keep your place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/help_page.py" line="100"/>
        <source>Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/help_page.py" line="106"/>
        <source>For support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/help_page.py" line="109"/>
        <source>If support asks for it: a report of how your calls went (no names, no addresses, nothing said or shown), saved where you choose. Nothing is sent by itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/help_page.py" line="113"/>
        <source>Save a report for support…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/help_page.py" line="114"/>
        <source>Save a report for support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/help_page.py" line="115"/>
        <location filename="../../app/ui/help_page.py" line="116"/>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/help_page.py" line="117"/>
        <source>Close the help and go back</source>
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
    <name>IdentityPanel</name>
    <message>
        <location filename="../../app/ui/login/identity_panel.py" line="212"/>
        <source>You cannot sign in for this child. Check the number: under 16 and in your care.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/login/identity_panel.py" line="230"/>
        <source>Sign in with BankID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/login/identity_panel.py" line="231"/>
        <source>BankID on this device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/login/identity_panel.py" line="232"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/login/identity_panel.py" line="233"/>
        <source>QR code for BankID. Scan it with the BankID app on your phone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/login/identity_panel.py" line="234"/>
        <source>I am signing in for my child (under 16)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/login/identity_panel.py" line="235"/>
        <source>Your child&apos;s personal identity number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/login/identity_panel.py" line="237"/>
        <source>en</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/login/identity_panel.py" line="240"/>
        <source>Sign in with {provider}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InvitePanel</name>
    <message>
        <location filename="../../app/ui/queue/invite_panel.py" line="49"/>
        <source>Copy invitation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/queue/invite_panel.py" line="50"/>
        <source>Invitation copied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/queue/invite_panel.py" line="54"/>
        <source>Copy text message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/queue/invite_panel.py" line="55"/>
        <source>Text message copied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/queue/invite_panel.py" line="84"/>
        <source>Invite the patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/queue/invite_panel.py" line="85"/>
        <source>The patient&apos;s language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/queue/invite_panel.py" line="87"/>
        <source>Open in e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/queue/invite_panel.py" line="88"/>
        <source>Opens your e-mail program with the invitation written.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KnockAnnouncements</name>
    <message>
        <location filename="../../app/ui/announcements.py" line="156"/>
        <source>{name} is waiting to be let in. {readiness}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KnockBanner</name>
    <message numerus="yes">
        <location filename="../../app/ui/call/knock_banner.py" line="79"/>
        <source>%n patient(s) waiting</source>
        <translation>
            <numerusform>%n patient waiting</numerusform>
            <numerusform>%n patients waiting</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/call/knock_banner.py" line="85"/>
        <source>{name} is waiting to come in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/call/knock_banner.py" line="93"/>
        <source>Pre-call check: {verdict}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/call/knock_banner.py" line="100"/>
        <source>Admit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/call/knock_banner.py" line="101"/>
        <source>Admit {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/call/knock_banner.py" line="102"/>
        <source>{name} joins this consultation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/call/knock_banner.py" line="103"/>
        <source>Not now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/call/knock_banner.py" line="104"/>
        <source>Not now, {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/call/knock_banner.py" line="106"/>
        <source>Sends {name} away from the waiting room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/call/knock_banner.py" line="125"/>
        <source>Send {name} away? They are told you cannot see them this time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/call/knock_banner.py" line="126"/>
        <source>Send away</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/call/knock_banner.py" line="127"/>
        <source>Keep waiting</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KnockNotifier</name>
    <message numerus="yes">
        <location filename="../../app/ui/notify/tray.py" line="126"/>
        <source>Samtale: %n patient(s) waiting</source>
        <translation>
            <numerusform>Samtale: a patient is waiting</numerusform>
            <numerusform>Samtale: %n patients are waiting</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/notify/tray.py" line="129"/>
        <source>{name} is ready. Admit or deny from the Samtale icon.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/notify/tray.py" line="133"/>
        <source>Samtale: nobody is waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/notify/tray.py" line="151"/>
        <source>Admit {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/notify/tray.py" line="152"/>
        <source>Deny {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/notify/tray.py" line="158"/>
        <source>Show Samtale</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LoginPage</name>
    <message>
        <location filename="../../app/ui/login/login_page.py" line="99"/>
        <source>Welcome to Samtale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/login/login_page.py" line="101"/>
        <source>Sign in to see your consultations and the patients who are waiting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/login/login_page.py" line="103"/>
        <source>Sign in to meet your clinician by video.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/login/login_page.py" line="104"/>
        <source>Your name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/login/login_page.py" line="105"/>
        <source>For example: Kari Nordmann</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/login/login_page.py" line="106"/>
        <source>Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/login/login_page.py" line="107"/>
        <source>Sign in with the name you typed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/login/login_page.py" line="110"/>
        <source>Trying to reach the service…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/login/login_page.py" line="114"/>
        <source>Samtale cannot reach its service. Check that you are connected to the internet, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/login/login_page.py" line="119"/>
        <source>Try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/login/login_page.py" line="120"/>
        <source>Try to reach the service again</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NearbyPanel</name>
    <message>
        <location filename="../../app/ui/ring/ring_panels.py" line="56"/>
        <source>{name} answered and will join the waiting room.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/ring/ring_panels.py" line="58"/>
        <source>{name} declined the call.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/ring/ring_panels.py" line="62"/>
        <source>Has the room open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/ring/ring_panels.py" line="64"/>
        <source>Ring {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/ring/ring_panels.py" line="67"/>
        <source>Calls this patient to the waiting room</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ParticipantRow</name>
    <message>
        <location filename="../../app/ui/call/participants_panel.py" line="54"/>
        <source> (you)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/call/participants_panel.py" line="57"/>
        <source>{name}: {state}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/call/participants_panel.py" line="70"/>
        <source>host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/call/participants_panel.py" line="74"/>
        <source>muted by the host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/call/participants_panel.py" line="76"/>
        <source>microphone on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/call/participants_panel.py" line="76"/>
        <source>microphone off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/call/participants_panel.py" line="77"/>
        <source>camera on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/call/participants_panel.py" line="77"/>
        <source>camera off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/call/participants_panel.py" line="79"/>
        <source>hand raised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/call/participants_panel.py" line="81"/>
        <source>presenting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/call/participants_panel.py" line="90"/>
        <source>Mute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/call/participants_panel.py" line="91"/>
        <source>Mute {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/call/participants_panel.py" line="96"/>
        <source>Allow to speak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/call/participants_panel.py" line="96"/>
        <source>Mute until allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/call/participants_panel.py" line="97"/>
        <source>Allow {name} to speak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/call/participants_panel.py" line="97"/>
        <source>Mute {name} until allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/call/participants_panel.py" line="102"/>
        <source>Stop video</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/call/participants_panel.py" line="103"/>
        <source>Stop {name}&apos;s video</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/call/participants_panel.py" line="108"/>
        <source>To lobby</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/call/participants_panel.py" line="109"/>
        <source>Move {name} to the waiting room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/call/participants_panel.py" line="114"/>
        <location filename="../../app/ui/call/participants_panel.py" line="145"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/call/participants_panel.py" line="115"/>
        <source>Remove {name} from the call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/call/participants_panel.py" line="123"/>
        <source>Make host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/call/participants_panel.py" line="124"/>
        <source>Make {name} the host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/call/participants_panel.py" line="142"/>
        <source>Remove {name} from the call? {name} cannot come back into this room.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/call/participants_panel.py" line="146"/>
        <source>Keep in the call</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ParticipantsPanel</name>
    <message>
        <location filename="../../app/ui/call/participants_panel.py" line="270"/>
        <source>Asks to speak: {names}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/call/participants_panel.py" line="272"/>
        <location filename="../../app/ui/call/participants_panel.py" line="273"/>
        <source>Host PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/call/participants_panel.py" line="274"/>
        <source>%n person(s) in the call</source>
        <translation>
            <numerusform>%n person in the call</numerusform>
            <numerusform>%n people in the call</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/call/participants_panel.py" line="275"/>
        <source>Unlock room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/call/participants_panel.py" line="275"/>
        <source>Lock room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/call/participants_panel.py" line="278"/>
        <source>Mute everyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/call/participants_panel.py" line="254"/>
        <location filename="../../app/ui/call/participants_panel.py" line="279"/>
        <source>End for all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/call/participants_panel.py" line="253"/>
        <source>End the consultation for everyone?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/call/participants_panel.py" line="255"/>
        <source>Keep the consultation going</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/call/participants_panel.py" line="280"/>
        <source>Lower hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/call/participants_panel.py" line="280"/>
        <source>Raise hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/call/participants_panel.py" line="281"/>
        <source>Ask to unmute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/call/participants_panel.py" line="282"/>
        <source>Become host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/call/participants_panel.py" line="287"/>
        <source>While the room is locked, nobody new can come in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/call/participants_panel.py" line="288"/>
        <source>Mutes everyone in the call except you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/call/participants_panel.py" line="289"/>
        <source>Ends the consultation for everyone in it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/call/participants_panel.py" line="290"/>
        <source>Shows the host that you want to speak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/call/participants_panel.py" line="291"/>
        <source>Asks the host to let you speak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/call/participants_panel.py" line="292"/>
        <source>Makes you the host when you have typed the host PIN</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PatientAnnouncements</name>
    <message>
        <location filename="../../app/ui/announcements.py" line="121"/>
        <source>Your clinician</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/announcements.py" line="125"/>
        <source>{name} is calling you. Answer or decline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/announcements.py" line="128"/>
        <source>Checking your camera, microphone, sound and internet connection…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/announcements.py" line="133"/>
        <source>The check is finished. Everything works.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/announcements.py" line="135"/>
        <source>The check is finished. Something needs your attention; see the advice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/announcements.py" line="137"/>
        <source>The check is finished. There is a problem; see the advice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/announcements.py" line="139"/>
        <source>The check is finished.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PatientWindow</name>
    <message>
        <location filename="../../app/ui/patient_window.py" line="188"/>
        <source>Samtale — video consultation</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreflightPanel</name>
    <message>
        <location filename="../../app/ui/preflight/panel.py" line="178"/>
        <source>Microphone level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/preflight/panel.py" line="181"/>
        <source>While we check, please say a few words, so we can hear your microphone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/preflight/panel.py" line="182"/>
        <source>Play the test sound</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/preflight/panel.py" line="183"/>
        <source>Plays a short sound in your speakers or headphones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/preflight/panel.py" line="184"/>
        <source>I heard it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/preflight/panel.py" line="185"/>
        <source>Tells us that you heard the test sound</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/preflight/panel.py" line="186"/>
        <source>Check again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/preflight/panel.py" line="188"/>
        <source>Checks your camera, microphone, sound and internet connection again</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PresentControl</name>
    <message>
        <location filename="../../app/ui/present/present_control.py" line="89"/>
        <source>Choose a PDF file to present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/present/present_control.py" line="90"/>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/present/present_control.py" line="100"/>
        <source>This PDF file could not be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/present/present_control.py" line="155"/>
        <source>No windows to present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/present/present_control.py" line="166"/>
        <source>Page {page} of {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/present/present_control.py" line="178"/>
        <source>Presenting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/present/present_control.py" line="178"/>
        <source>Present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/present/present_control.py" line="179"/>
        <source>Present your screen, a window or a PDF file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/present/present_control.py" line="181"/>
        <source>Your screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/present/present_control.py" line="182"/>
        <source>A window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/present/present_control.py" line="183"/>
        <source>A PDF file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/present/present_control.py" line="185"/>
        <source>Stop presenting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/present/present_control.py" line="187"/>
        <location filename="../../app/ui/present/present_control.py" line="188"/>
        <source>Previous page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/present/present_control.py" line="189"/>
        <location filename="../../app/ui/present/present_control.py" line="190"/>
        <source>Next page</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QueuePage</name>
    <message>
        <location filename="../../app/ui/queue/queue_page.py" line="72"/>
        <source>Copy link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/queue/queue_page.py" line="73"/>
        <source>Link copied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/queue/queue_page.py" line="77"/>
        <source>Copy code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/queue/queue_page.py" line="78"/>
        <source>Code copied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/queue/queue_page.py" line="133"/>
        <source>Video consultation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/queue/queue_page.py" line="171"/>
        <source>Start a consultation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/queue/queue_page.py" line="173"/>
        <source>Open one of your rooms, or create a new one with a code for your patient.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/queue/queue_page.py" line="175"/>
        <source>A new room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/queue/queue_page.py" line="177"/>
        <source>Your room is open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/queue/queue_page.py" line="178"/>
        <source>Give your patient this code, or send them the link:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/queue/queue_page.py" line="180"/>
        <source>Join code: {code}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/queue/queue_page.py" line="182"/>
        <source>Join link: {link}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/queue/queue_page.py" line="186"/>
        <source>Puts the room&apos;s link on the clipboard, to paste in a message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/queue/queue_page.py" line="188"/>
        <source>Puts the room&apos;s code on the clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/queue/queue_page.py" line="189"/>
        <source>Create room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/queue/queue_page.py" line="190"/>
        <source>You get a code to give to your patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/queue/queue_page.py" line="191"/>
        <source>Admit everyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/queue/queue_page.py" line="192"/>
        <source>Admit everyone who is waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/queue/queue_page.py" line="193"/>
        <source>Lets every waiting patient into the consultation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/queue/queue_page.py" line="194"/>
        <source>Waiting patients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/queue/queue_page.py" line="195"/>
        <source>All my rooms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/queue/queue_page.py" line="196"/>
        <source>The room stays open for your patients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/queue/queue_page.py" line="197"/>
        <source>Close room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/queue/queue_page.py" line="199"/>
        <source>Patients waiting in it are told the room was closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/queue/queue_page.py" line="202"/>
        <source>Nobody is waiting yet. Patients appear here when they press “I&apos;m ready”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/queue/queue_page.py" line="250"/>
        <source>Send {name} away? They are told you cannot see them this time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/queue/queue_page.py" line="251"/>
        <source>Send away</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/queue/queue_page.py" line="252"/>
        <source>Keep waiting</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QueueRow</name>
    <message>
        <location filename="../../app/ui/queue/queue_view.py" line="108"/>
        <source>Hide why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/queue/queue_view.py" line="108"/>
        <source>Show why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/queue/queue_view.py" line="129"/>
        <source>Show why the check failed for {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/queue/queue_view.py" line="133"/>
        <source>Show what needs attention for {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/queue/queue_view.py" line="135"/>
        <source>Shows or hides what the pre-call check found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/queue/queue_view.py" line="136"/>
        <source>Admit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/queue/queue_view.py" line="137"/>
        <source>Not now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/queue/queue_view.py" line="139"/>
        <source>Admit {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/queue/queue_view.py" line="140"/>
        <source>Let this patient into the consultation now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/queue/queue_view.py" line="141"/>
        <source>Not now: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/queue/queue_view.py" line="142"/>
        <source>The patient is told that you cannot take them this time</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReadyPage</name>
    <message>
        <location filename="../../app/ui/lobby/ready_page.py" line="124"/>
        <source>en</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/lobby/ready_page.py" line="142"/>
        <source>Your video consultation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/lobby/ready_page.py" line="145"/>
        <source>With {clinician}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/lobby/ready_page.py" line="147"/>
        <source>Find a quiet place with good light. When you are ready, press the button below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/lobby/ready_page.py" line="153"/>
        <source>This is how you will look. Your clinician is told when you are ready.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/lobby/ready_page.py" line="156"/>
        <source>Your camera is starting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/lobby/ready_page.py" line="158"/>
        <source>Checking your equipment…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/lobby/ready_page.py" line="160"/>
        <source>I&apos;m ready anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/lobby/ready_page.py" line="162"/>
        <source>I&apos;m ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/lobby/ready_page.py" line="163"/>
        <source>Tells your clinician that you are waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/lobby/ready_page.py" line="164"/>
        <location filename="../../app/ui/lobby/ready_page.py" line="169"/>
        <source>The PIN code from your clinic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/lobby/ready_page.py" line="165"/>
        <source>Consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/lobby/ready_page.py" line="167"/>
        <source>I have read this and I agree</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecoveryPanel</name>
    <message>
        <location filename="../../app/ui/call/recovery_panel.py" line="62"/>
        <source>We keep trying. You can try again now, continue with audio only, or leave the consultation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/call/recovery_panel.py" line="66"/>
        <source>Try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/call/recovery_panel.py" line="67"/>
        <source>Continue with audio only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/call/recovery_panel.py" line="68"/>
        <source>Leave</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RingPanel</name>
    <message>
        <location filename="../../app/ui/ring/ring_panels.py" line="135"/>
        <source>Press “Join call” when you are ready.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/ring/ring_panels.py" line="137"/>
        <source>{name} is calling you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/ring/ring_panels.py" line="139"/>
        <source>Answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/ring/ring_panels.py" line="140"/>
        <source>Decline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/ring/ring_panels.py" line="141"/>
        <source>Join call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/ring/ring_panels.py" line="145"/>
        <source>Takes the call from your clinician</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/ring/ring_panels.py" line="146"/>
        <source>Says no to the call this time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/ring/ring_panels.py" line="147"/>
        <source>Tells your clinician that you are waiting</source>
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
    <message>
        <location filename="../../app/ui/lobby/room_code_page.py" line="53"/>
        <source>Opens the consultation with this code</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RoomListView</name>
    <message>
        <location filename="../../app/ui/queue/room_list.py" line="95"/>
        <source>Your open rooms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/queue/room_list.py" line="96"/>
        <source>You have no open rooms. Create one, or open your personal room.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RoomOptions</name>
    <message>
        <location filename="../../app/ui/queue/room_options.py" line="91"/>
        <source>Host PIN (required)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/queue/room_options.py" line="93"/>
        <source>Host PIN (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/queue/room_options.py" line="96"/>
        <source>Sound and pictures in this room pass through the health region&apos;s own media server: encrypted on the way, but not end to end.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/queue/room_options.py" line="100"/>
        <source>End-to-end encrypted: sound and pictures go straight between the participants.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/queue/room_options.py" line="106"/>
        <source>Sensitive (2–5, locks when started)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/queue/room_options.py" line="107"/>
        <source>Personal (2–5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/queue/room_options.py" line="108"/>
        <source>Meeting, small (5–10)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/queue/room_options.py" line="109"/>
        <source>Meeting, large (10–50)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/queue/room_options.py" line="110"/>
        <source>Auditorium, small (50–70)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/queue/room_options.py" line="111"/>
        <source>Auditorium, large (70–150)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/queue/room_options.py" line="115"/>
        <location filename="../../app/ui/queue/room_options.py" line="116"/>
        <source>Room type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/queue/room_options.py" line="117"/>
        <source>Guest PIN (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/queue/room_options.py" line="118"/>
        <source>Host PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/queue/room_options.py" line="119"/>
        <source>Guest PIN</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RoomRow</name>
    <message>
        <location filename="../../app/ui/queue/room_list.py" line="41"/>
        <source>Your personal room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/queue/room_list.py" line="42"/>
        <source>Video consultation</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/queue/room_list.py" line="47"/>
        <source>%n waiting</source>
        <translation>
            <numerusform>%n waiting</numerusform>
            <numerusform>%n waiting</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/queue/room_list.py" line="50"/>
        <source>%n in the call</source>
        <translation>
            <numerusform>%n in the call</numerusform>
            <numerusform>%n in the call</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/queue/room_list.py" line="52"/>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/queue/room_list.py" line="53"/>
        <source>Open {room}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/queue/room_list.py" line="54"/>
        <source>Close room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/queue/room_list.py" line="55"/>
        <source>Close {room}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/queue/room_list.py" line="57"/>
        <source>Patients waiting in it are told the room was closed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../app/ui/settings/settings_page.py" line="83"/>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/settings_page.py" line="84"/>
        <source>Changes take effect at once and are kept for the next time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/settings_page.py" line="85"/>
        <source>Camera, microphone and speaker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/settings_page.py" line="88"/>
        <source>Samtale opens your camera and microphone when a call starts and uses the ones your computer has chosen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/settings_page.py" line="92"/>
        <location filename="../../app/ui/settings/settings_page.py" line="93"/>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/settings_page.py" line="94"/>
        <source>The language of Samtale&apos;s words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/settings_page.py" line="95"/>
        <location filename="../../app/ui/settings/settings_page.py" line="103"/>
        <source>Look</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/settings_page.py" line="97"/>
        <source>As the computer is set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/settings_page.py" line="98"/>
        <source>Standard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/settings_page.py" line="99"/>
        <source>High contrast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/settings_page.py" line="105"/>
        <source>Standard colours, high contrast, or as the computer is set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/settings_page.py" line="107"/>
        <source>Sounds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/settings_page.py" line="109"/>
        <source>Play a sound when a patient is waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/settings_page.py" line="111"/>
        <source>Ring when the clinic calls me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/settings_page.py" line="113"/>
        <location filename="../../app/ui/settings/settings_page.py" line="114"/>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/settings_page.py" line="115"/>
        <source>Close the settings and go back</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StandingRoomForm</name>
    <message>
        <location filename="../../app/ui/queue/standing_room.py" line="55"/>
        <source>Your personal room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/queue/standing_room.py" line="57"/>
        <source>A room that is always yours, at an address you choose. Patients can use it any day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/queue/standing_room.py" line="59"/>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/queue/standing_room.py" line="60"/>
        <source>Address of your personal room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/queue/standing_room.py" line="62"/>
        <source>for example dr-dahl</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/queue/standing_room.py" line="63"/>
        <source>Open my personal room</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TileLabel</name>
    <message>
        <location filename="../../app/ui/call/tile_label.py" line="56"/>
        <location filename="../../app/ui/call/tile_label.py" line="85"/>
        <source>host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/call/tile_label.py" line="58"/>
        <source>microphone off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/call/tile_label.py" line="60"/>
        <location filename="../../app/ui/call/tile_label.py" line="87"/>
        <source>speaking</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UpdateRequiredPage</name>
    <message>
        <location filename="../../app/ui/version_notice.py" line="94"/>
        <source>Install the new version of Samtale Clinic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/version_notice.py" line="97"/>
        <source>This version of Samtale Clinic ({current}) no longer works with your service. Install the new version ({newest}) before your next consultation, then open Samtale Clinic again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/version_notice.py" line="103"/>
        <source>This version of Samtale Clinic ({current}) no longer works with your service. Ask your IT department to install the new version ({newest}) before your next consultation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/version_notice.py" line="108"/>
        <source>Install the new version of Samtale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/version_notice.py" line="111"/>
        <source>This version of Samtale ({current}) no longer works with your clinic&apos;s service. Install the new version ({newest}) before your consultation, then open Samtale or your consultation link again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/version_notice.py" line="117"/>
        <source>This version of Samtale ({current}) no longer works with your clinic&apos;s service. Ask your clinic for the new version ({newest}) and install it before your consultation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/version_notice.py" line="122"/>
        <source>Download the new version</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VersionNotice</name>
    <message>
        <location filename="../../app/ui/version_notice.py" line="57"/>
        <source>A new version of Samtale Clinic ({newest}) is available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/version_notice.py" line="58"/>
        <source>Ask your IT department to install it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/version_notice.py" line="60"/>
        <source>A new version of Samtale ({newest}) is available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/version_notice.py" line="61"/>
        <source>Ask your clinic how to install it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/version_notice.py" line="64"/>
        <source>Download</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/version_notice.py" line="65"/>
        <source>Opens the page where you download the new version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/version_notice.py" line="67"/>
        <source>Hide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/version_notice.py" line="68"/>
        <source>Hide this message until Samtale starts again</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WaitingPage</name>
    <message>
        <location filename="../../app/ui/lobby/waiting_page.py" line="90"/>
        <source>The connection to the service was lost. Trying to reconnect…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/lobby/waiting_page.py" line="92"/>
        <source>Connected again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/lobby/waiting_page.py" line="95"/>
        <source>Your clinician</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/lobby/waiting_page.py" line="96"/>
        <source>You are in the waiting room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/lobby/waiting_page.py" line="100"/>
        <source>{clinician} will let you in soon.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/lobby/waiting_page.py" line="104"/>
        <source>This is how you look to your clinician.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/lobby/waiting_page.py" line="106"/>
        <source>Your camera is starting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/lobby/waiting_page.py" line="107"/>
        <source>Leave the waiting room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/lobby/waiting_page.py" line="108"/>
        <source>You leave the queue. Your clinician is told.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/lobby/waiting_page.py" line="118"/>
        <source>Leave the waiting room and close Samtale? You lose your place in the queue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/lobby/waiting_page.py" line="120"/>
        <source>Leave the waiting room? You lose your place in the queue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/lobby/waiting_page.py" line="122"/>
        <source>Leave</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/lobby/waiting_page.py" line="122"/>
        <source>Stay in the queue</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bankid</name>
    <message>
        <location filename="../../app/ui/login/bankid_text.py" line="15"/>
        <source>Searching for BankID, it may take a little while. If a few seconds have passed and still no BankID has been found, you probably don&apos;t have a BankID which can be used for this identification on this device. If you don&apos;t have a BankID you can get one from your bank.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/login/bankid_text.py" line="21"/>
        <source>Start your BankID app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/login/bankid_text.py" line="22"/>
        <source>Would you like to identify yourself with BankID on this device or on another device?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/login/bankid_text.py" line="27"/>
        <source>The BankID app is not installed. Please contact your bank.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/login/bankid_text.py" line="28"/>
        <source>Action cancelled. Please try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/login/bankid_text.py" line="29"/>
        <source>An identification or signing for this personal number is already started. Please try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/login/bankid_text.py" line="33"/>
        <source>Internal error. Please try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/login/bankid_text.py" line="34"/>
        <source>Action cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/login/bankid_text.py" line="35"/>
        <source>The BankID app is not responding. Please check that it is started and that you have internet access. If you don&apos;t have a valid BankID you can get one from your bank. Try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/login/bankid_text.py" line="40"/>
        <source>Enter your security code in the BankID app and select Identify.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/login/bankid_text.py" line="41"/>
        <source>Trying to start your BankID app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/login/bankid_text.py" line="44"/>
        <source>The BankID you are trying to use is blocked or too old. Please use another BankID or get a new one from your bank.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/login/bankid_text.py" line="49"/>
        <source>Failed to scan the QR code. Start the BankID app and scan the QR code. Check that the BankID app is up to date. If you don&apos;t have the BankID app, you need to install it and get a BankID from your bank.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/login/bankid_text.py" line="58"/>
        <source>Identification in progress.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/login/bankid_text.py" line="59"/>
        <source>Process your machine-readable travel document using the BankID app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/login/bankid_text.py" line="61"/>
        <source>Unknown error. Please try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>diagnostics</name>
    <message>
        <location filename="../../app/ui/diagnostics_save.py" line="32"/>
        <source>Save a report for support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/diagnostics_save.py" line="34"/>
        <source>Text files (*.txt)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>invitation</name>
    <message>
        <location filename="../../app/ui/invitation.py" line="22"/>
        <source>Video consultation with {host}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/invitation.py" line="23"/>
        <source>Hello,</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/invitation.py" line="24"/>
        <source>You are invited to a video consultation with {host}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/invitation.py" line="26"/>
        <source>At the agreed time, open this link on your phone, tablet or computer: {link}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/invitation.py" line="30"/>
        <source>Or open the Samtale app and type the code {code}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/invitation.py" line="31"/>
        <source>To prepare:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/invitation.py" line="32"/>
        <source>- Find a quiet place where you can talk freely.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/invitation.py" line="33"/>
        <source>- Use a headset if you have one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/invitation.py" line="34"/>
        <source>- Charge your phone, or plug in your computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/invitation.py" line="35"/>
        <source>- Join a few minutes early to check your camera and sound.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/invitation.py" line="37"/>
        <source>Video consultation with {host}. At the agreed time, open {link} (code {code})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/invitation.py" line="43"/>
        <source>Is it urgent? Call 113, or the out-of-hours service (legevakt) on 116 117.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/invitation.py" line="47"/>
        <source>Call 112 in an emergency, 1177 for health-care advice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/invitation.py" line="49"/>
        <source>Samtale is not for emergencies. If a life is in danger, call 112.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <location filename="../../app/ui/messages.py" line="34"/>
        <source>We could not find a consultation with that code. Please check the code and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="39"/>
        <source>This consultation is closed. Please contact your clinic.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="45"/>
        <source>We could not reach Samtale. Please check your internet connection and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="49"/>
        <source>The connection was lost. Please check your internet connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="51"/>
        <source>The video connection could not be set up. Please try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="53"/>
        <source>You have been signed out. Please sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="55"/>
        <source>You are not allowed to do this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="57"/>
        <source>Test sign-in is switched off on this service.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="59"/>
        <source>Too many attempts. Please wait a minute and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="61"/>
        <source>You are not in the consultation yet. Please wait to be let in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="63"/>
        <source>You are already in this consultation in another window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="65"/>
        <source>That person is no longer waiting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="69"/>
        <source>This needs a more secure way of signing in, such as BankID or another electronic ID. Please sign out and sign in with one, or contact your clinic.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="75"/>
        <source>That code is not right, or it has expired. Please check it or ask for a new code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="80"/>
        <source>Please read and accept the consent before you enter the waiting room.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="110"/>
        <source>Something went wrong. Please try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="132"/>
        <source>You ended the consultation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="134"/>
        <source>The other person has left the consultation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="136"/>
        <source>The connection to the other person was lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="138"/>
        <source>The clinician could not let you in this time. Please contact your clinic.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="152"/>
        <source>The consultation stopped because of a technical problem.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="159"/>
        <source>Check passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="161"/>
        <source>Check: warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="163"/>
        <source>Check failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="165"/>
        <location filename="../../app/ui/messages.py" line="385"/>
        <source>Not checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="211"/>
        <source>No camera was found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="221"/>
        <source>The picture is too dark.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="239"/>
        <source>No speaker or headphones were found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="208"/>
        <source>The check found a problem.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="25"/>
        <source>This link does not work. Please type the code from your letter or text message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="41"/>
        <source>Another clinician already uses that address. Please choose another.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="67"/>
        <source>Your identity could not be confirmed. Please sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="84"/>
        <source>Samtale is busy for a moment. Please try again in a little while.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="86"/>
        <source>The sign-in service is not answering. Please try again in a while.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="88"/>
        <source>You were not signed in. Please try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="90"/>
        <source>You are signed in, but this computer cannot remember it. Next time you sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="96"/>
        <source>This consultation room is full.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="98"/>
        <source>This room cannot take more people with video yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="100"/>
        <source>The host has muted you. Press “Ask to unmute” if you want to speak.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="104"/>
        <source>The host has removed you from this consultation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="106"/>
        <source>This room needs a PIN. Please enter the PIN you were given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="108"/>
        <source>That PIN is not right. Please check it and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="116"/>
        <source>No camera or microphone found: the others can neither see nor hear you. You can still see and hear them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="122"/>
        <source>No camera found: the others will hear you but not see you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="124"/>
        <source>No microphone found: the others will see you but not hear you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="142"/>
        <location filename="../../app/ui/messages.py" line="456"/>
        <source>The host ended the consultation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="144"/>
        <location filename="../../app/ui/messages.py" line="454"/>
        <source>You were removed from the consultation by the host.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="146"/>
        <source>The clinician closed this room, so nobody will come. Please contact your clinic.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="194"/>
        <source>Pre-call check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="196"/>
        <source>{heading}: {finding}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="213"/>
        <source>The camera is used by another program.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="215"/>
        <source>Samtale may not use the camera.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="217"/>
        <source>The camera picture is not coming through well.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="219"/>
        <source>The camera picture is small.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="223"/>
        <source>The picture is blurred.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="225"/>
        <source>The patient is not fully in the picture.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="227"/>
        <source>The camera is below eye level.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="229"/>
        <source>No microphone can be used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="231"/>
        <source>The microphone hears nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="233"/>
        <source>The microphone is very quiet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="235"/>
        <source>There is a lot of background noise.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="237"/>
        <source>The microphone is too loud and distorts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="241"/>
        <source>The test sound was not heard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="243"/>
        <source>Loudspeaker without headphones: risk of echo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="245"/>
        <source>Samtale could not be reached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="247"/>
        <source>The network blocks direct video; a relay is used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="249"/>
        <source>The network blocks video calls.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="257"/>
        <source>The internet connection is slow or unstable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="259"/>
        <source>The computer is very busy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="261"/>
        <source>Part of the check could not be completed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="263"/>
        <source>The check found no problem.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="276"/>
        <source>This works well.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="278"/>
        <source>We found no camera. Connect a camera, or join with sound only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="280"/>
        <source>Another program is using the camera. Close it and check again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="282"/>
        <source>Allow Samtale to use the camera in your computer&apos;s settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="284"/>
        <source>The camera picture is not coming through well. Close other programs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="288"/>
        <source>The camera gives a small picture. It will work, but less sharply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="290"/>
        <source>The picture is dark. Turn on a light in front of you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="292"/>
        <source>The picture is blurred. Wipe the camera lens gently.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="294"/>
        <source>Move so that your face is in the middle of the picture.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="296"/>
        <source>Raise the camera to the height of your eyes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="298"/>
        <source>We found no microphone. Connect headphones with a microphone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="300"/>
        <source>Allow Samtale to use the microphone in your computer&apos;s settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="302"/>
        <source>Your microphone hears nothing. Check that it is switched on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="304"/>
        <source>Your microphone hears nothing, but “{device}” does. Choose it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="308"/>
        <source>Your microphone is very quiet. Move closer to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="310"/>
        <source>There is noise around you. Find a quieter place if you can.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="312"/>
        <source>Your microphone is too loud. Move a little further away.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="314"/>
        <source>We found no speaker. Connect headphones or a speaker.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="316"/>
        <source>Did you hear the test sound? If so, press “I heard it”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="318"/>
        <source>Use headphones, so the clinician does not hear an echo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="320"/>
        <source>You are using headphones. That gives the best sound.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="322"/>
        <source>You heard the test sound.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="324"/>
        <source>We cannot reach Samtale. Check that you are connected to the internet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="328"/>
        <source>Your network limits video calls. It will work, perhaps less smoothly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="332"/>
        <source>Your network blocks video calls. Try another network, such as 4G.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="334"/>
        <source>Your computer is very busy. Close other programs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="336"/>
        <source>We could not finish this check. You can still continue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="338"/>
        <source>Your internet connection is slow. Move closer to your wireless router.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="354"/>
        <source>No camera was found, so there is no picture of you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="355"/>
        <source>The camera cannot be used now, so there is no picture of you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="362"/>
        <source>Camera</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="364"/>
        <source>Microphone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="366"/>
        <source>Sound</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="368"/>
        <source>Computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="370"/>
        <source>Internet connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="376"/>
        <source>Checking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="379"/>
        <source>Good</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="381"/>
        <source>Needs attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="383"/>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="392"/>
        <source>Test identity (not checked)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="394"/>
        <source>BankID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="396"/>
        <source>E-mail code only (no e-ID)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="398"/>
        <source>Electronic ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="406"/>
        <source>{checked} · with guardian {guardian}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="412"/>
        <source>Clinician</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="412"/>
        <source>Patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="423"/>
        <source>You are next in the queue. {clinician} will let you in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="426"/>
        <source>You are number {position} in the queue. {clinician} will let you in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="438"/>
        <source>You were muted by the host. You can unmute yourself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="440"/>
        <source>You were muted by the host. Press “Ask to unmute” if you want to speak.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="444"/>
        <source>The host allows you to speak again. Unmute when you are ready.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="446"/>
        <source>The host turned off your camera.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="448"/>
        <source>The host allows your camera again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="450"/>
        <source>You were moved back to the waiting room. Please wait to be let in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="465"/>
        <source>Is it urgent? Call 113, or the out-of-hours service (legevakt) on 116 117.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="469"/>
        <source>Call 112 in an emergency, 1177 for health-care advice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="470"/>
        <source>Samtale is not for emergencies. If a life is in danger, call 112.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>quality</name>
    <message>
        <location filename="../../app/ui/call/quality_indicator.py" line="38"/>
        <source>good</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/call/quality_indicator.py" line="40"/>
        <source>weak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/call/quality_indicator.py" line="42"/>
        <source>poor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/call/quality_indicator.py" line="44"/>
        <source>being measured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/call/quality_indicator.py" line="50"/>
        <source>Some of the sound and picture is lost on the way.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/call/quality_indicator.py" line="52"/>
        <source>Sound takes a long time to arrive, so you may talk over each other.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/call/quality_indicator.py" line="54"/>
        <source>Sound arrives unevenly and may stutter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/call/quality_indicator.py" line="56"/>
        <source>The picture moves in jerks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/call/quality_indicator.py" line="58"/>
        <location filename="../../app/ui/call/quality_indicator.py" line="261"/>
        <source>The picture is paused so that the sound stays clear.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/call/quality_indicator.py" line="63"/>
        <source>Your picture is sent smaller to keep the sound clear.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/call/quality_indicator.py" line="72"/>
        <source>Your connection to the media server is still being measured.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/call/quality_indicator.py" line="73"/>
        <source>Your connection to the media server is {grade}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/call/quality_indicator.py" line="76"/>
        <source>The picture from {name} is still being measured.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/call/quality_indicator.py" line="79"/>
        <source>The picture from {name} reaches you through the media server: {grade}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/call/quality_indicator.py" line="84"/>
        <source>The connection with {name} is still being measured.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/call/quality_indicator.py" line="87"/>
        <source>The connection with {name} is {grade}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/call/quality_indicator.py" line="93"/>
        <source>The picture arrives as it should.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/call/quality_indicator.py" line="95"/>
        <source>Sound and picture arrive as they should.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/call/quality_indicator.py" line="98"/>
        <source>This is your own link: your sound and picture to the media server, and the sound of the room back to you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/call/quality_indicator.py" line="106"/>
        <source>Only the way from the media server to you is measured. How {name}&apos;s own connection is doing cannot be seen from here, and the delay cannot be measured on a picture that only comes to you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/call/quality_indicator.py" line="120"/>
        <source>Your connection to the media server: {grade}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/call/quality_indicator.py" line="122"/>
        <source>Picture from {name}: {grade}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/call/quality_indicator.py" line="132"/>
        <source>Your connection: {grade}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/call/quality_indicator.py" line="134"/>
        <source>{name}: {grade}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/call/quality_indicator.py" line="244"/>
        <source>the other person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/call/quality_indicator.py" line="124"/>
        <location filename="../../app/ui/call/quality_indicator.py" line="136"/>
        <source>Connection with {name}: {grade}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/call/quality_indicator.py" line="253"/>
        <source>Press to hear what this means</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/call/quality_indicator.py" line="263"/>
        <source>The connection is too weak for the picture. Talk with sound only?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/call/quality_indicator.py" line="266"/>
        <location filename="../../app/ui/call/quality_indicator.py" line="267"/>
        <source>Sound only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/call/quality_indicator.py" line="268"/>
        <location filename="../../app/ui/call/quality_indicator.py" line="269"/>
        <source>Keep the picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/call/quality_indicator.py" line="270"/>
        <location filename="../../app/ui/call/quality_indicator.py" line="271"/>
        <source>Try the picture again</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
