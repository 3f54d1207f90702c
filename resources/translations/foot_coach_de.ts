<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="de_DE">
<context>
    <name />
    <message>
        <source>It was moved to %1 and kept there. Foot Coach has started a new history.</source>
        <translation>Sie wurde nach %1 verschoben und dort aufbewahrt. Foot Coach hat einen neuen Verlauf begonnen.</translation>
    </message>
    <message>
        <source>Your history is shown, but nothing new can be saved until this is put right and Foot Coach is started again.</source>
        <translation>Ihr Verlauf wird angezeigt, aber nichts Neues kann gespeichert werden, bis das behoben ist und Foot Coach neu gestartet wurde.</translation>
    </message>
    <message>
        <source>Exercises</source>
        <translation>Übungen</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Einheit</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Routine</source>
        <translation>Ablauf</translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation>Erinnerungen</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Some of today's exercise could not be saved yet (see the earlier message). If you quit now, it is lost. Quit anyway?</source>
        <translation>Ein Teil der heutigen Übungen konnte noch nicht gespeichert werden (siehe die Meldung vorhin). Wenn Sie jetzt beenden, geht er verloren. Trotzdem beenden?</translation>
    </message>
    <message>
        <source>Your last session stopped unexpectedly. Everything you did is saved.

Carry on with the rest, starting from %1?</source>
        <translation>Ihre letzte Einheit wurde unerwartet unterbrochen. Alles, was Sie gemacht haben, ist gespeichert.

Mit dem Rest weitermachen, beginnend mit %1?</translation>
    </message>
    <message>
        <source>Carry on: what you do is kept and saved as soon as writing works again.</source>
        <translation>Machen Sie weiter: Was Sie tun, wird aufbewahrt und gespeichert, sobald das Schreiben wieder klappt.</translation>
    </message>
    <message>
        <source>The history file %1 was deleted while Foot Coach was open. Everything in it has been written back, and nothing is lost. To remove your history, quit Foot Coach first.</source>
        <translation>Die Verlaufsdatei %1 wurde gelöscht, während Foot Coach geöffnet war. Ihr ganzer Inhalt wurde zurückgeschrieben, es ist nichts verloren. Um Ihren Verlauf zu entfernen, beenden Sie zuerst Foot Coach.</translation>
    </message>
    <message>
        <source>The history file %1 was replaced by another file while Foot Coach was open. Your history has been written back, and nothing is lost; the other file is kept as %2.</source>
        <translation>Die Verlaufsdatei %1 wurde durch eine andere Datei ersetzt, während Foot Coach geöffnet war. Ihr Verlauf wurde zurückgeschrieben, es ist nichts verloren; die andere Datei wird als %2 aufbewahrt.</translation>
    </message>
    <message>
        <source>Export to folder</source>
        <translation>In einen Ordner exportieren</translation>
    </message>
    <message>
        <source>Could not write to %1: %2</source>
        <translation>Konnte nicht in %1 schreiben: %2</translation>
    </message>
    <message>
        <source>Saved %1 in %2.</source>
        <translation>%1 in %2 gespeichert.</translation>
    </message>
    <message>
        <source>Open the folder</source>
        <translation>Ordner öffnen</translation>
    </message>
    <message>
        <source>Back up history</source>
        <translation>Verlauf sichern</translation>
    </message>
    <message>
        <source>Your history was copied to %1.</source>
        <translation>Ihr Verlauf wurde nach %1 kopiert.</translation>
    </message>
    <message>
        <source>Foot Coach backups</source>
        <translation>Foot-Coach-Sicherungen</translation>
    </message>
    <message>
        <source>Restore history</source>
        <translation>Verlauf wiederherstellen</translation>
    </message>
    <message>
        <source>Stop the session before restoring a backup.</source>
        <translation>Beenden Sie die Einheit, bevor Sie eine Sicherung wiederherstellen.</translation>
    </message>
    <message>
        <source>PDF documents</source>
        <translation>PDF-Dokumente</translation>
    </message>
    <message>
        <source>Save report</source>
        <translation>Bericht speichern</translation>
    </message>
    <message>
        <source>The report was saved as %1.</source>
        <translation>Der Bericht wurde als %1 gespeichert.</translation>
    </message>
    <message>
        <source>Open the report</source>
        <translation>Bericht öffnen</translation>
    </message>
    <message>
        <source>%1 (my version)</source>
        <translation>%1 (meine Fassung)</translation>
    </message>
    <message>
        <source>Delete “%1”? It leaves your routine; what you have done of it stays in your history.</source>
        <translation>„%1“ löschen? Die Übung verschwindet aus Ihrem Ablauf; was Sie davon gemacht haben, bleibt im Verlauf.</translation>
    </message>
    <message>
        <source>My Foot Coach routine</source>
        <translation>Mein Foot-Coach-Ablauf</translation>
    </message>
    <message>
        <source>Export this routine</source>
        <translation>Diesen Ablauf exportieren</translation>
    </message>
    <message>
        <source>Foot Coach routine (*.toml)</source>
        <translation>Foot-Coach-Ablauf (*.toml)</translation>
    </message>
    <message>
        <source>The routine could not be written to %1: %2</source>
        <translation>Der Ablauf konnte nicht nach %1 geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Exported to %1. Give this file to whoever should have it.</source>
        <translation>Exportiert nach %1. Geben Sie diese Datei weiter, an wen Sie möchten.</translation>
    </message>
    <message>
        <source>changes your own</source>
        <translation>ändert Ihre eigene</translation>
    </message>
    <message>
        <source>new</source>
        <translation>neu</translation>
    </message>
    <message>
        <source>This routine file holds:</source>
        <translation>Diese Ablauf-Datei enthält:</translation>
    </message>
    <message>
        <source>Add it and make it your routine?</source>
        <translation>Hinzufügen und zu Ihrem Ablauf machen?</translation>
    </message>
    <message>
        <source>Import a routine</source>
        <translation>Einen Ablauf importieren</translation>
    </message>
    <message>
        <source>%1 cannot be used, and nothing was changed.

%2</source>
        <translation>%1 kann nicht verwendet werden; es wurde nichts geändert.

%2</translation>
    </message>
    <message>
        <source>Hold… and release. Four of twelve.</source>
        <translation>Halten … und lösen. Vier von zwölf.</translation>
    </message>
    <message>
        <source>Foot Coach could not be added to the menu: %1</source>
        <translation>Foot Coach konnte nicht zum Menü hinzugefügt werden: %1</translation>
    </message>
    <message>
        <source>Saved as %1. Open this file with your calendar, or send it to your phone, and it reminds you at the same times. After changing the times, add the new file again.</source>
        <translation>Gespeichert als %1. Öffnen Sie diese Datei mit Ihrem Kalender oder schicken Sie sie an Ihr Telefon, dann erinnert es Sie zu denselben Zeiten. Wenn Sie die Zeiten ändern, fügen Sie die neue Datei wieder hinzu.</translation>
    </message>
    <message>
        <source>Your desktop did not allow Foot Coach to start at login.</source>
        <translation>Ihr Desktop hat nicht erlaubt, dass Foot Coach bei der Anmeldung startet.</translation>
    </message>
    <message>
        <source>Start at login could not be changed: %1</source>
        <translation>Der Start bei der Anmeldung konnte nicht geändert werden: %1</translation>
    </message>
    <message>
        <source>Start now</source>
        <translation>Jetzt starten</translation>
    </message>
    <message>
        <source>In 10 minutes</source>
        <translation>In 10 Minuten</translation>
    </message>
    <message>
        <source>Not today</source>
        <translation>Heute nicht</translation>
    </message>
    <message>
        <source>The routine takes about ten minutes. Shall we start?</source>
        <translation>Der Ablauf dauert etwa zehn Minuten. Wollen wir anfangen?</translation>
    </message>
    <message>
        <source>Time for your foot exercises</source>
        <translation>Zeit für Ihre Fußübungen</translation>
    </message>
    <message>
        <source>Click here to start the routine.</source>
        <translation>Hier klicken, um den Ablauf zu starten.</translation>
    </message>
    <message>
        <source>Foot Coach keeps running here to remind you. Quit from this menu.</source>
        <translation>Foot Coach läuft hier weiter, um Sie zu erinnern. Beenden können Sie über dieses Menü.</translation>
    </message>
    <message>
        <source>Highest: %1 %2</source>
        <translation>Höchstens: %1 %2</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Rücken</translation>
    </message>
    <message>
        <source>Hip</source>
        <translation>Hüfte</translation>
    </message>
    <message>
        <source>Knee</source>
        <translation>Knie</translation>
    </message>
    <message>
        <source>Foot Coach progress report</source>
        <translation>Foot Coach – Fortschrittsbericht</translation>
    </message>
    <message>
        <source>Foot Coach — progress report</source>
        <translation>Foot Coach — Fortschrittsbericht</translation>
    </message>
    <message>
        <source>From %1 to %2</source>
        <translation>Vom %1 bis %2</translation>
    </message>
    <message>
        <source>Sessions per week</source>
        <translation>Einheiten pro Woche</translation>
    </message>
    <message>
        <source>made on %1</source>
        <translation>erstellt am %1</translation>
    </message>
    <message>
        <source>sessions</source>
        <translation>Einheiten</translation>
    </message>
    <message>
        <source>Active minutes per day</source>
        <translation>Aktive Minuten pro Tag</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>Minuten</translation>
    </message>
    <message>
        <source>The bar for %1 counts only %2.</source>
        <translation>Der Balken für %1 zählt nur den %2.</translation>
    </message>
    <message>
        <source>The bar for %1 counts only %2 to %3.</source>
        <translation>Der Balken für %1 zählt nur %2 bis %3.</translation>
    </message>
    <message>
        <source>Repetitions per exercise</source>
        <translation>Wiederholungen pro Übung</translation>
    </message>
    <message numerus="yes">
        <source>Active on %n day(s)</source>
        <translation>
            <numerusform>An %n Tag aktiv</numerusform>
            <numerusform>An %n Tagen aktiv</numerusform>
        </translation>
    </message>
    <message>
        <source>Active minutes per week</source>
        <translation>Aktive Minuten pro Woche</translation>
    </message>
    <message>
        <source>Sessions per month</source>
        <translation>Einheiten pro Monat</translation>
    </message>
    <message>
        <source>Active minutes per month</source>
        <translation>Aktive Minuten pro Monat</translation>
    </message>
    <message>
        <source>Week of %1</source>
        <translation>Woche vom %1</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) in total</source>
        <translation>
            <numerusform>%Ln Einheit insgesamt</numerusform>
            <numerusform>%Ln Einheiten insgesamt</numerusform>
        </translation>
    </message>
    <message>
        <source>current streak %1, best %2</source>
        <translation>aktuelle Serie %1, beste %2</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tage</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n repetition(s)</source>
        <translation>
            <numerusform>%Ln Wiederholung</numerusform>
            <numerusform>%Ln Wiederholungen</numerusform>
        </translation>
    </message>
    <message>
        <source>Amount of each exercise in the routine now</source>
        <translation>Umfang jeder Übung im Ablauf heute</translation>
    </message>
    <message>
        <source>%1, on each foot</source>
        <translation>%1, mit jedem Fuß</translation>
    </message>
    <message>
        <source>Changes to the amount of each exercise</source>
        <translation>Änderungen am Umfang jeder Übung</translation>
    </message>
    <message numerus="yes">
        <source>%n earlier change(s) not listed.</source>
        <translation>
            <numerusform>%n frühere Änderung nicht aufgeführt.</numerusform>
            <numerusform>%n frühere Änderungen nicht aufgeführt.</numerusform>
        </translation>
    </message>
    <message>
        <source>No changes in this period.</source>
        <translation>Keine Änderungen in diesem Zeitraum.</translation>
    </message>
    <message>
        <source>Pain check-ins (0 = none, 10 = worst)</source>
        <translation>Schmerz-Abfragen (0 = keine, 10 = am schlimmsten)</translation>
    </message>
    <message>
        <source>Average pain of each day</source>
        <translation>Durchschnittlicher Schmerz je Tag</translation>
    </message>
    <message>
        <source>Average pain of each week</source>
        <translation>Durchschnittlicher Schmerz je Woche</translation>
    </message>
    <message>
        <source>Average pain of each month</source>
        <translation>Durchschnittlicher Schmerz je Monat</translation>
    </message>
    <message>
        <source>Average pain of each year</source>
        <translation>Durchschnittlicher Schmerz je Jahr</translation>
    </message>
    <message>
        <source>back</source>
        <translation>Rücken</translation>
    </message>
    <message>
        <source>hip</source>
        <translation>Hüfte</translation>
    </message>
    <message>
        <source>knee</source>
        <translation>Knie</translation>
    </message>
    <message>
        <source>No check-ins in this period.</source>
        <translation>Keine Schmerz-Abfragen in diesem Zeitraum.</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>A short name, such as Calf stretch</source>
        <translation>Ein kurzer Name, etwa Wadendehnung</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Haltung</translation>
    </message>
    <message>
        <source>How it is counted</source>
        <translation>Wie gezählt wird</translation>
    </message>
    <message>
        <source>Hold, then let go</source>
        <translation>Halten, dann lösen</translation>
    </message>
    <message>
        <source>Keep going for a time, then rest</source>
        <translation>Eine Zeit lang weitermachen, dann ausruhen</translation>
    </message>
    <message>
        <source>Moves on a steady beat</source>
        <translation>Bewegungen im gleichmäßigen Takt</translation>
    </message>
    <message>
        <source>Steps on a steady beat</source>
        <translation>Schritte im gleichmäßigen Takt</translation>
    </message>
    <message>
        <source>Circles on a steady beat</source>
        <translation>Kreise im gleichmäßigen Takt</translation>
    </message>
    <message>
        <source>Which foot</source>
        <translation>Welcher Fuß</translation>
    </message>
    <message>
        <source>Both feet together</source>
        <translation>Beide Füße zusammen</translation>
    </message>
    <message>
        <source>Right foot, then left foot</source>
        <translation>Rechter Fuß, dann linker Fuß</translation>
    </message>
    <message>
        <source>Left foot, then right foot</source>
        <translation>Linker Fuß, dann rechter Fuß</translation>
    </message>
    <message>
        <source>Right foot only</source>
        <translation>Nur der rechte Fuß</translation>
    </message>
    <message>
        <source>Left foot only</source>
        <translation>Nur der linke Fuß</translation>
    </message>
    <message>
        <source>Directions</source>
        <translation>Richtungen</translation>
    </message>
    <message>
        <source>One way only</source>
        <translation>Nur in eine Richtung</translation>
    </message>
    <message>
        <source>Forward, then back</source>
        <translation>Vorwärts, dann zurück</translation>
    </message>
    <message>
        <source>Clockwise, then anticlockwise</source>
        <translation>Im Uhrzeigersinn, dann gegen den Uhrzeigersinn</translation>
    </message>
    <message>
        <source>In one line</source>
        <translation>In einem Satz</translation>
    </message>
    <message>
        <source>What the exercise does</source>
        <translation>Was die Übung bewirkt</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Schritte</translation>
    </message>
    <message>
        <source>One step on each line</source>
        <translation>Ein Schritt pro Zeile</translation>
    </message>
    <message>
        <source>What you should feel</source>
        <translation>Was Sie spüren sollten</translation>
    </message>
    <message>
        <source>Things to avoid</source>
        <translation>Was Sie vermeiden sollten</translation>
    </message>
    <message>
        <source>One on each line; may be left empty</source>
        <translation>Eins pro Zeile; darf leer bleiben</translation>
    </message>
    <message>
        <source>Safety</source>
        <translation>Sicherheit</translation>
    </message>
    <message>
        <source>When to stop or take care</source>
        <translation>Wann Sie aufhören oder aufpassen sollten</translation>
    </message>
    <message>
        <source>Times now</source>
        <translation>Wie oft jetzt</translation>
    </message>
    <message>
        <source>Fewest times</source>
        <translation>Am wenigsten</translation>
    </message>
    <message>
        <source>Most times</source>
        <translation>Am meisten</translation>
    </message>
    <message>
        <source>Hold or work time</source>
        <translation>Halte- oder Arbeitszeit</translation>
    </message>
    <message>
        <source>Let go or rest time</source>
        <translation>Löse- oder Ruhezeit</translation>
    </message>
    <message>
        <source>Time for each move</source>
        <translation>Zeit für jede Bewegung</translation>
    </message>
    <message>
        <source>Let the coach raise the amount gently</source>
        <translation>Der Coach darf den Umfang behutsam steigern</translation>
    </message>
    <message>
        <source>Off: the amount stays as your physiotherapist set it</source>
        <translation>Aus: Der Umfang bleibt so, wie Ihre Physiotherapeutin ihn festgelegt hat</translation>
    </message>
    <message>
        <source>Picture</source>
        <translation>Bild</translation>
    </message>
    <message>
        <source>No picture</source>
        <translation>Kein Bild</translation>
    </message>
    <message>
        <source>Pictures of %1</source>
        <translation>Bilder von %1</translation>
    </message>
    <message>
        <source>Choose a picture file…</source>
        <translation>Eine Bilddatei wählen …</translation>
    </message>
    <message>
        <source>Choose a picture file</source>
        <translation>Eine Bilddatei wählen</translation>
    </message>
    <message>
        <source>A PNG, JPEG or SVG picture, up to 2 MB</source>
        <translation>Ein PNG-, JPEG- oder SVG-Bild, bis 2 MB</translation>
    </message>
    <message>
        <source>Your own exercise</source>
        <translation>Ihre eigene Übung</translation>
    </message>
    <message>
        <source>Steps (one on each line)</source>
        <translation>Schritte (einer pro Zeile)</translation>
    </message>
    <message>
        <source>Anywhere</source>
        <translation>Überall</translation>
    </message>
    <message>
        <source>Go to Exercises, Session, History, Routine, Reminders, Settings</source>
        <translation>Zu Übungen, Einheit, Verlauf, Ablauf, Erinnerungen, Einstellungen wechseln</translation>
    </message>
    <message>
        <source>Show this list</source>
        <translation>Diese Liste zeigen</translation>
    </message>
    <message>
        <source>Press the button that has the focus</source>
        <translation>Die Schaltfläche drücken, die den Fokus hat</translation>
    </message>
    <message>
        <source>Scroll the page</source>
        <translation>Die Seite blättern</translation>
    </message>
    <message>
        <source>Previous or next exercise</source>
        <translation>Vorherige oder nächste Übung</translation>
    </message>
    <message>
        <source>Start the routine</source>
        <translation>Den Ablauf starten</translation>
    </message>
    <message>
        <source>Practise the exercise shown</source>
        <translation>Die gezeigte Übung üben</translation>
    </message>
    <message>
        <source>During a session</source>
        <translation>Während einer Einheit</translation>
    </message>
    <message>
        <source>Pause or carry on</source>
        <translation>Pause oder weiter</translation>
    </message>
    <message>
        <source>Skip this repetition</source>
        <translation>Diese Wiederholung überspringen</translation>
    </message>
    <message>
        <source>Go back one repetition</source>
        <translation>Eine Wiederholung zurück</translation>
    </message>
    <message>
        <source>Next exercise</source>
        <translation>Nächste Übung</translation>
    </message>
    <message>
        <source>Stop (asks first)</source>
        <translation>Aufhören (fragt vorher)</translation>
    </message>
    <message>
        <source>Stop because it hurts</source>
        <translation>Aufhören, weil es wehtut</translation>
    </message>
    <message>
        <source>Full screen on or off</source>
        <translation>Vollbild an oder aus</translation>
    </message>
    <message>
        <source>Move the chosen exercise up or down</source>
        <translation>Die gewählte Übung nach oben oder unten schieben</translation>
    </message>
    <message>
        <source>Save the routine</source>
        <translation>Den Ablauf speichern</translation>
    </message>
    <message>
        <source>Reminders and settings</source>
        <translation>Erinnerungen und Einstellungen</translation>
    </message>
    <message>
        <source>Add a reminder</source>
        <translation>Eine Erinnerung hinzufügen</translation>
    </message>
    <message>
        <source>Mute or unmute</source>
        <translation>Ton aus oder an</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Foot Coach %1</source>
        <translation>Foot Coach %1</translation>
    </message>
    <message>
        <source>Five gentle foot exercises, counted and spoken for you. Your log stays on this computer and is never sent anywhere.</source>
        <translation>Fünf sanfte Fußübungen, für Sie gezählt und angesagt. Ihr Protokoll bleibt auf diesem Computer und wird nirgendwohin gesendet.</translation>
    </message>
    <message>
        <source>Your data folder:</source>
        <translation>Ihr Datenordner:</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Ordner öffnen</translation>
    </message>
    <message>
        <source>Open the data folder</source>
        <translation>Den Datenordner öffnen</translation>
    </message>
    <message>
        <source>Show the folder with your history and settings</source>
        <translation>Den Ordner mit Ihrem Verlauf und Ihren Einstellungen zeigen</translation>
    </message>
    <message>
        <source>Free software under the MIT licence. These exercises are general advice, not a treatment: for pain that lasts or is severe, see a doctor or physiotherapist.</source>
        <translation>Freie Software unter der MIT-Lizenz. Diese Übungen sind allgemeine Ratschläge, keine Behandlung: Bei anhaltenden oder starken Schmerzen gehen Sie bitte zu einem Arzt oder einer Physiotherapeutin.</translation>
    </message>
    <message>
        <source>About Foot Coach</source>
        <translation>Über Foot Coach</translation>
    </message>
    <message>
        <source>No program on this computer could open %1.</source>
        <translation>Auf diesem Computer wurde kein Programm gefunden, das %1 öffnen kann.</translation>
    </message>
    <message>
        <source>I hear nothing</source>
        <translation>Ich höre nichts</translation>
    </message>
    <message>
        <source>Open Settings: the lines under the volume say whether a sound device and a voice were found. Check that Foot Coach is not muted and the volume is up.</source>
        <translation>Öffnen Sie die Einstellungen: Die Zeilen unter der Lautstärke sagen, ob ein Tonausgang und eine Stimme gefunden wurden. Prüfen Sie, ob Foot Coach nicht stummgeschaltet und die Lautstärke aufgedreht ist.</translation>
    </message>
    <message>
        <source>No icon in the tray</source>
        <translation>Kein Symbol im Infobereich</translation>
    </message>
    <message>
        <source>Some desktops have no tray. Foot Coach then keeps its window open and shows reminders inside it; closing the window quits.</source>
        <translation>Manche Arbeitsflächen haben keinen Infobereich. Foot Coach lässt dann sein Fenster offen und zeigt Erinnerungen darin; wenn Sie das Fenster schließen, wird Foot Coach beendet.</translation>
    </message>
    <message>
        <source>A reminder did not come</source>
        <translation>Eine Erinnerung kam nicht</translation>
    </message>
    <message>
        <source>Reminders come only while Foot Coach runs. Switch on "Start Foot Coach when I log in" on the Reminders page. A reminder missed during sleep comes once on waking, if it is less than two hours late.</source>
        <translation>Erinnerungen kommen nur, solange Foot Coach läuft. Schalten Sie auf der Seite Erinnerungen „Foot Coach beim Anmelden starten“ ein. Eine Erinnerung, die im Ruhezustand verpasst wurde, kommt einmal beim Aufwachen, wenn sie weniger als zwei Stunden zu spät ist.</translation>
    </message>
    <message>
        <source>A message says the history was moved aside</source>
        <translation>Eine Meldung sagt, der Verlauf wurde beiseitegelegt</translation>
    </message>
    <message>
        <source>The history file was damaged. It was kept under a new name in the data folder (Help, About, Open folder); you can restore a backup from the History page.</source>
        <translation>Die Verlaufsdatei war beschädigt. Sie wurde unter einem neuen Namen im Datenordner aufbewahrt (Hilfe, Über, Ordner öffnen); eine Sicherung können Sie auf der Seite Verlauf wiederherstellen.</translation>
    </message>
    <message>
        <source>Troubleshooting</source>
        <translation>Hilfe bei Problemen</translation>
    </message>
    <message>
        <source>Thin, bendy soles</source>
        <translation>Dünne, biegsame Sohlen</translation>
    </message>
    <message>
        <source>A thin sole that bends easily lets your feet move and feel the ground, much as they do barefoot. Thick, stiff or raised heels change how you stand and walk.</source>
        <translation>Eine dünne Sohle, die sich leicht biegt, lässt Ihre Füße sich bewegen und den Boden spüren, fast wie barfuß. Dicke, steife Sohlen oder hohe Absätze verändern, wie Sie stehen und gehen.</translation>
    </message>
    <message>
        <source>Room for your toes</source>
        <translation>Platz für die Zehen</translation>
    </message>
    <message>
        <source>A wide toe box lets your toes spread out instead of being squeezed together. Spread toes help balance and use the small muscles these exercises train.</source>
        <translation>Ein breiter Zehenraum lässt Ihre Zehen sich ausbreiten, statt sie zusammenzudrücken. Gespreizte Zehen helfen beim Gleichgewicht und nutzen die kleinen Muskeln, die diese Übungen trainieren.</translation>
    </message>
    <message>
        <source>Light weight</source>
        <translation>Leichtes Gewicht</translation>
    </message>
    <message>
        <source>Light shoes ask less of your feet and legs with every step than heavy, bulky ones.</source>
        <translation>Leichte Schuhe verlangen Ihren Füßen und Beinen bei jedem Schritt weniger ab als schwere, klobige.</translation>
    </message>
    <message>
        <source>Change slowly</source>
        <translation>Langsam umstellen</translation>
    </message>
    <message>
        <source>If you move to thinner, flatter shoes, do it little by little over weeks, so your feet and legs can get used to the new way of walking. If something hurts, slow down and ask a professional.</source>
        <translation>Wenn Sie zu dünneren, flacheren Schuhen wechseln, tun Sie es nach und nach über Wochen, damit sich Füße und Beine an das neue Gehen gewöhnen. Wenn etwas wehtut, gehen Sie es langsamer an und fragen Sie eine Fachperson.</translation>
    </message>
    <message>
        <source>Shoes shape how your feet move all day. When you choose a pair, look for these things, whatever the make:</source>
        <translation>Schuhe prägen, wie sich Ihre Füße den ganzen Tag bewegen. Achten Sie beim Kauf auf diese Dinge, ganz gleich, von welcher Marke:</translation>
    </message>
    <message>
        <source>About footwear</source>
        <translation>Über Schuhe</translation>
    </message>
    <message>
        <source>Mon</source>
        <translation>Mo</translation>
    </message>
    <message>
        <source>Tue</source>
        <translation>Di</translation>
    </message>
    <message>
        <source>Wed</source>
        <translation>Mi</translation>
    </message>
    <message>
        <source>Thu</source>
        <translation>Do</translation>
    </message>
    <message>
        <source>Fri</source>
        <translation>Fr</translation>
    </message>
    <message>
        <source>Sat</source>
        <translation>Sa</translation>
    </message>
    <message>
        <source>Sun</source>
        <translation>So</translation>
    </message>
    <message>
        <source>Both feet</source>
        <translation>Beide Füße</translation>
    </message>
    <message>
        <source>Right foot</source>
        <translation>Rechter Fuß</translation>
    </message>
    <message>
        <source>Left foot</source>
        <translation>Linker Fuß</translation>
    </message>
    <message>
        <source>Walking forward</source>
        <translation>Vorwärts gehen</translation>
    </message>
    <message>
        <source>Walking back</source>
        <translation>Rückwärts gehen</translation>
    </message>
    <message>
        <source>Clockwise</source>
        <translation>Im Uhrzeigersinn</translation>
    </message>
    <message>
        <source>Anticlockwise</source>
        <translation>Gegen den Uhrzeigersinn</translation>
    </message>
    <message>
        <source>Seated</source>
        <translation>Im Sitzen</translation>
    </message>
    <message>
        <source>Standing</source>
        <translation>Im Stehen</translation>
    </message>
    <message>
        <source>Seated or lying down</source>
        <translation>Im Sitzen oder Liegen</translation>
    </message>
    <message>
        <source>All exercises done</source>
        <translation>Alle Übungen geschafft</translation>
    </message>
    <message>
        <source>Exercise done</source>
        <translation>Übung geschafft</translation>
    </message>
    <message>
        <source>Next: %1</source>
        <translation>Als Nächstes: %1</translation>
    </message>
    <message>
        <source>Left foot first</source>
        <translation>Zuerst der linke Fuß</translation>
    </message>
    <message>
        <source>Right foot first</source>
        <translation>Zuerst der rechte Fuß</translation>
    </message>
    <message>
        <source>Get ready</source>
        <translation>Bereit machen</translation>
    </message>
    <message>
        <source>Get ready: %1</source>
        <translation>Bereit machen: %1</translation>
    </message>
    <message>
        <source>Rest — next: %1</source>
        <translation>Pause — als Nächstes: %1</translation>
    </message>
    <message>
        <source>Switch to the left foot</source>
        <translation>Zum linken Fuß wechseln</translation>
    </message>
    <message>
        <source>Switch to the right foot</source>
        <translation>Zum rechten Fuß wechseln</translation>
    </message>
    <message>
        <source>Turn around and walk back</source>
        <translation>Umdrehen und zurückgehen</translation>
    </message>
    <message>
        <source>Now circle the other way</source>
        <translation>Jetzt andersherum kreisen</translation>
    </message>
    <message>
        <source>Now the other way</source>
        <translation>Jetzt andersherum</translation>
    </message>
    <message>
        <source>Keep going</source>
        <translation>Weitermachen</translation>
    </message>
    <message>
        <source>Hold</source>
        <translation>Halten</translation>
    </message>
    <message>
        <source>Rest</source>
        <translation>Ausruhen</translation>
    </message>
    <message>
        <source>Release</source>
        <translation>Lösen</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>Circle</source>
        <translation>Kreis</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>Bewegen</translation>
    </message>
    <message>
        <source>Well done!</source>
        <translation>Gut gemacht!</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>And rest. %1.</source>
        <translation>Und ausruhen. %1.</translation>
    </message>
    <message>
        <source>And release. %1.</source>
        <translation>Und lösen. %1.</translation>
    </message>
    <message>
        <source>Keep going.</source>
        <translation>Weitermachen.</translation>
    </message>
    <message>
        <source>Hold.</source>
        <translation>Halten.</translation>
    </message>
    <message>
        <source>Your last check-in shows strong pain. Please go gently, stop any exercise that hurts, and consider asking a doctor or physiotherapist to take a look.</source>
        <translation>Ihre letzte Angabe zeigt starke Schmerzen. Bitte gehen Sie behutsam vor, brechen Sie jede Übung ab, die wehtut, und lassen Sie am besten einen Arzt oder eine Physiotherapeutin danach sehen.</translation>
    </message>
    <message>
        <source>Your pain has been going up over the last two weeks. It would be wise to talk to a doctor or physiotherapist about it; they can check what is behind it.</source>
        <translation>Ihre Schmerzen sind in den letzten zwei Wochen stärker geworden. Sprechen Sie am besten mit einem Arzt oder einer Physiotherapeutin darüber; dort kann man klären, woran es liegt.</translation>
    </message>
    <message>
        <source>You stopped because it hurt. Rest now, and do not exercise through pain. If the pain stays or is strong, please ask a doctor or physiotherapist to take a look.</source>
        <translation>Sie haben aufgehört, weil es wehgetan hat. Ruhen Sie sich jetzt aus und üben Sie nicht trotz Schmerzen weiter. Wenn der Schmerz bleibt oder stark ist, lassen Sie bitte einen Arzt oder eine Physiotherapeutin danach sehen.</translation>
    </message>
    <message>
        <source>the last session felt too hard</source>
        <translation>die letzte Einheit war zu anstrengend</translation>
    </message>
    <message>
        <source>three sessions in a row finished and none felt too hard</source>
        <translation>drei Einheiten hintereinander geschafft, keine war zu anstrengend</translation>
    </message>
    <message>
        <source>welcome back after %1 days away</source>
        <translation>willkommen zurück nach %1 Tagen Pause</translation>
    </message>
    <message>
        <source>set by hand</source>
        <translation>von Hand eingestellt</translation>
    </message>
    <message>
        <source>back to automatic</source>
        <translation>wieder automatisch</translation>
    </message>
    <message>
        <source>changed in the exercise editor</source>
        <translation>im Übungs-Editor geändert</translation>
    </message>
    <message>
        <source>imported from a routine file</source>
        <translation>aus einer Ablauf-Datei übernommen</translation>
    </message>
    <message>
        <source>a plain file name ending .png, .jpg or .svg, without folders</source>
        <translation>ein einfacher Dateiname auf .png, .jpg oder .svg, ohne Ordner</translation>
    </message>
    <message>
        <source>used twice</source>
        <translation>doppelt vergeben</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>exercise %1: field '%2': %3</source>
        <translation>Übung %1: Feld '%2': %3</translation>
    </message>
    <message>
        <source>expected non-empty text</source>
        <translation>hier muss Text stehen</translation>
    </message>
    <message>
        <source>longer than %1 characters</source>
        <translation>länger als %1 Zeichen</translation>
    </message>
    <message>
        <source>expected a list of non-empty texts</source>
        <translation>erwartet wird eine Liste von Texten, keiner davon leer</translation>
    </message>
    <message>
        <source>at most %1 lines of %2 characters</source>
        <translation>höchstens %1 Zeilen mit je %2 Zeichen</translation>
    </message>
    <message>
        <source>expected true or false</source>
        <translation>erwartet wird true oder false</translation>
    </message>
    <message>
        <source>%1 is not one of %2</source>
        <translation>%1 ist keiner dieser Werte: %2</translation>
    </message>
    <message>
        <source>expected a whole number %1..%2</source>
        <translation>erwartet wird eine ganze Zahl von %1 bis %2</translation>
    </message>
    <message>
        <source>expected a table</source>
        <translation>erwartet wird eine Tabelle</translation>
    </message>
    <message>
        <source>expected text</source>
        <translation>erwartet wird Text</translation>
    </message>
    <message>
        <source>%1 names no built-in exercise</source>
        <translation>%1 nennt keine mitgelieferte Übung</translation>
    </message>
    <message>
        <source>exercise #%1: expected a table</source>
        <translation>Übung Nr. %1: erwartet wird eine Tabelle</translation>
    </message>
    <message>
        <source>use letters, digits and '-' only</source>
        <translation>nur Buchstaben, Ziffern und '-' verwenden</translation>
    </message>
    <message>
        <source>3 to 40 small letters, digits and '-'</source>
        <translation>3 bis 40 Kleinbuchstaben, Ziffern und '-'</translation>
    </message>
    <message>
        <source>already used by a built-in exercise</source>
        <translation>schon von einer mitgelieferten Übung belegt</translation>
    </message>
    <message>
        <source>either ['both'] or each foot once</source>
        <translation>entweder ['both'] oder jeder Fuß einmal</translation>
    </message>
    <message>
        <source>each direction once</source>
        <translation>jede Richtung nur einmal</translation>
    </message>
    <message>
        <source>not valid TOML: %1</source>
        <translation>kein gültiges TOML: %1</translation>
    </message>
    <message>
        <source>no [[exercise]] tables found</source>
        <translation>keine [[exercise]]-Tabellen gefunden</translation>
    </message>
    <message>
        <source>expected %1 lines</source>
        <translation>erwartet werden %1 Zeilen</translation>
    </message>
    <message>
        <source>larger than %1 MB</source>
        <translation>größer als %1 MB</translation>
    </message>
    <message>
        <source>an SVG with a DOCTYPE or entities is not accepted</source>
        <translation>ein SVG mit DOCTYPE oder Entitäten wird nicht angenommen</translation>
    </message>
    <message>
        <source>not a readable SVG file</source>
        <translation>keine lesbare SVG-Datei</translation>
    </message>
    <message>
        <source>not an SVG picture</source>
        <translation>kein SVG-Bild</translation>
    </message>
    <message>
        <source>an SVG with more than %1 parts is not accepted</source>
        <translation>ein SVG mit mehr als %1 Teilen wird nicht angenommen</translation>
    </message>
    <message>
        <source>an SVG with &lt;%1&gt; is not accepted</source>
        <translation>ein SVG mit &lt;%1&gt; wird nicht angenommen</translation>
    </message>
    <message>
        <source>an SVG must be UTF-8 text</source>
        <translation>ein SVG muss UTF-8-Text sein</translation>
    </message>
    <message>
        <source>an SVG with scripts is not accepted</source>
        <translation>ein SVG mit Skripten wird nicht angenommen</translation>
    </message>
    <message>
        <source>an SVG that loads other files is not accepted</source>
        <translation>ein SVG, das andere Dateien lädt, wird nicht angenommen</translation>
    </message>
    <message>
        <source>a damaged PNG picture</source>
        <translation>ein beschädigtes PNG-Bild</translation>
    </message>
    <message>
        <source>a picture larger than %1 pixels a side</source>
        <translation>ein Bild mit mehr als %1 Pixeln Seitenlänge</translation>
    </message>
    <message>
        <source>not a PNG picture</source>
        <translation>kein PNG-Bild</translation>
    </message>
    <message>
        <source>not a JPEG picture</source>
        <translation>kein JPEG-Bild</translation>
    </message>
    <message>
        <source>exercise %1: field '%2'</source>
        <translation>Übung %1: Feld '%2'</translation>
    </message>
    <message>
        <source>expected %1: this is not a Foot Coach routine file</source>
        <translation>erwartet wird %1: Das ist keine Ablaufdatei von Foot Coach</translation>
    </message>
    <message>
        <source>expected a whole number</source>
        <translation>erwartet wird eine ganze Zahl</translation>
    </message>
    <message>
        <source>%1 is from a newer Foot Coach; please update it first</source>
        <translation>%1 stammt von einem neueren Foot Coach; bitte zuerst Foot Coach aktualisieren</translation>
    </message>
    <message>
        <source>expected 1</source>
        <translation>erwartet wird 1</translation>
    </message>
    <message>
        <source>expected a [routine] table</source>
        <translation>erwartet wird eine [routine]-Tabelle</translation>
    </message>
    <message>
        <source>expected text of at most %1 characters</source>
        <translation>erwartet wird Text mit höchstens %1 Zeichen</translation>
    </message>
    <message>
        <source>expected [[exercise]] tables</source>
        <translation>erwartet werden [[exercise]]-Tabellen</translation>
    </message>
    <message>
        <source>more than %1 exercises</source>
        <translation>mehr als %1 Übungen</translation>
    </message>
    <message>
        <source>expected a [pictures] table</source>
        <translation>erwartet wird eine [pictures]-Tabelle</translation>
    </message>
    <message>
        <source>more than %1 pictures</source>
        <translation>mehr als %1 Bilder</translation>
    </message>
    <message>
        <source>expected the picture as base64 text</source>
        <translation>erwartet wird das Bild als base64-Text</translation>
    </message>
    <message>
        <source>not valid base64</source>
        <translation>kein gültiges base64</translation>
    </message>
    <message>
        <source>not in [pictures]</source>
        <translation>fehlt in [pictures]</translation>
    </message>
    <message>
        <source>not a text file (UTF-8)</source>
        <translation>keine Textdatei (UTF-8)</translation>
    </message>
    <message>
        <source>a key has more than %1 parts</source>
        <translation>ein Schlüssel hat mehr als %1 Teile</translation>
    </message>
    <message>
        <source>not valid TOML (%1)</source>
        <translation>kein gültiges TOML (%1)</translation>
    </message>
    <message>
        <source>nested too deeply</source>
        <translation>zu tief verschachtelt</translation>
    </message>
    <message>
        <source>expected a list of exercise ids</source>
        <translation>erwartet wird eine Liste von Übungs-IDs</translation>
    </message>
    <message>
        <source>%1 is not defined in the file</source>
        <translation>%1 ist in der Datei nicht beschrieben</translation>
    </message>
    <message>
        <source>an exercise is listed twice</source>
        <translation>eine Übung steht doppelt in der Liste</translation>
    </message>
    <message>
        <source>%1: %2; no own exercises read</source>
        <translation>%1: %2; keine eigenen Übungen gelesen</translation>
    </message>
    <message>
        <source>%1; this exercise was left out</source>
        <translation>%1; diese Übung wurde weggelassen</translation>
    </message>
    <message>
        <source>%1: exercise %2 appears twice; kept the first</source>
        <translation>%1: Übung %2 kommt doppelt vor; die erste wurde behalten</translation>
    </message>
    <message>
        <source>could not read %1: %2</source>
        <translation>%1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>A copy could not be kept as %1: %2</source>
        <translation>Eine Kopie konnte nicht als %1 aufbewahrt werden: %2</translation>
    </message>
    <message>
        <source>Your own exercises could not be saved to %1: %2</source>
        <translation>Ihre eigenen Übungen konnten nicht in %1 gespeichert werden: %2</translation>
    </message>
    <message>
        <source>The picture could not be saved to %1: %2</source>
        <translation>Das Bild konnte nicht in %1 gespeichert werden: %2</translation>
    </message>
    <message>
        <source>a whole number 0-100</source>
        <translation>eine ganze Zahl von 0 bis 100</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true oder false</translation>
    </message>
    <message>
        <source>seconds 5-120</source>
        <translation>Sekunden von 5 bis 120</translation>
    </message>
    <message>
        <source>a percentage 100-200</source>
        <translation>ein Prozentwert von 100 bis 200</translation>
    </message>
    <message>
        <source>system, en, de or es</source>
        <translation>system, en, de oder es</translation>
    </message>
    <message>
        <source>system, light or dark</source>
        <translation>system, light oder dark</translation>
    </message>
    <message>
        <source>a list of exercise ids, each once</source>
        <translation>eine Liste von Übungs-IDs, jede nur einmal</translation>
    </message>
    <message>
        <source>minutes 0-720</source>
        <translation>Minuten von 0 bis 720</translation>
    </message>
    <message>
        <source>a list of reminders</source>
        <translation>eine Liste von Erinnerungen</translation>
    </message>
    <message>
        <source>a date and time, or empty</source>
        <translation>ein Datum mit Uhrzeit oder leer</translation>
    </message>
    <message>
        <source>a date, or empty</source>
        <translation>ein Datum oder leer</translation>
    </message>
    <message>
        <source>a window size and place, or empty</source>
        <translation>eine Fenstergröße und -position, oder leer</translation>
    </message>
    <message>
        <source>unknown setting '%1' ignored</source>
        <translation>unbekannte Einstellung '%1' übergangen</translation>
    </message>
    <message>
        <source>setting '%1' must be %2; using the default</source>
        <translation>Einstellung '%1' muss %2 sein; es gilt der Standardwert</translation>
    </message>
    <message>
        <source>setting 'reminders' has a bad entry; it was left out</source>
        <translation>Einstellung 'reminders' hat einen fehlerhaften Eintrag; er wurde weggelassen</translation>
    </message>
    <message>
        <source>setting 'reminders' has more than %1; the first %1 were kept</source>
        <translation>die Einstellung 'reminders' hat mehr als %1 Einträge; die ersten %1 wurden behalten</translation>
    </message>
    <message>
        <source>%1; using all defaults</source>
        <translation>%1; alle Standardwerte werden verwendet</translation>
    </message>
    <message>
        <source>Your settings could not be saved to %1: %2</source>
        <translation>Ihre Einstellungen konnten nicht in %1 gespeichert werden: %2</translation>
    </message>
    <message>
        <source>%1 cannot be restored: %2. Your current history is kept.</source>
        <translation>%1 kann nicht wiederhergestellt werden: %2. Ihr jetziger Verlauf bleibt erhalten.</translation>
    </message>
    <message>
        <source>the file is damaged</source>
        <translation>die Datei ist beschädigt</translation>
    </message>
    <message>
        <source>it is not a Foot Coach history file</source>
        <translation>sie ist keine Verlaufsdatei von Foot Coach</translation>
    </message>
    <message>
        <source>its entries do not fit together</source>
        <translation>ihre Einträge passen nicht zusammen</translation>
    </message>
    <message>
        <source>it was made by a newer Foot Coach</source>
        <translation>sie stammt von einem neueren Foot Coach</translation>
    </message>
    <message>
        <source>it contains triggers or views, which a history file never has</source>
        <translation>sie enthält Trigger oder Views, die eine Verlaufsdatei nie hat</translation>
    </message>
    <message>
        <source>the table '%1' is missing or incomplete</source>
        <translation>die Tabelle '%1' fehlt oder ist unvollständig</translation>
    </message>
    <message>
        <source>it cannot be read (%1)</source>
        <translation>sie kann nicht gelesen werden (%1)</translation>
    </message>
    <message>
        <source>it is not a SQLite database</source>
        <translation>sie ist keine SQLite-Datenbank</translation>
    </message>
    <message>
        <source>The history file %1 was written by a newer Foot Coach. Please update Foot Coach; the file has not been changed.</source>
        <translation>Die Verlaufsdatei %1 wurde von einem neueren Foot Coach geschrieben. Bitte aktualisieren Sie Foot Coach; die Datei wurde nicht verändert.</translation>
    </message>
    <message>
        <source>Foot Coach cannot open %1: %2.</source>
        <translation>Foot Coach kann %1 nicht öffnen: %2.</translation>
    </message>
    <message>
        <source>Foot Coach could not read all of its settings and uses its usual ones in their place. Your exercise history is not affected. The old settings file is kept next to the new one, its name ending in .bak and the date.

What was wrong:</source>
        <translation>Foot Coach konnte nicht alle Einstellungen lesen und nimmt an ihrer Stelle die üblichen. Ihr Übungsverlauf ist davon nicht betroffen. Die alte Einstellungsdatei liegt neben der neuen, ihr Name endet auf .bak und das Datum.

Was nicht stimmte:</translation>
    </message>
    <message>
        <source>The history file %1 is damaged or is not a Foot Coach history file.</source>
        <translation>Die Verlaufsdatei %1 ist beschädigt oder keine Verlaufsdatei von Foot Coach.</translation>
    </message>
    <message>
        <source>The history file %1 comes from an older Foot Coach and has to be updated before it can be shown, but it cannot be changed where it is. Nothing in it has been changed or lost. Please make its folder writable (unlock the disk, or check the folder's permissions), or copy the file to a folder you can write to, then start Foot Coach again.</source>
        <translation>Die Verlaufsdatei %1 stammt von einem älteren Foot Coach und muss erst aktualisiert werden, bevor sie angezeigt werden kann, aber dort, wo sie liegt, kann sie nicht geändert werden. Nichts darin wurde geändert oder ist verloren. Bitte machen Sie ihren Ordner beschreibbar (entsperren Sie den Datenträger oder prüfen Sie die Berechtigungen des Ordners) oder kopieren Sie die Datei in einen Ordner, in den Sie schreiben können, und starten Sie Foot Coach dann erneut.</translation>
    </message>
    <message>
        <source>The disk holding %1 is full. Free some space.</source>
        <translation>Der Datenträger mit %1 ist voll. Bitte schaffen Sie etwas Platz.</translation>
    </message>
    <message>
        <source>Another program is using the history file %1, so Foot Coach cannot write to it just now. Close that program (for example a database viewer, or a backup or sync tool).</source>
        <translation>Ein anderes Programm verwendet gerade die Verlaufsdatei %1, deshalb kann Foot Coach im Moment nicht hineinschreiben. Bitte schließen Sie dieses Programm (zum Beispiel ein Datenbankprogramm oder ein Sicherungs- oder Synchronisierungsprogramm).</translation>
    </message>
    <message>
        <source>Foot Coach cannot write to %1. Check its permissions.</source>
        <translation>Foot Coach kann nicht in %1 schreiben. Bitte prüfen Sie die Zugriffsrechte.</translation>
    </message>
    <message>
        <source>Foot Coach cannot write to %1: the disk is read-only.</source>
        <translation>Foot Coach kann nicht in %1 schreiben: Der Datenträger ist schreibgeschützt.</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>der Datenträger ist voll</translation>
    </message>
    <message>
        <source>the disk is read-only</source>
        <translation>der Datenträger ist schreibgeschützt</translation>
    </message>
    <message>
        <source>Foot Coach is not allowed to write there</source>
        <translation>Foot Coach darf dort nicht schreiben</translation>
    </message>
    <message>
        <source>the folder or file is not there</source>
        <translation>der Ordner oder die Datei ist nicht vorhanden</translation>
    </message>
    <message>
        <source>part of the path is a file, not a folder</source>
        <translation>ein Teil des Pfades ist eine Datei, kein Ordner</translation>
    </message>
    <message>
        <source>it is a folder</source>
        <translation>es ist ein Ordner</translation>
    </message>
    <message>
        <source>No reminder is set.</source>
        <translation>Keine Erinnerung eingestellt.</translation>
    </message>
    <message>
        <source>Next reminder: today at %1</source>
        <translation>Nächste Erinnerung: heute um %1</translation>
    </message>
    <message>
        <source>Next reminder: tomorrow at %1</source>
        <translation>Nächste Erinnerung: morgen um %1</translation>
    </message>
    <message>
        <source>Next reminder: %1 at %2</source>
        <translation>Nächste Erinnerung: %1 um %2</translation>
    </message>
    <message>
        <source>Foot exercises</source>
        <translation>Fußübungen</translation>
    </message>
    <message>
        <source>Time for your foot exercises: the routine takes about ten minutes.</source>
        <translation>Zeit für Ihre Fußübungen: Der Ablauf dauert etwa zehn Minuten.</translation>
    </message>
    <message>
        <source>The calendar file %1 could not be saved: %2</source>
        <translation>Die Kalenderdatei %1 konnte nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <source>Today: %1, %2, %3 and %4 of exercise.</source>
        <translation>Heute: %1, %2, %3 und %4 Bewegung.</translation>
    </message>
    <message numerus="yes">
        <source>%n exercise(s)</source>
        <translation>
            <numerusform>%n Übung</numerusform>
            <numerusform>%n Übungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hold(s)</source>
        <translation>
            <numerusform>%n-mal gehalten</numerusform>
            <numerusform>%n-mal gehalten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n Minute</numerusform>
            <numerusform>%n Minuten</numerusform>
        </translation>
    </message>
    <message>
        <source>Your first day: well begun.</source>
        <translation>Ihr erster Tag: ein guter Anfang.</translation>
    </message>
    <message numerus="yes">
        <source>%n repetition(s) more than last time.</source>
        <translation>
            <numerusform>%n Wiederholung mehr als beim letzten Mal.</numerusform>
            <numerusform>%n Wiederholungen mehr als beim letzten Mal.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n repetition(s) fewer than last time.</source>
        <translation>
            <numerusform>%n Wiederholung weniger als beim letzten Mal.</numerusform>
            <numerusform>%n Wiederholungen weniger als beim letzten Mal.</numerusform>
        </translation>
    </message>
    <message>
        <source>As many repetitions as last time.</source>
        <translation>So viele Wiederholungen wie beim letzten Mal.</translation>
    </message>
    <message numerus="yes">
        <source>You have exercised %n day(s) in a row.</source>
        <translation>
            <numerusform>Tag %n einer neuen Serie.</numerusform>
            <numerusform>Sie haben %n Tage in Folge geübt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n time(s) for %1 s</source>
        <translation>
            <numerusform>%n-mal je %1 s</numerusform>
            <numerusform>%n-mal je %1 s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n time(s), hold %1 s each</source>
        <translation>
            <numerusform>%n-mal, %1 s halten</numerusform>
            <numerusform>%n-mal, jeweils %1 s halten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n time(s)</source>
        <translation>
            <numerusform>%n-mal</numerusform>
            <numerusform>%n-mal</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n step(s)</source>
        <translation>
            <numerusform>%n Schritt</numerusform>
            <numerusform>%n Schritte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n circle(s)</source>
        <translation>
            <numerusform>%n Kreis</numerusform>
            <numerusform>%n Kreise</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n move(s)</source>
        <translation>
            <numerusform>%n Bewegung</numerusform>
            <numerusform>%n Bewegungen</numerusform>
        </translation>
    </message>
    <message>
        <source>now %1</source>
        <translation>jetzt %1</translation>
    </message>
    <message>
        <source>now %1 (was %2)</source>
        <translation>jetzt %1 (vorher %2)</translation>
    </message>
    <message>
        <source>%1 each way</source>
        <translation>%1 in jede Richtung</translation>
    </message>
    <message>
        <source>Today: %1, on each foot</source>
        <translation>Heute: %1, mit jedem Fuß</translation>
    </message>
    <message>
        <source>Today: %1</source>
        <translation>Heute: %1</translation>
    </message>
    <message>
        <source>Foot Coach starts at login to remind you of your exercises.</source>
        <translation>Foot Coach startet bei der Anmeldung, um Sie an Ihre Übungen zu erinnern.</translation>
    </message>
    <message>
        <source>Exercise %1 of %2</source>
        <translation>Übung %1 von %2</translation>
    </message>
    <message>
        <source>Paused. Press Space or Resume to carry on.</source>
        <translation>Pause. Weiter mit der Leertaste oder „Weiter“.</translation>
    </message>
    <message>
        <source>Carrying on.</source>
        <translation>Es geht weiter.</translation>
    </message>
    <message>
        <source>Stopped before it started. Nothing was counted.</source>
        <translation>Beendet, bevor die Einheit begann. Nichts wurde gezählt.</translation>
    </message>
    <message>
        <source>Stopped. Everything you did is saved.</source>
        <translation>Beendet. Alles, was Sie gemacht haben, ist gespeichert.</translation>
    </message>
    <message>
        <source>Show as table</source>
        <translation>Als Tabelle zeigen</translation>
    </message>
    <message>
        <source>%1: show as table</source>
        <translation>%1: als Tabelle zeigen</translation>
    </message>
    <message>
        <source>The figures behind the chart</source>
        <translation>Die Zahlen hinter dem Diagramm</translation>
    </message>
    <message>
        <source>Hide the table</source>
        <translation>Tabelle ausblenden</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Foot Coach is already open, but it is not answering right now.

Please wait a moment, then open Foot Coach again. If it still does not answer, close the Foot Coach window and open it again, or restart the computer.</source>
        <translation>Foot Coach ist schon geöffnet, antwortet aber gerade nicht.

Bitte warten Sie einen Moment und öffnen Sie Foot Coach dann noch einmal. Wenn es immer noch nicht antwortet, schließen Sie das Fenster von Foot Coach und öffnen Sie es neu, oder starten Sie den Computer neu.</translation>
    </message>
    <message>
        <source>Stop the session?</source>
        <translation>Die Einheit beenden?</translation>
    </message>
    <message>
        <source>Stop now? Everything you have done so far is saved.</source>
        <translation>Jetzt aufhören? Alles, was Sie bisher gemacht haben, ist gespeichert.</translation>
    </message>
    <message>
        <source>%1 (continued)</source>
        <translation>%1 (Fortsetzung)</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
    <message>
        <source>The sounds and the voice are not working. Follow the countdown on screen.</source>
        <translation>Die Töne und die Stimme funktionieren nicht. Folgen Sie dem Countdown auf dem Bildschirm.</translation>
    </message>
    <message>
        <source>The voice is not working. Follow the countdown on screen.</source>
        <translation>Die Stimme funktioniert nicht. Folgen Sie dem Countdown auf dem Bildschirm.</translation>
    </message>
    <message>
        <source>The sounds are not working. Follow the countdown on screen.</source>
        <translation>Die Töne funktionieren nicht. Folgen Sie dem Countdown auf dem Bildschirm.</translation>
    </message>
</context>
<context>
    <name>CheckInDialog</name>
    <message>
        <source>How do you feel before you start?</source>
        <translation>Wie fühlen Sie sich, bevor Sie anfangen?</translation>
    </message>
    <message>
        <source>How do you feel now?</source>
        <translation>Wie fühlen Sie sich jetzt?</translation>
    </message>
    <message>
        <source>Pain check-in</source>
        <translation>Schmerz-Abfrage</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Rücken</translation>
    </message>
    <message>
        <source>Hip</source>
        <translation>Hüfte</translation>
    </message>
    <message>
        <source>Knee</source>
        <translation>Knie</translation>
    </message>
    <message>
        <source>0 is no pain, 10 is the worst you can imagine</source>
        <translation>0 heißt keine Schmerzen, 10 die schlimmsten, die Sie sich vorstellen können</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Save (Enter)</source>
        <translation>Speichern (Eingabetaste)</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Überspringen</translation>
    </message>
    <message>
        <source>Skip the check-in (Esc)</source>
        <translation>Abfrage überspringen (Esc)</translation>
    </message>
    <message>
        <source>Skip the check-in</source>
        <translation>Abfrage überspringen</translation>
    </message>
    <message>
        <source>0 means no pain at all, 10 the worst pain.</source>
        <translation>0 heißt gar keine Schmerzen, 10 die stärksten Schmerzen.</translation>
    </message>
</context>
<context>
    <name>Cues</name>
    <message>
        <source>The sounds are off.</source>
        <translation>Die Töne sind aus.</translation>
    </message>
    <message>
        <source>The sounds start when a session starts.</source>
        <translation>Die Töne starten, wenn eine Einheit beginnt.</translation>
    </message>
    <message>
        <source>Getting the sounds ready…</source>
        <translation>Die Töne werden vorbereitet …</translation>
    </message>
    <message>
        <source>The sounds could not be started, so Foot Coach stays silent.</source>
        <translation>Die Töne konnten nicht gestartet werden, daher bleibt Foot Coach still.</translation>
    </message>
    <message>
        <source>No sound output was found, so Foot Coach stays silent. Connect speakers or headphones, or turn the sound on in the computer's settings.</source>
        <translation>Es wurde kein Tonausgang gefunden, daher bleibt Foot Coach still. Schließen Sie Lautsprecher oder Kopfhörer an oder schalten Sie den Ton in den Einstellungen des Computers ein.</translation>
    </message>
    <message>
        <source>The cue sounds could not be loaded, so Foot Coach stays silent.</source>
        <translation>Die Signaltöne konnten nicht geladen werden, daher bleibt Foot Coach still.</translation>
    </message>
    <message>
        <source>The sounds start when a session starts. Last time they played through: %1</source>
        <translation>Die Töne starten, wenn eine Einheit beginnt. Zuletzt erklangen sie über: %1</translation>
    </message>
    <message>
        <source>Sounds are ready. They play through: %1</source>
        <translation>Die Töne sind bereit. Sie erklingen über: %1</translation>
    </message>
    <message>
        <source>The voice is off.</source>
        <translation>Die Stimme ist aus.</translation>
    </message>
    <message>
        <source>The computer's sound system did not answer, so Foot Coach stays silent. It keeps trying to start the sounds again while a session runs; if they stay away, restart the computer.</source>
        <translation>Das Tonsystem des Computers hat nicht geantwortet, daher bleibt Foot Coach still. Solange eine Einheit läuft, versucht Foot Coach immer wieder, die Töne neu zu starten; bleiben sie weg, starten Sie den Computer neu.</translation>
    </message>
    <message>
        <source>The voice starts when a session starts.</source>
        <translation>Die Stimme startet, wenn eine Einheit beginnt.</translation>
    </message>
    <message>
        <source>Getting the voice ready…</source>
        <translation>Die Stimme wird vorbereitet …</translation>
    </message>
    <message>
        <source>The voice is not answering, so Foot Coach carries on without it. It keeps trying to start the voice again while a session runs.</source>
        <translation>Die Stimme antwortet nicht, daher macht Foot Coach ohne sie weiter. Solange eine Einheit läuft, versucht Foot Coach immer wieder, die Stimme neu zu starten.</translation>
    </message>
    <message>
        <source>The sounds stopped working, so Foot Coach stays silent. It keeps trying to start them again while a session runs.</source>
        <translation>Die Töne funktionieren nicht mehr, daher bleibt Foot Coach still. Solange eine Einheit läuft, versucht Foot Coach immer wieder, sie neu zu starten.</translation>
    </message>
    <message>
        <source>No voice is installed. Install speech-dispatcher to hear the steps.</source>
        <translation>Es ist keine Stimme installiert. Installieren Sie speech-dispatcher, um die Schritte zu hören.</translation>
    </message>
    <message>
        <source>The voice does not work, so Foot Coach carries on without it. Check that speech-dispatcher is installed.</source>
        <translation>Die Stimme funktioniert nicht, daher macht Foot Coach ohne sie weiter. Prüfen Sie, ob speech-dispatcher installiert ist.</translation>
    </message>
    <message>
        <source>The voice starts when a session starts. Last time it spoke: %1</source>
        <translation>Die Stimme startet, wenn eine Einheit beginnt. Zuletzt sprach sie: %1</translation>
    </message>
    <message>
        <source>The voice is speaking. Language: %1</source>
        <translation>Die Stimme spricht. Sprache: %1</translation>
    </message>
    <message>
        <source>The voice is ready. Language: %1</source>
        <translation>Die Stimme ist bereit. Sprache: %1</translation>
    </message>
    <message>
        <source>The voice has no voice for this language, so it speaks: %1</source>
        <translation>Für diese Sprache gibt es keine Stimme, daher spricht sie: %1</translation>
    </message>
</context>
<context>
    <name>ExerciseCard</name>
    <message>
        <source>How to do it: %1</source>
        <translation>So geht es: %1</translation>
    </message>
</context>
<context>
    <name>ExerciseEditor</name>
    <message>
        <source>Your own exercise</source>
        <translation>Ihre eigene Übung</translation>
    </message>
    <message>
        <source>Your picture: %1</source>
        <translation>Ihr Bild: %1</translation>
    </message>
    <message>
        <source>Choose a picture</source>
        <translation>Ein Bild wählen</translation>
    </message>
    <message>
        <source>Pictures (*.png *.jpg *.jpeg *.svg)</source>
        <translation>Bilder (*.png *.jpg *.jpeg *.svg)</translation>
    </message>
    <message>
        <source>That picture cannot be used: %1</source>
        <translation>Dieses Bild lässt sich nicht verwenden: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>ExercisesPage</name>
    <message>
        <source>‹ Previous</source>
        <translation>‹ Zurück</translation>
    </message>
    <message>
        <source>Previous exercise</source>
        <translation>Vorherige Übung</translation>
    </message>
    <message>
        <source>Next ›</source>
        <translation>Weiter ›</translation>
    </message>
    <message>
        <source>Next exercise</source>
        <translation>Nächste Übung</translation>
    </message>
    <message>
        <source>Start routine</source>
        <translation>Ablauf starten</translation>
    </message>
    <message>
        <source>Practise this one</source>
        <translation>Diese üben</translation>
    </message>
    <message>
        <source>Practise this exercise</source>
        <translation>Diese Übung üben</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <source>Add Foot Coach to the applications menu</source>
        <translation>Foot Coach zum Anwendungsmenü hinzufügen</translation>
    </message>
    <message>
        <source>Add to the applications menu</source>
        <translation>Zum Anwendungsmenü hinzufügen</translation>
    </message>
    <message>
        <source>Find Foot Coach in the menu of your computer, with its icon</source>
        <translation>Foot Coach mit seinem Symbol im Menü Ihres Computers finden</translation>
    </message>
    <message>
        <source>Welcome to Foot Coach</source>
        <translation>Willkommen bei Foot Coach</translation>
    </message>
    <message>
        <source>Skip this step</source>
        <translation>Diesen Schritt überspringen</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <source>Go on without answering this step</source>
        <translation>Ohne Antwort weitermachen</translation>
    </message>
    <message>
        <source>Go on (Enter)</source>
        <translation>Weiter (Eingabetaste)</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>Willkommen</translation>
    </message>
    <message>
        <source>Foot Coach guides you through five gentle foot exercises: toe curls, arch raises, the heel-to-toe walk, ankle circles and toe spreading. It counts for you, speaks the steps, and keeps a private log on this computer.</source>
        <translation>Foot Coach begleitet Sie durch fünf sanfte Fußübungen: Zehen krallen, Fußgewölbe anheben, Fersen-Zehen-Gang, Fußkreisen und Zehen spreizen. Es zählt für Sie, sagt die Schritte an und führt ein privates Protokoll auf diesem Computer.</translation>
    </message>
    <message>
        <source>These exercises are general advice, not a treatment. If you have pain that does not go away, or pain that is severe, please see a doctor or physiotherapist.</source>
        <translation>Diese Übungen sind allgemeine Ratschläge, keine Behandlung. Wenn Schmerzen nicht weggehen oder stark sind, gehen Sie bitte zu einem Arzt oder einer Physiotherapeutin.</translation>
    </message>
    <message>
        <source>Remind me every day at</source>
        <translation>Erinnere mich jeden Tag um</translation>
    </message>
    <message>
        <source>Reminder time</source>
        <translation>Uhrzeit der Erinnerung</translation>
    </message>
    <message>
        <source>Daily reminder</source>
        <translation>Tägliche Erinnerung</translation>
    </message>
    <message>
        <source>Remind me every day</source>
        <translation>Erinnere mich jeden Tag</translation>
    </message>
    <message>
        <source>A daily reminder</source>
        <translation>Eine tägliche Erinnerung</translation>
    </message>
    <message>
        <source>Pick a time of day that suits you. You can change it later.</source>
        <translation>Wählen Sie eine Tageszeit, die Ihnen passt. Sie können sie später ändern.</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>Lautstärke</translation>
    </message>
    <message>
        <source>Volume of sounds and voice</source>
        <translation>Lautstärke von Tönen und Stimme</translation>
    </message>
    <message>
        <source>Volume in percent</source>
        <translation>Lautstärke in Prozent</translation>
    </message>
    <message>
        <source>Play sounds</source>
        <translation>Töne abspielen</translation>
    </message>
    <message>
        <source>Speak the steps out loud</source>
        <translation>Die Schritte laut ansagen</translation>
    </message>
    <message>
        <source>Try the sound</source>
        <translation>Ton ausprobieren</translation>
    </message>
    <message>
        <source>Try the voice</source>
        <translation>Stimme ausprobieren</translation>
    </message>
    <message>
        <source>A short sound at each step</source>
        <translation>Ein kurzer Ton bei jedem Schritt</translation>
    </message>
    <message>
        <source>Speak the steps</source>
        <translation>Schritte ansagen</translation>
    </message>
    <message>
        <source>A voice says each step</source>
        <translation>Eine Stimme sagt jeden Schritt an</translation>
    </message>
    <message>
        <source>Play a cue now</source>
        <translation>Jetzt einen Ton abspielen</translation>
    </message>
    <message>
        <source>Hear the voice now</source>
        <translation>Die Stimme jetzt hören</translation>
    </message>
    <message>
        <source>Sound and voice</source>
        <translation>Ton und Stimme</translation>
    </message>
    <message>
        <source>Foot Coach can beep and speak so you need not watch the screen.</source>
        <translation>Foot Coach kann piepen und sprechen, damit Sie nicht auf den Bildschirm schauen müssen.</translation>
    </message>
    <message>
        <source>Start using Foot Coach</source>
        <translation>Foot Coach verwenden</translation>
    </message>
    <message>
        <source>Step %1 of %2</source>
        <translation>Schritt %1 von %2</translation>
    </message>
</context>
<context>
    <name>HistoryPage</name>
    <message>
        <source>Last week</source>
        <translation>Letzte Woche</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>Letzter Monat</translation>
    </message>
    <message>
        <source>Last year</source>
        <translation>Letztes Jahr</translation>
    </message>
    <message>
        <source>Everything</source>
        <translation>Alles</translation>
    </message>
    <message>
        <source>Time range</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>How far back the charts and totals go</source>
        <translation>Wie weit die Diagramme und Summen zurückreichen</translation>
    </message>
    <message>
        <source>Nothing here yet. When you finish your first exercises, your progress will show up here: minutes per day, streaks, and how each exercise grows.</source>
        <translation>Hier ist noch nichts. Sobald Sie Ihre ersten Übungen beendet haben, erscheint hier Ihr Fortschritt: Minuten pro Tag, Serien und wie jede Übung wächst.</translation>
    </message>
    <message>
        <source>Past sessions</source>
        <translation>Frühere Einheiten</translation>
    </message>
    <message>
        <source>Choose a session to add a note to it or delete it</source>
        <translation>Wählen Sie eine Einheit, um eine Notiz hinzuzufügen oder sie zu löschen</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Zeigen:</translation>
    </message>
    <message>
        <source>Report for my physiotherapist…</source>
        <translation>Bericht für die Physiotherapie …</translation>
    </message>
    <message>
        <source>&lt;b&gt;Past sessions&lt;/b&gt;</source>
        <translation>&lt;b&gt;Frühere Einheiten&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Add a note…</source>
        <translation>Notiz hinzufügen …</translation>
    </message>
    <message>
        <source>Delete session…</source>
        <translation>Einheit löschen …</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>CSV exportieren …</translation>
    </message>
    <message>
        <source>Back up…</source>
        <translation>Sichern …</translation>
    </message>
    <message>
        <source>Restore…</source>
        <translation>Wiederherstellen …</translation>
    </message>
    <message numerus="yes">
        <source>Active on %n day(s) this year.</source>
        <translation>
            <numerusform>Dieses Jahr an %n Tag aktiv.</numerusform>
            <numerusform>Dieses Jahr an %n Tagen aktiv.</numerusform>
        </translation>
    </message>
    <message>
        <source>These have the same counts, so their lines lie on top of each other: %1.</source>
        <translation>Diese haben dieselben Zahlen, daher liegen ihre Linien übereinander: %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n active minute(s) in this range; one bar per %1.</source>
        <translation>
            <numerusform>%Ln aktive Minute in diesem Zeitraum; ein Balken pro %1.</numerusform>
            <numerusform>%Ln aktive Minuten in diesem Zeitraum; ein Balken pro %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n repetition(s) in this range; one point per %1.</source>
        <translation>
            <numerusform>%Ln Wiederholung in diesem Zeitraum; ein Punkt pro %1.</numerusform>
            <numerusform>%Ln Wiederholungen in diesem Zeitraum; ein Punkt pro %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>day</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>week</source>
        <translation>Woche</translation>
    </message>
    <message>
        <source>month</source>
        <translation>Monat</translation>
    </message>
    <message>
        <source>finished</source>
        <translation>beendet</translation>
    </message>
    <message>
        <source>stopped early</source>
        <translation>vorzeitig beendet</translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation>unterbrochen</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>läuft noch</translation>
    </message>
    <message>
        <source>stopped: it hurt</source>
        <translation>beendet: es tat weh</translation>
    </message>
    <message>
        <source>reps</source>
        <translation>Wdh.</translation>
    </message>
    <message>
        <source>Active minutes</source>
        <translation>Aktive Minuten</translation>
    </message>
    <message>
        <source>Current streak: %1 · Best streak: %2</source>
        <translation>Aktuelle Serie: %1 · Beste Serie: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s)</source>
        <translation>
            <numerusform>%Ln Einheit</numerusform>
            <numerusform>%Ln Einheiten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n active minute(s)</source>
        <translation>
            <numerusform>%Ln aktive Minute</numerusform>
            <numerusform>%Ln aktive Minuten</numerusform>
        </translation>
    </message>
    <message>
        <source>This week: %1, %2 · In total: %3</source>
        <translation>Diese Woche: %1, %2 · Insgesamt: %3</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tage</numerusform>
        </translation>
    </message>
    <message>
        <source>all skipped</source>
        <translation>alles übersprungen</translation>
    </message>
    <message numerus="yes">
        <source>%n rep(s)</source>
        <translation>
            <numerusform>%n Wiederholung</numerusform>
            <numerusform>%n Wiederholungen</numerusform>
        </translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>Minuten</translation>
    </message>
    <message>
        <source>Repetitions per exercise</source>
        <translation>Wiederholungen pro Übung</translation>
    </message>
    <message>
        <source>Active days this year</source>
        <translation>Aktive Tage in diesem Jahr</translation>
    </message>
    <message>
        <source>Pain check-ins (0–10)</source>
        <translation>Schmerz-Abfragen (0–10)</translation>
    </message>
    <message>
        <source>pain</source>
        <translation>Schmerz</translation>
    </message>
    <message>
        <source>Average pain in this range, 0 to 10: %1.</source>
        <translation>Durchschnittlicher Schmerz in diesem Zeitraum, 0 bis 10: %1.</translation>
    </message>
    <message>
        <source>Active days</source>
        <translation>Aktive Tage</translation>
    </message>
    <message>
        <source>week of %1</source>
        <translation>Woche vom %1</translation>
    </message>
    <message>
        <source>%1 (only %2 to %3)</source>
        <translation>%1 (nur %2 bis %3)</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Rücken</translation>
    </message>
    <message>
        <source>Hip</source>
        <translation>Hüfte</translation>
    </message>
    <message>
        <source>Knee</source>
        <translation>Knie</translation>
    </message>
    <message>
        <source>No pain check-ins in this range.</source>
        <translation>Keine Schmerz-Abfragen in diesem Zeitraum.</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Your note:</source>
        <translation>Ihre Notiz:</translation>
    </message>
    <message>
        <source>Delete session?</source>
        <translation>Einheit löschen?</translation>
    </message>
    <message>
        <source>Delete this session from your history?</source>
        <translation>Diese Einheit aus Ihrem Verlauf löschen?</translation>
    </message>
</context>
<context>
    <name>HoldSwitches</name>
    <message>
        <source>Hold a reminder while the screen is locked</source>
        <translation>Erinnerung zurückhalten, solange der Bildschirm gesperrt ist</translation>
    </message>
    <message>
        <source>Hold a reminder while I am away from the computer</source>
        <translation>Erinnerung zurückhalten, solange ich nicht am Computer bin</translation>
    </message>
    <message>
        <source>Hold a reminder while another program fills the screen (a film, a call)</source>
        <translation>Erinnerung zurückhalten, solange ein anderes Programm den ganzen Bildschirm füllt (ein Film, ein Anruf)</translation>
    </message>
    <message>
        <source>A reminder due then waits, and comes once when you are back</source>
        <translation>Eine fällige Erinnerung wartet dann und kommt einmal, wenn Sie zurück sind</translation>
    </message>
</context>
<context>
    <name>IllustrationView</name>
    <message>
        <source>Foot Coach</source>
        <translation>Foot Coach</translation>
    </message>
    <message>
        <source>Exercise picture</source>
        <translation>Übungsbild</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Foot Coach</source>
        <translation>Foot Coach</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Seiten</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Welcome tour</source>
        <translation>Einführung</translation>
    </message>
    <message>
        <source>About footwear</source>
        <translation>Über Schuhe</translation>
    </message>
    <message>
        <source>Troubleshooting</source>
        <translation>Hilfe bei Problemen</translation>
    </message>
    <message>
        <source>About Foot Coach</source>
        <translation>Über Foot Coach</translation>
    </message>
</context>
<context>
    <name>PageDots</name>
    <message>
        <source>Page</source>
        <translation>Seite</translation>
    </message>
    <message>
        <source>Exercise %1 of %2</source>
        <translation>Übung %1 von %2</translation>
    </message>
</context>
<context>
    <name>PainScale</name>
    <message>
        <source>%1: not answered</source>
        <translation>%1: keine Angabe</translation>
    </message>
    <message>
        <source>%1: %2 of 10</source>
        <translation>%1: %2 von 10</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>All Files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
</context>
<context>
    <name>RatingBar</name>
    <message>
        <source>Too easy</source>
        <translation>Zu leicht</translation>
    </message>
    <message>
        <source>About right</source>
        <translation>Genau richtig</translation>
    </message>
    <message>
        <source>Too hard</source>
        <translation>Zu schwer</translation>
    </message>
    <message>
        <source>%1 (key %2)</source>
        <translation>%1 (Taste %2)</translation>
    </message>
    <message>
        <source>How did %1 feel?</source>
        <translation>Wie hat sich %1 angefühlt?</translation>
    </message>
    <message>
        <source>How did it feel?</source>
        <translation>Wie hat es sich angefühlt?</translation>
    </message>
    <message>
        <source>Noted: %1.</source>
        <translation>Notiert: %1.</translation>
    </message>
</context>
<context>
    <name>ReminderPrompt</name>
    <message>
        <source>Time for your foot exercises</source>
        <translation>Zeit für Ihre Fußübungen</translation>
    </message>
    <message>
        <source>The routine takes about ten minutes. Shall we start?</source>
        <translation>Der Ablauf dauert etwa zehn Minuten. Wollen wir anfangen?</translation>
    </message>
    <message>
        <source>Start now</source>
        <translation>Jetzt starten</translation>
    </message>
    <message>
        <source>Start the routine (Enter)</source>
        <translation>Den Ablauf starten (Eingabetaste)</translation>
    </message>
    <message>
        <source>In 10 minutes</source>
        <translation>In 10 Minuten</translation>
    </message>
    <message>
        <source>Remind me again in 10 minutes</source>
        <translation>In 10 Minuten noch einmal erinnern</translation>
    </message>
    <message>
        <source>Not today</source>
        <translation>Heute nicht</translation>
    </message>
    <message>
        <source>No more reminders today</source>
        <translation>Heute keine Erinnerungen mehr</translation>
    </message>
</context>
<context>
    <name>ReminderRow</name>
    <message>
        <source>Reminder time</source>
        <translation>Uhrzeit der Erinnerung</translation>
    </message>
    <message>
        <source>The time of day for this reminder</source>
        <translation>Die Tageszeit für diese Erinnerung</translation>
    </message>
    <message>
        <source>On</source>
        <translation>An</translation>
    </message>
    <message>
        <source>Reminder on</source>
        <translation>Erinnerung an</translation>
    </message>
    <message>
        <source>Switch this reminder on or off</source>
        <translation>Diese Erinnerung ein- oder ausschalten</translation>
    </message>
    <message>
        <source>Remind me on this day</source>
        <translation>An diesem Tag erinnern</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Remove this reminder</source>
        <translation>Diese Erinnerung entfernen</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Uhrzeit</translation>
    </message>
</context>
<context>
    <name>RemindersPage</name>
    <message>
        <source>Reminders</source>
        <translation>Erinnerungen</translation>
    </message>
    <message>
        <source>Add a reminder</source>
        <translation>Eine Erinnerung hinzufügen</translation>
    </message>
    <message>
        <source>Add a reminder (Ctrl+N)</source>
        <translation>Eine Erinnerung hinzufügen (Strg+N)</translation>
    </message>
    <message>
        <source>No reminder on days I have already done my exercises</source>
        <translation>Keine Erinnerung an Tagen, an denen ich meine Übungen schon gemacht habe</translation>
    </message>
    <message>
        <source>Pause all reminders for today</source>
        <translation>Alle Erinnerungen für heute anhalten</translation>
    </message>
    <message>
        <source>Start Foot Coach when I log in (it waits quietly in the tray)</source>
        <translation>Foot Coach beim Anmelden starten (es wartet still im Infobereich)</translation>
    </message>
    <message>
        <source>Save the reminders as a calendar file, so your phone can remind you too</source>
        <translation>Die Erinnerungen als Kalenderdatei speichern, damit auch Ihr Telefon Sie erinnert</translation>
    </message>
    <message>
        <source>Add to calendar</source>
        <translation>Zum Kalender hinzufügen</translation>
    </message>
    <message>
        <source>Add to calendar…</source>
        <translation>Zum Kalender hinzufügen…</translation>
    </message>
    <message>
        <source>Calendar files (*.ics)</source>
        <translation>Kalenderdateien (*.ics)</translation>
    </message>
</context>
<context>
    <name>RoutinePage</name>
    <message>
        <source>Your routine</source>
        <translation>Ihr Ablauf</translation>
    </message>
    <message>
        <source>Tick the exercises to do and put them in the order you like.</source>
        <translation>Haken Sie die Übungen an, die Sie machen möchten, und bringen Sie sie in Ihre Reihenfolge.</translation>
    </message>
    <message>
        <source>Exercises in the routine</source>
        <translation>Übungen im Ablauf</translation>
    </message>
    <message>
        <source>Tick to include; choose one to move it or set its amount</source>
        <translation>Anhaken, um sie aufzunehmen; eine wählen, um sie zu verschieben oder ihren Umfang festzulegen</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Nach oben</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Nach unten</translation>
    </message>
    <message>
        <source>Tick all</source>
        <translation>Alle anhaken</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Rest between exercises</source>
        <translation>Pause zwischen den Übungen</translation>
    </message>
    <message>
        <source>Rest between exercises, in seconds</source>
        <translation>Pause zwischen den Übungen, in Sekunden</translation>
    </message>
    <message>
        <source>Save routine</source>
        <translation>Ablauf speichern</translation>
    </message>
    <message>
        <source>Amount set by hand</source>
        <translation>Umfang von Hand</translation>
    </message>
    <message>
        <source>Repetitions, or steps or circles each way</source>
        <translation>Wiederholungen, oder Schritte bzw. Kreise je Richtung</translation>
    </message>
    <message>
        <source>How long to hold each time, in seconds</source>
        <translation>Wie lange jedes Mal halten, in Sekunden</translation>
    </message>
    <message>
        <source>Use this amount</source>
        <translation>Diesen Umfang verwenden</translation>
    </message>
    <message>
        <source>Back to automatic</source>
        <translation>Zurück zu automatisch</translation>
    </message>
    <message>
        <source>Times</source>
        <translation>Mal</translation>
    </message>
    <message>
        <source>Hold</source>
        <translation>Halten</translation>
    </message>
    <message>
        <source>Your own exercises</source>
        <translation>Ihre eigenen Übungen</translation>
    </message>
    <message>
        <source>Add an exercise from your physiotherapist, or make a copy of one of the five and change it. A routine file brings a whole routine in one go.</source>
        <translation>Fügen Sie eine Übung von Ihrer Physiotherapeutin hinzu, oder kopieren Sie eine der fünf und ändern Sie sie. Eine Ablauf-Datei bringt einen ganzen Ablauf auf einmal.</translation>
    </message>
    <message>
        <source>New exercise…</source>
        <translation>Neue Übung …</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>Ändern …</translation>
    </message>
    <message>
        <source>Make a copy…</source>
        <translation>Kopie anlegen …</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Löschen …</translation>
    </message>
    <message>
        <source>Import a routine…</source>
        <translation>Einen Ablauf importieren …</translation>
    </message>
    <message>
        <source>Export this routine…</source>
        <translation>Diesen Ablauf exportieren …</translation>
    </message>
    <message>
        <source>Amount for %1</source>
        <translation>Umfang für %1</translation>
    </message>
    <message>
        <source>Set by hand: the coach leaves it as it is.</source>
        <translation>Von Hand festgelegt: Der Coach lässt ihn, wie er ist.</translation>
    </message>
    <message>
        <source>Automatic: the coach raises it gently as you go.</source>
        <translation>Automatisch: Der Coach steigert ihn behutsam mit der Zeit.</translation>
    </message>
    <message>
        <source>Tick at least one exercise, then save again.</source>
        <translation>Haken Sie mindestens eine Übung an und speichern Sie dann erneut.</translation>
    </message>
    <message>
        <source>Saved. "Start routine" now runs these exercises.</source>
        <translation>Gespeichert. „Ablauf starten“ führt jetzt diese Übungen aus.</translation>
    </message>
</context>
<context>
    <name>SafetyNotice</name>
    <message>
        <source>A note about your pain</source>
        <translation>Ein Hinweis zu Ihren Schmerzen</translation>
    </message>
    <message>
        <source>Got it</source>
        <translation>Verstanden</translation>
    </message>
    <message>
        <source>Put this note away</source>
        <translation>Diesen Hinweis schließen</translation>
    </message>
</context>
<context>
    <name>SessionPage</name>
    <message>
        <source>Progress through the routine</source>
        <translation>Fortschritt im Ablauf</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Überspringen</translation>
    </message>
    <message>
        <source>Next exercise</source>
        <translation>Nächste Übung</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Aufhören</translation>
    </message>
    <message>
        <source>Stop — it hurts</source>
        <translation>Aufhören — es tut weh</translation>
    </message>
    <message>
        <source>Focus mode</source>
        <translation>Vollbild</translation>
    </message>
    <message>
        <source>No session is running.</source>
        <translation>Gerade läuft keine Einheit.</translation>
    </message>
    <message>
        <source>Ready when you are</source>
        <translation>Bereit, wenn Sie es sind</translation>
    </message>
    <message>
        <source>Start your routine here, or practise one exercise from the Exercises page.</source>
        <translation>Starten Sie hier Ihren Ablauf oder üben Sie eine einzelne Übung auf der Seite Übungen.</translation>
    </message>
    <message>
        <source>Start routine</source>
        <translation>Ablauf starten</translation>
    </message>
    <message>
        <source>Back to exercises</source>
        <translation>Zurück zu den Übungen</translation>
    </message>
    <message>
        <source>Leave focus mode</source>
        <translation>Vollbild beenden</translation>
    </message>
    <message>
        <source>Seconds left: %1</source>
        <translation>Verbleibende Sekunden: %1</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <source>Paused. Press Space or Resume to carry on.</source>
        <translation>Pause. Weiter mit der Leertaste oder „Weiter“.</translation>
    </message>
    <message>
        <source>Everything you did is saved.</source>
        <translation>Alles, was Sie gemacht haben, ist gespeichert.</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Beendet</translation>
    </message>
    <message>
        <source>Stopped before it started. Nothing was counted.</source>
        <translation>Beendet, bevor die Einheit begann. Nichts wurde gezählt.</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>Lautstärke</translation>
    </message>
    <message>
        <source>Volume of sounds and voice</source>
        <translation>Lautstärke von Tönen und Stimme</translation>
    </message>
    <message>
        <source>Volume in percent</source>
        <translation>Lautstärke in Prozent</translation>
    </message>
    <message>
        <source>Mute all sounds</source>
        <translation>Alle Töne aus</translation>
    </message>
    <message>
        <source>Mute all sounds (Ctrl+M)</source>
        <translation>Alle Töne aus (Strg+M)</translation>
    </message>
    <message>
        <source>Speak the steps aloud</source>
        <translation>Die Schritte laut ansagen</translation>
    </message>
    <message>
        <source>A voice says each step</source>
        <translation>Eine Stimme sagt jeden Schritt an</translation>
    </message>
    <message>
        <source>Try the sound</source>
        <translation>Ton ausprobieren</translation>
    </message>
    <message>
        <source>Play a cue now</source>
        <translation>Jetzt einen Ton abspielen</translation>
    </message>
    <message>
        <source>Same as the computer</source>
        <translation>Wie am Computer</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source>Colours</source>
        <translation>Farben</translation>
    </message>
    <message>
        <source>Light or dark colours</source>
        <translation>Helle oder dunkle Farben</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation>Schriftgröße</translation>
    </message>
    <message>
        <source>Make all text larger</source>
        <translation>Alle Texte größer machen</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>The language of Foot Coach</source>
        <translation>Die Sprache von Foot Coach</translation>
    </message>
    <message>
        <source>A new language is used from the next start.</source>
        <translation>Eine neue Sprache gilt ab dem nächsten Start.</translation>
    </message>
</context>
<context>
    <name>Tray</name>
    <message>
        <source>Foot Coach</source>
        <translation>Foot Coach</translation>
    </message>
    <message>
        <source>Start routine</source>
        <translation>Ablauf starten</translation>
    </message>
    <message>
        <source>Open Foot Coach</source>
        <translation>Foot Coach öffnen</translation>
    </message>
    <message>
        <source>Snooze</source>
        <translation>Später erinnern</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n Minute</numerusform>
            <numerusform>%n Minuten</numerusform>
        </translation>
    </message>
    <message>
        <source>Pause reminders for today</source>
        <translation>Erinnerungen für heute anhalten</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
</context>
<context>
    <name>WaitingNote</name>
    <message>
        <source>A reminder is waiting because the screen is locked. It comes when you are back.</source>
        <translation>Eine Erinnerung wartet, weil der Bildschirm gesperrt ist. Sie kommt, wenn Sie zurück sind.</translation>
    </message>
    <message>
        <source>A reminder is waiting because you seem to be away from the computer. It comes when you are back.</source>
        <translation>Eine Erinnerung wartet, weil Sie nicht am Computer zu sein scheinen. Sie kommt, wenn Sie zurück sind.</translation>
    </message>
    <message>
        <source>A reminder is waiting because another program fills the screen. It comes when that ends.</source>
        <translation>Eine Erinnerung wartet, weil ein anderes Programm den ganzen Bildschirm füllt. Sie kommt, wenn es endet.</translation>
    </message>
</context>
</TS>