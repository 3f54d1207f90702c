<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name></name>
    <message numerus="yes">
        <source>Active on %n day(s)</source>
        <translation>
            <numerusform>Active on %n day</numerusform>
            <numerusform>Active on %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) in total</source>
        <translation>
            <numerusform>%Ln session in total</numerusform>
            <numerusform>%Ln sessions in total</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n repetition(s)</source>
        <translation>
            <numerusform>%Ln repetition</numerusform>
            <numerusform>%Ln repetitions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n exercise(s)</source>
        <translation>
            <numerusform>%n exercise</numerusform>
            <numerusform>%n exercises</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hold(s)</source>
        <translation>
            <numerusform>%n hold</numerusform>
            <numerusform>%n holds</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n repetition(s) more than last time.</source>
        <translation>
            <numerusform>%n repetition more than last time.</numerusform>
            <numerusform>%n repetitions more than last time.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n repetition(s) fewer than last time.</source>
        <translation>
            <numerusform>%n repetition fewer than last time.</numerusform>
            <numerusform>%n repetitions fewer than last time.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>You have exercised %n day(s) in a row.</source>
        <translation>
            <numerusform>Day %n of a new streak.</numerusform>
            <numerusform>You have exercised %n days in a row.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n time(s) for %1 s</source>
        <translation>
            <numerusform>%n time for %1 s</numerusform>
            <numerusform>%n times for %1 s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n time(s), hold %1 s each</source>
        <translation>
            <numerusform>%n time, hold %1 s</numerusform>
            <numerusform>%n times, hold %1 s each</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n time(s)</source>
        <translation>
            <numerusform>%n time</numerusform>
            <numerusform>%n times</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n step(s)</source>
        <translation>
            <numerusform>%n step</numerusform>
            <numerusform>%n steps</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n circle(s)</source>
        <translation>
            <numerusform>%n circle</numerusform>
            <numerusform>%n circles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n move(s)</source>
        <translation>
            <numerusform>%n move</numerusform>
            <numerusform>%n moves</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n earlier change(s) not listed.</source>
        <translation>
            <numerusform>%n earlier change not listed.</numerusform>
            <numerusform>%n earlier changes not listed.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HistoryPage</name>
    <message numerus="yes">
        <source>%n session(s)</source>
        <translation>
            <numerusform>%Ln session</numerusform>
            <numerusform>%Ln sessions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n active minute(s)</source>
        <translation>
            <numerusform>%Ln active minute</numerusform>
            <numerusform>%Ln active minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rep(s)</source>
        <translation>
            <numerusform>%n rep</numerusform>
            <numerusform>%n reps</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Active on %n day(s) this year.</source>
        <translation>
            <numerusform>Active on %n day this year.</numerusform>
            <numerusform>Active on %n days this year.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n active minute(s) in this range; one bar per %1.</source>
        <translation>
            <numerusform>%Ln active minute in this range; one bar per %1.</numerusform>
            <numerusform>%Ln active minutes in this range; one bar per %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n repetition(s) in this range; one point per %1.</source>
        <translation>
            <numerusform>%Ln repetition in this range; one point per %1.</numerusform>
            <numerusform>%Ln repetitions in this range; one point per %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Tray</name>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
</context>
</TS>
