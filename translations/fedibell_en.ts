<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>fedibell::DesktopApplication</name>
    <message numerus="yes">
        <source>%n messages arrived while Fedibell was away.</source>
        <translation>
            <numerusform>%n message arrived while Fedibell was away.</numerusform>
            <numerusform>%n messages arrived while Fedibell was away.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unread direct messages</source>
        <translation>
            <numerusform>%n unread direct message</numerusform>
            <numerusform>%n unread direct messages</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fedibell::NotificationCenter</name>
    <message numerus="yes">
        <source>%n people</source>
        <translation>
            <numerusform>%n person</numerusform>
            <numerusform>%n people</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>While you were away: %n messages from %1</source>
        <translation>
            <numerusform>While you were away: %n message from %1</numerusform>
            <numerusform>While you were away: %n messages from %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new direct messages from %1</source>
        <translation>
            <numerusform>%n new direct message from %1</numerusform>
            <numerusform>%n new direct messages from %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new messages</source>
        <translation>
            <numerusform>%n new message</numerusform>
            <numerusform>%n new messages</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fedibell::TrayController</name>
    <message numerus="yes">
        <source>%n unread direct messages</source>
        <translation>
            <numerusform>%n unread direct message</numerusform>
            <numerusform>%n unread direct messages</numerusform>
        </translation>
    </message>
</context>
</TS>
