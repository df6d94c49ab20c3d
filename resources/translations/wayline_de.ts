<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE" sourcelanguage="en">
<context>
    <name>Actions</name>
    <message>
        <source>&amp;New Map…</source>
        <translation>&amp;Neue Karte…</translation>
    </message>
    <message>
        <source>Create a new journey map from a template: blank or sample</source>
        <translation>Eine neue Journey Map aus einer Vorlage anlegen: leer oder Beispiel</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>Ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Open a journey map</source>
        <translation>Eine Journey Map öffnen</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Wayline saves every change as you make it</source>
        <translation>Wayline speichert jede Änderung sofort</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Speichern &amp;unter…</translation>
    </message>
    <message>
        <source>Copy this map to a new file and go on editing the copy</source>
        <translation>Diese Karte in eine neue Datei kopieren und an der Kopie weiterarbeiten</translation>
    </message>
    <message>
        <source>&amp;Recover from a Backup…</source>
        <translation>Aus einer Sicherung &amp;wiederherstellen…</translation>
    </message>
    <message>
        <source>Open an earlier copy of this map as a new map</source>
        <translation>Eine frühere Fassung dieser Karte als neue Karte öffnen</translation>
    </message>
    <message>
        <source>&amp;PDF Poster…</source>
        <translation>&amp;PDF-Poster…</translation>
    </message>
    <message>
        <source>Print the map as a poster: one large sheet or tiled pages</source>
        <translation>Die Karte als Poster ausgeben: ein großer Bogen oder gekachelte Seiten</translation>
    </message>
    <message>
        <source>P&amp;NG Image…</source>
        <translation>P&amp;NG-Bild…</translation>
    </message>
    <message>
        <source>Save the map as a picture at a chosen resolution</source>
        <translation>Die Karte als Bild in einer gewählten Auflösung speichern</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Drucken…</translation>
    </message>
    <message>
        <source>Print the map on a printer: fitted to one page, or tiled over several</source>
        <translation>Die Karte auf einem Drucker drucken: auf eine Seite eingepasst oder über mehrere gekachelt</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>S&amp;chließen</translation>
    </message>
    <message>
        <source>Close this map (every change is already saved)</source>
        <translation>Diese Karte schließen (jede Änderung ist bereits gespeichert)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Close every map and quit</source>
        <translation>Alle Karten schließen und beenden</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;Ausschneiden</translation>
    </message>
    <message>
        <source>Cut the selected cards</source>
        <translation>Die ausgewählten Karten ausschneiden</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>Copy the selected cards</source>
        <translation>Die ausgewählten Karten kopieren</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Einfügen</translation>
    </message>
    <message>
        <source>Paste cards, or text as one card per line, into the selected cell</source>
        <translation>Karten oder Text (eine Karte je Zeile) in die ausgewählte Zelle einfügen</translation>
    </message>
    <message>
        <source>&amp;Duplicate</source>
        <translation>&amp;Duplizieren</translation>
    </message>
    <message>
        <source>Duplicate the selected cards</source>
        <translation>Die ausgewählten Karten duplizieren</translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>Delete the selection</source>
        <translation>Die Auswahl löschen</translation>
    </message>
    <message>
        <source>Select &amp;All Cards</source>
        <translation>Alle Karten aus&amp;wählen</translation>
    </message>
    <message>
        <source>&amp;Edit Text</source>
        <translation>Text &amp;bearbeiten</translation>
    </message>
    <message>
        <source>Edit the selected card, stage, lane or label in place</source>
        <translation>Die ausgewählte Karte, Phase, Bahn oder Beschriftung direkt bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Suchen…</translation>
    </message>
    <message>
        <source>Find text in cards, stages, lanes, markers and personas</source>
        <translation>Text in Karten, Phasen, Bahnen, Markierungen und Personas suchen</translation>
    </message>
    <message>
        <source>Find &amp;Next</source>
        <translation>&amp;Weitersuchen</translation>
    </message>
    <message>
        <source>Go to the next match</source>
        <translation>Zum nächsten Treffer</translation>
    </message>
    <message>
        <source>Find Pre&amp;vious</source>
        <translation>&amp;Rückwärts suchen</translation>
    </message>
    <message>
        <source>Go to the previous match</source>
        <translation>Zum vorigen Treffer</translation>
    </message>
    <message>
        <source>&amp;Stage</source>
        <translation>&amp;Phase</translation>
    </message>
    <message>
        <source>Add a stage after the selected one</source>
        <translation>Eine Phase nach der ausgewählten hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Card</source>
        <translation>&amp;Karte</translation>
    </message>
    <message>
        <source>Add a card to the selected cell</source>
        <translation>Eine Karte in die ausgewählte Zelle setzen</translation>
    </message>
    <message>
        <source>Emotion &amp;Marker</source>
        <translation>Emotions&amp;markierung</translation>
    </message>
    <message>
        <source>Add an emotion marker</source>
        <translation>Eine Emotionsmarkierung hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Picture…</source>
        <translation>&amp;Bild…</translation>
    </message>
    <message>
        <source>Add a picture card from a file</source>
        <translation>Eine Bildkarte aus einer Datei hinzufügen</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>Ver&amp;größern</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>Ver&amp;kleinern</translation>
    </message>
    <message>
        <source>&amp;Fit Map</source>
        <translation>Ganze &amp;Karte</translation>
    </message>
    <message>
        <source>Show the whole map</source>
        <translation>Die ganze Karte zeigen</translation>
    </message>
    <message>
        <source>Fit &amp;Width</source>
        <translation>Ganze &amp;Breite</translation>
    </message>
    <message>
        <source>Fit the map&apos;s width to the window</source>
        <translation>Die Breite der Karte an das Fenster anpassen</translation>
    </message>
    <message>
        <source>&amp;Actual Size (100 %)</source>
        <translation>&amp;Originalgröße (100 %)</translation>
    </message>
    <message>
        <source>Show the map at print size</source>
        <translation>Die Karte in Druckgröße zeigen</translation>
    </message>
    <message>
        <source>&amp;Split Band</source>
        <translation>&amp;Trennband</translation>
    </message>
    <message>
        <source>Mark the stages where personas&apos; felt curves differ by 2 points or more</source>
        <translation>Die Phasen markieren, in denen die gefühlten Kurven der Personas um 2 Punkte oder mehr auseinanderliegen</translation>
    </message>
    <message>
        <source>Opportunity &amp;Matrix</source>
        <translation>Chancen-&amp;Matrix</translation>
    </message>
    <message>
        <source>Place opportunities by effort and impact; drag one to score it</source>
        <translation>Chancen nach Aufwand und Wirkung anordnen; zum Bewerten eine ziehen</translation>
    </message>
    <message>
        <source>&amp;Workshop Mode</source>
        <translation>&amp;Workshop-Modus</translation>
    </message>
    <message>
        <source>Run a session on the projector: full screen, stage spotlight, quick capture, time box and dot voting (Esc leaves)</source>
        <translation>Eine Sitzung am Beamer leiten: Vollbild, Phasen-Spotlight, Schnellerfassung, Timebox und Punktabfrage (Esc beendet)</translation>
    </message>
    <message>
        <source>Wayline &amp;User Guide</source>
        <translation>Wayline-&amp;Handbuch</translation>
    </message>
    <message>
        <source>How to make, run and print a journey map</source>
        <translation>Wie man eine Journey Map erstellt, durchführt und druckt</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>Every shortcut of this window, read from its actions</source>
        <translation>Jedes Tastenkürzel dieses Fensters, aus seinen Aktionen gelesen</translation>
    </message>
    <message>
        <source>&amp;About Wayline</source>
        <translation>&amp;Über Wayline</translation>
    </message>
    <message>
        <source>Version, licence and the licences of the bundled fonts</source>
        <translation>Version, Lizenz und die Lizenzen der mitgelieferten Schriften</translation>
    </message>
    <message>
        <source>{kind} Lane</source>
        <translation>Bahn „{kind}“</translation>
    </message>
    <message>
        <source>Add a lane: {kind}</source>
        <translation>Eine Bahn hinzufügen: {kind}</translation>
    </message>
    <message>
        <source>&amp;Undo {step}</source>
        <translation>&amp;Rückgängig: {step}</translation>
    </message>
    <message>
        <source>&amp;Redo {step}</source>
        <translation>&amp;Wiederholen: {step}</translation>
    </message>
</context>
<context>
    <name>Canvas</name>
    <message>
        <source>Journey map</source>
        <translation>Journey Map</translation>
    </message>
    <message numerus="yes">
        <source>%n stage(s)</source>
        <translation>
            <numerusform>%n Phase</numerusform>
            <numerusform>%n Phasen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n lane(s)</source>
        <translation>
            <numerusform>%n Bahn</numerusform>
            <numerusform>%n Bahnen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n card(s)</source>
        <translation>
            <numerusform>%n Karte</numerusform>
            <numerusform>%n Karten</numerusform>
        </translation>
    </message>
    <message>
        <source>; the arrow keys move from card to card</source>
        <translation>; die Pfeiltasten gehen von Karte zu Karte</translation>
    </message>
    <message>
        <source>Picture</source>
        <translation>Bild</translation>
    </message>
    <message>
        <source>Empty card</source>
        <translation>Leere Karte</translation>
    </message>
    <message>
        <source>Feeling %1</source>
        <translation>Gefühl %1</translation>
    </message>
    <message>
        <source>Stage %1 of %2</source>
        <translation>Phase %1 von %2</translation>
    </message>
    <message>
        <source>Lane %1 of %2</source>
        <translation>Bahn %1 von %2</translation>
    </message>
    <message>
        <source>%1 lane</source>
        <translation>Bahn %1</translation>
    </message>
    <message>
        <source>%1 stage</source>
        <translation>Phase %1</translation>
    </message>
    <message>
        <source>feeling %1</source>
        <translation>Gefühl %1</translation>
    </message>
    <message numerus="yes">
        <source>%n vote(s)</source>
        <translation>
            <numerusform>%n Stimme</numerusform>
            <numerusform>%n Stimmen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Channels</name>
    <message>
        <source>Web</source>
        <translation>Web</translation>
    </message>
    <message>
        <source>App</source>
        <translation>App</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Store</source>
        <translation>Filiale</translation>
    </message>
    <message>
        <source>Social</source>
        <translation>Soziale Medien</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>Chat</translation>
    </message>
    <message>
        <source>Mail</source>
        <translation>Post</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Sonstiges</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <source>Wayline hit an unexpected problem</source>
        <translation>Wayline ist auf ein unerwartetes Problem gestoßen</translation>
    </message>
    <message>
        <source> It is also saved in {log}.</source>
        <translation> Er ist auch in {log} gespeichert.</translation>
    </message>
    <message>
        <source>Something went wrong inside Wayline. Your map is safe: every change you made is already saved. You can keep working.{where} Copy the report below and send it to whoever supports Wayline for you.</source>
        <translation>In Wayline ist etwas schiefgegangen. Ihre Karte ist sicher: Jede Änderung ist bereits gespeichert. Sie können weiterarbeiten.{where} Kopieren Sie den Bericht unten und senden Sie ihn an die Person, die Wayline bei Ihnen betreut.</translation>
    </message>
    <message>
        <source>Copy report</source>
        <translation>Bericht kopieren</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <source>smallest text %1 mm — readable from %2</source>
        <translation>kleinste Schrift %1 mm — lesbar aus %2</translation>
    </message>
    <message>
        <source>less than 0.1 m</source>
        <translation>weniger als 0,1 m</translation>
    </message>
    <message>
        <source>about %1 m</source>
        <translation>etwa %1 m</translation>
    </message>
    <message>
        <source>%1 × %2 mm poster on %3 %4 pages (%5×%6) plus an assembly page</source>
        <translation>Poster %1 × %2 mm auf %3 Seiten %4 (%5×%6) und eine Montageseite</translation>
    </message>
    <message>
        <source>%1 × %2 mm on the roll as %3 panels of %4 mm (a PDF page stops at 5.08 m), map at %5%</source>
        <translation>%1 × %2 mm auf der Rolle als %3 Bahnen zu %4 mm (eine PDF-Seite endet bei 5,08 m), Karte bei %5 %</translation>
    </message>
    <message>
        <source>one %1 × %2 mm sheet, map at %3%</source>
        <translation>ein Bogen %1 × %2 mm, Karte bei %3 %</translation>
    </message>
    <message>
        <source>%1; %2</source>
        <translation>%1; %2</translation>
    </message>
    <message>
        <source>%1 × %2 px at %3 dpi; %4</source>
        <translation>%1 × %2 px bei %3 dpi; %4</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export PDF poster</source>
        <translation>PDF-Poster exportieren</translation>
    </message>
    <message>
        <source>PDF poster (*.pdf)</source>
        <translation>PDF-Poster (*.pdf)</translation>
    </message>
    <message>
        <source>Export PNG image</source>
        <translation>PNG-Bild exportieren</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG-Bild (*.png)</translation>
    </message>
    <message>
        <source>Exported {path}: {summary}.</source>
        <translation>Exportiert: {path}: {summary}.</translation>
    </message>
    <message>
        <source>(Tile over: A4)</source>
        <translation>(Kacheln auf: A4)</translation>
    </message>
    <message>
        <source>Mark where personas&apos; curves split</source>
        <translation>Markieren, wo die Kurven der Personas auseinandergehen</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportieren…</translation>
    </message>
    <message>
        <source>Cannot export with these settings</source>
        <translation>Mit diesen Einstellungen kann nicht exportiert werden</translation>
    </message>
    <message>
        <source>Exporting {name}</source>
        <translation>{name} wird exportiert</translation>
    </message>
    <message>
        <source> m</source>
        <translation> m</translation>
    </message>
    <message>
        <source> mm</source>
        <translation> mm</translation>
    </message>
    <message>
        <source>1 page</source>
        <translation>1 Seite</translation>
    </message>
    <message>
        <source>{n} pages</source>
        <translation>{n} Seiten</translation>
    </message>
    <message>
        <source>No preview</source>
        <translation>Keine Vorschau</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>Facilitator</name>
    <message numerus="yes">
        <source>⚠ %n card(s) too small to read from the back (%1 px text, %2 px needed).</source>
        <translation>
            <numerusform>⚠ %n Karte ist von hinten zu klein zum Lesen (%1 px Schrift, %2 px nötig).</numerusform>
            <numerusform>⚠ %n Karten sind von hinten zu klein zum Lesen (%1 px Schrift, %2 px nötig).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Voting round ended: %n dot(s) given.</source>
        <translation>
            <numerusform>Abstimmungsrunde beendet: %n Punkt vergeben.</numerusform>
            <numerusform>Abstimmungsrunde beendet: %n Punkte vergeben.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Voting round: %n dot(s) each. Click a pain point or opportunity, or select one on screen and press 1–9. Typing still captures.</source>
        <translation>
            <numerusform>Abstimmungsrunde: %n Punkt je Person. Klicken Sie auf einen Schmerzpunkt oder eine Chance, oder wählen Sie eine Karte auf dem Bildschirm aus und drücken Sie 1–9. Tippen erfasst weiterhin.</numerusform>
            <numerusform>Abstimmungsrunde: %n Punkte je Person. Klicken Sie auf einen Schmerzpunkt oder eine Chance, oder wählen Sie eine Karte auf dem Bildschirm aus und drücken Sie 1–9. Tippen erfasst weiterhin.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Time box: %n minute(s) (Ctrl+T starts it).</source>
        <translation>
            <numerusform>Timebox: %n Minute (Strg+T startet sie).</numerusform>
            <numerusform>Timebox: %n Minuten (Strg+T startet sie).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n dot(s) on “%1” · %2 of %3 left</source>
        <translation>
            <numerusform>%n Punkt auf „%1“ · %2 von %3 übrig</numerusform>
            <numerusform>%n Punkte auf „%1“ · %2 von %3 übrig</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <source>Find</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <source>Text to find</source>
        <translation>Gesuchter Text</translation>
    </message>
    <message>
        <source>Find in cards, stages, lanes, markers and personas</source>
        <translation>In Karten, Phasen, Bahnen, Markierungen und Personas suchen</translation>
    </message>
    <message>
        <source>Find:</source>
        <translation>Suchen:</translation>
    </message>
    <message>
        <source>Previous match (Shift+F3)</source>
        <translation>Voriger Treffer (Umschalt+F3)</translation>
    </message>
    <message>
        <source>Next match (F3)</source>
        <translation>Nächster Treffer (F3)</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>Schließen (Esc)</translation>
    </message>
    <message>
        <source>No matches</source>
        <translation>Keine Treffer</translation>
    </message>
    <message>
        <source>{n} of {total}</source>
        <translation>{n} von {total}</translation>
    </message>
</context>
<context>
    <name>Help</name>
    <message>
        <source>Noto Sans and its script families</source>
        <translation>Noto Sans und ihre Schriftfamilien für weitere Schriftsysteme</translation>
    </message>
    <message>
        <source>Bitstream Vera licence; DejaVu changes public domain</source>
        <translation>Bitstream-Vera-Lizenz; die Änderungen von DejaVu gemeinfrei</translation>
    </message>
    <message>
        <source>free for any use (George Douros); see the licence file</source>
        <translation>frei für jede Nutzung (George Douros); siehe die Lizenzdatei</translation>
    </message>
    <message>
        <source>see the licence file</source>
        <translation>siehe die Lizenzdatei</translation>
    </message>
    <message>
        <source>&lt;p&gt;A desktop editor for customer journey maps. MIT licence (the &lt;code&gt;LICENSE&lt;/code&gt; file).&lt;/p&gt;</source>
        <translation>&lt;p&gt;Ein Desktop-Editor für Customer Journey Maps. MIT-Lizenz (die Datei &lt;code&gt;LICENSE&lt;/code&gt;).&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;The fonts bundled in &lt;code&gt;resources/fonts&lt;/code&gt; keep their own licences, shipped beside them:&lt;/p&gt;</source>
        <translation>&lt;p&gt;Die in &lt;code&gt;resources/fonts&lt;/code&gt; mitgelieferten Schriften behalten ihre eigenen Lizenzen, die neben ihnen liegen:&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About Wayline</source>
        <translation>Über Wayline</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts — Wayline</source>
        <translation>Tastenkürzel — Wayline</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Tasten</translation>
    </message>
    <message>
        <source>Wayline User Guide</source>
        <translation>Wayline-Handbuch</translation>
    </message>
</context>
<context>
    <name>Lanes</name>
    <message>
        <source>Actions</source>
        <translation>Aktionen</translation>
    </message>
    <message>
        <source>Touchpoints</source>
        <translation>Kontaktpunkte</translation>
    </message>
    <message>
        <source>Thoughts</source>
        <translation>Gedanken</translation>
    </message>
    <message>
        <source>Emotions</source>
        <translation>Emotionen</translation>
    </message>
    <message>
        <source>Pain points</source>
        <translation>Schmerzpunkte</translation>
    </message>
    <message>
        <source>Opportunities</source>
        <translation>Chancen</translation>
    </message>
    <message>
        <source>Backstage</source>
        <translation>Hinter den Kulissen</translation>
    </message>
    <message>
        <source>Metrics</source>
        <translation>Kennzahlen</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>Bilder</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
</context>
<context>
    <name>MapDrop</name>
    <message>
        <source>Only the maps were opened: drop pictures on a cell on their own.</source>
        <translation>Nur die Karten wurden geöffnet: Bilder bitte einzeln auf eine Zelle ziehen.</translation>
    </message>
</context>
<context>
    <name>MapWindow</name>
    <message>
        <source>Saved — Wayline saves every change as you make it</source>
        <translation>Gespeichert — Wayline speichert jede Änderung sofort</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportieren</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Insert</source>
        <translation>&amp;Einfügen</translation>
    </message>
    <message>
        <source>&amp;Lane</source>
        <translation>&amp;Bahn</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>Karte</translation>
    </message>
    <message>
        <source>Lane</source>
        <translation>Bahn</translation>
    </message>
    <message>
        <source>Properties</source>
        <translation>Eigenschaften</translation>
    </message>
    <message>
        <source>Persona</source>
        <translation>Persona</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Metrics</source>
        <translation>Kennzahlen</translation>
    </message>
    <message>
        <source>{percent}%</source>
        <translation>{percent} %</translation>
    </message>
    <message>
        <source> (read-only)</source>
        <translation> (schreibgeschützt)</translation>
    </message>
    <message>
        <source>Add pictures</source>
        <translation>Bilder hinzufügen</translation>
    </message>
    <message>
        <source>Map in use</source>
        <translation>Karte in Benutzung</translation>
    </message>
    <message>
        <source>Open Read-Only</source>
        <translation>Schreibgeschützt öffnen</translation>
    </message>
    <message>
        <source>Map changed by another program</source>
        <translation>Karte von einem anderen Programm geändert</translation>
    </message>
    <message>
        <source>Open a Clean Copy</source>
        <translation>Eine saubere Kopie öffnen</translation>
    </message>
    <message>
        <source>Changes not written back</source>
        <translation>Änderungen nicht zurückgeschrieben</translation>
    </message>
    <message>
        <source>Finish Writing Back to “{name}”</source>
        <translation>Zurückschreiben nach „{name}“ abschließen</translation>
    </message>
    <message>
        <source>Keep Both</source>
        <translation>Beide behalten</translation>
    </message>
</context>
<context>
    <name>Matrix</name>
    <message>
        <source>Effort</source>
        <translation>Aufwand</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>Wirkung</translation>
    </message>
    <message>
        <source>Not scored yet</source>
        <translation>Noch nicht bewertet</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Persona</source>
        <translation>Persona</translation>
    </message>
    <message>
        <source>Pain points too</source>
        <translation>Auch Schmerzpunkte</translation>
    </message>
    <message>
        <source>Quadrant names…</source>
        <translation>Quadrantennamen…</translation>
    </message>
    <message>
        <source>All stages</source>
        <translation>Alle Phasen</translation>
    </message>
    <message>
        <source>Any persona</source>
        <translation>Jede Persona</translation>
    </message>
    <message>
        <source>Quadrant names</source>
        <translation>Quadrantennamen</translation>
    </message>
</context>
<context>
    <name>Metrics</name>
    <message>
        <source>Net Promoter Score</source>
        <translation>Net Promoter Score</translation>
    </message>
    <message>
        <source>Customer satisfaction (CSAT)</source>
        <translation>Kundenzufriedenheit (CSAT)</translation>
    </message>
    <message>
        <source>Customer effort score (CES)</source>
        <translation>Kundenaufwand (CES)</translation>
    </message>
    <message>
        <source>Conversion rate</source>
        <translation>Konversionsrate</translation>
    </message>
    <message>
        <source>Retention rate</source>
        <translation>Bindungsrate</translation>
    </message>
    <message>
        <source>Customer lifetime value</source>
        <translation>Kundenwert (CLV)</translation>
    </message>
    <message>
        <source>Average order value</source>
        <translation>Durchschnittlicher Bestellwert</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Eigene</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>Kennzahl</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Sample size (n)</source>
        <translation>Stichprobe (n)</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <source>Import metric values from “%1”</source>
        <translation>Kennzahlwerte aus „%1“ importieren</translation>
    </message>
    <message>
        <source>Values: a row per value</source>
        <translation>Werte: eine Zeile je Wert</translation>
    </message>
    <message>
        <source>Survey: a row per respondent</source>
        <translation>Umfrage: eine Zeile je Antwortperson</translation>
    </message>
    <message>
        <source>The table holds</source>
        <translation>Die Tabelle enthält</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>when no column names the metric</source>
        <translation>wenn keine Spalte die Kennzahl nennt</translation>
    </message>
    <message>
        <source>Metric name</source>
        <translation>Name der Kennzahl</translation>
    </message>
    <message>
        <source>Survey score</source>
        <translation>Umfragewert</translation>
    </message>
    <message>
        <source>Taken on</source>
        <translation>Erhoben am</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Prüfen</translation>
    </message>
    <message>
        <source>What the check found</source>
        <translation>Was die Prüfung fand</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <source>Choose the columns, then Check.</source>
        <translation>Wählen Sie die Spalten, dann Prüfen.</translation>
    </message>
    <message>
        <source>Nothing will be imported until every row is right.</source>
        <translation>Es wird nichts importiert, bis jede Zeile stimmt.</translation>
    </message>
    <message>
        <source>Ready: %1 values.</source>
        <translation>Bereit: %1 Werte.</translation>
    </message>
    <message>
        <source>A new metric: “%1”.</source>
        <translation>Eine neue Kennzahl: „%1“.</translation>
    </message>
    <message>
        <source>Higher is better</source>
        <translation>Höher ist besser</translation>
    </message>
    <message>
        <source>Lower is better</source>
        <translation>Niedriger ist besser</translation>
    </message>
    <message>
        <source>Tables (*.csv *.xlsx)</source>
        <translation>Tabellen (*.csv *.xlsx)</translation>
    </message>
    <message>
        <source>The map&apos;s metrics</source>
        <translation>Die Kennzahlen der Karte</translation>
    </message>
    <message>
        <source>Metrics</source>
        <translation>Kennzahlen</translation>
    </message>
    <message>
        <source>Add metric</source>
        <translation>Kennzahl hinzufügen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Import values…</source>
        <translation>Werte importieren…</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Einheit</translation>
    </message>
    <message>
        <source>Better</source>
        <translation>Besser</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Ausgangswert</translation>
    </message>
    <message>
        <source>Baseline date</source>
        <translation>Datum des Ausgangswerts</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Target date</source>
        <translation>Zieldatum</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <source>Stale after (days)</source>
        <translation>Veraltet nach (Tagen)</translation>
    </message>
    <message>
        <source>Latest</source>
        <translation>Neueste</translation>
    </message>
    <message>
        <source>Unnamed metric</source>
        <translation>Unbenannte Kennzahl</translation>
    </message>
    <message>
        <source>%1: %2 on %3</source>
        <translation>%1: %2 am %3</translation>
    </message>
    <message>
        <source>(n = %1)</source>
        <translation>(n = %1)</translation>
    </message>
    <message>
        <source>%1 since the baseline</source>
        <translation>%1 seit dem Ausgangswert</translation>
    </message>
    <message>
        <source>stale</source>
        <translation>veraltet</translation>
    </message>
    <message>
        <source>No values yet: import some.</source>
        <translation>Noch keine Werte: importieren Sie welche.</translation>
    </message>
    <message>
        <source>New metric</source>
        <translation>Neue Kennzahl</translation>
    </message>
    <message>
        <source>Import metric values</source>
        <translation>Kennzahlwerte importieren</translation>
    </message>
</context>
<context>
    <name>NewMapDialog</name>
    <message>
        <source>Type a name for the map.</source>
        <translation>Geben Sie einen Namen für die Karte ein.</translation>
    </message>
    <message>
        <source>A file name cannot start with a dot or hold / \ : * ? &quot; &lt; &gt; |.</source>
        <translation>Ein Dateiname kann nicht mit einem Punkt beginnen und kein / \ : * ? &quot; &lt; &gt; | enthalten.</translation>
    </message>
    <message>
        <source>The name contains a character that cannot be saved (a broken emoji or symbol).</source>
        <translation>Der Name enthält ein Zeichen, das nicht gespeichert werden kann (ein defektes Emoji oder Symbol).</translation>
    </message>
    <message>
        <source>The name is too long (at most {n} characters).</source>
        <translation>Der Name ist zu lang (höchstens {n} Zeichen).</translation>
    </message>
    <message>
        <source>“{name}” already exists here; choose another name.</source>
        <translation>„{name}“ gibt es hier schon; wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <source>New journey map</source>
        <translation>Neue Journey Map</translation>
    </message>
    <message>
        <source>Untitled journey</source>
        <translation>Unbenannte Journey</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Wählen…</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Anlegen</translation>
    </message>
    <message>
        <source>File name</source>
        <translation>Dateiname</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Ordner</translation>
    </message>
    <message>
        <source>Start from</source>
        <translation>Ausgangspunkt</translation>
    </message>
    <message>
        <source>Folder for the new map</source>
        <translation>Ordner für die neue Karte</translation>
    </message>
    <message>
        <source>The map will be “{name}”, titled “{title}”.</source>
        <translation>Die Karte wird „{name}“ mit dem Titel „{title}“.</translation>
    </message>
</context>
<context>
    <name>Notices</name>
    <message>
        <source>Notices</source>
        <translation>Hinweise</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Ausblenden</translation>
    </message>
    <message>
        <source>Write-back status</source>
        <translation>Stand des Zurückschreibens</translation>
    </message>
    <message>
        <source>a network drive</source>
        <translation>einem Netzlaufwerk</translation>
    </message>
    <message>
        <source>a shared folder</source>
        <translation>einem freigegebenen Ordner</translation>
    </message>
    <message>
        <source>a %1 folder</source>
        <translation>einem %1-Ordner</translation>
    </message>
    <message>
        <source>“%1” is on %2, where editing in place is unsafe; Wayline edits a copy on this computer and writes the whole map back after every change.</source>
        <translation>„%1“ liegt auf %2, wo direktes Bearbeiten nicht sicher ist; Wayline bearbeitet eine Kopie auf diesem Computer und schreibt nach jeder Änderung die ganze Karte zurück.</translation>
    </message>
    <message>
        <source>Not written back to “%1” on %2: %3. Your changes are safe on this computer; Wayline keeps trying.</source>
        <translation>Nicht nach „%1“ auf %2 zurückgeschrieben: %3. Ihre Änderungen sind auf diesem Computer sicher; Wayline versucht es weiter.</translation>
    </message>
    <message>
        <source>“%1” could not be written back to %2. Your changes are kept on this computer; open the map again to finish writing them back.</source>
        <translation>„%1“ konnte nicht auf %2 zurückgeschrieben werden. Ihre Änderungen bleiben auf diesem Computer; öffnen Sie die Karte erneut, um das Zurückschreiben abzuschließen.</translation>
    </message>
    <message>
        <source>“%1” is read-only on disk, so it is open for viewing only; use Save As to edit a copy.</source>
        <translation>„%1“ ist auf dem Datenträger schreibgeschützt und daher nur zum Ansehen geöffnet; bearbeiten Sie mit „Speichern unter“ eine Kopie.</translation>
    </message>
    <message>
        <source>“%1” was upgraded to this version of Wayline; the original is kept as “%2”.</source>
        <translation>„%1“ wurde auf diese Wayline-Version aktualisiert; das Original bleibt als „%2“ erhalten.</translation>
    </message>
</context>
<context>
    <name>Panels</name>
    <message>
        <source>Pictures (*.png *.jpg *.jpeg *.gif *.bmp *.webp)</source>
        <translation>Bilder (*.png *.jpg *.jpeg *.gif *.bmp *.webp)</translation>
    </message>
    <message>
        <source>Colour…</source>
        <translation>Farbe…</translation>
    </message>
    <message>
        <source>Choose a colour</source>
        <translation>Eine Farbe wählen</translation>
    </message>
    <message>
        <source>Properties of the selection</source>
        <translation>Eigenschaften der Auswahl</translation>
    </message>
    <message>
        <source>Select a card, a stage, a lane or an emotion marker to edit it here.</source>
        <translation>Wählen Sie eine Karte, eine Phase, eine Bahn oder eine Emotionsmarkierung aus, um sie hier zu bearbeiten.</translation>
    </message>
    <message>
        <source>Lane default</source>
        <translation>Wie die Bahn</translation>
    </message>
    <message>
        <source>For personas</source>
        <translation>Für Personas</translation>
    </message>
    <message>
        <source>Tick the personas this card is for; none ticked: everyone</source>
        <translation>Die Personas ankreuzen, für die diese Karte gilt; keine angekreuzt: für alle</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Farbe</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>Votes</source>
        <translation>Stimmen</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Für</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Width (pt)</source>
        <translation>Breite (pt)</translation>
    </message>
    <message>
        <source>Belongs to</source>
        <translation>Gehört zu</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Min. height (pt)</source>
        <translation>Mindesthöhe (pt)</translation>
    </message>
    <message>
        <source>On the target curve</source>
        <translation>Auf der Zielkurve</translation>
    </message>
    <message>
        <source>A persona&apos;s target curve is the future state, drawn fainter</source>
        <translation>Die Zielkurve einer Persona ist der künftige Zustand, blasser gezeichnet</translation>
    </message>
    <message>
        <source>How it should feel: the future state, drawn fainter.</source>
        <translation>Wie es sich anfühlen soll: der künftige Zustand, blasser gezeichnet.</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Beschriftung</translation>
    </message>
    <message>
        <source>Feeling (−3…+3)</source>
        <translation>Gefühl (−3…+3)</translation>
    </message>
    <message>
        <source>{n} cards selected</source>
        <translation>{n} Karten ausgewählt</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Allen</translation>
    </message>
</context>
<context>
    <name>PaperPicker</name>
    <message>
        <source>36-inch roll</source>
        <translation>Rolle, 36 Zoll breit</translation>
    </message>
    <message>
        <source>Custom size</source>
        <translation>Eigene Größe</translation>
    </message>
</context>
<context>
    <name>PdfExportDialog</name>
    <message>
        <source>Page: the opportunity matrix</source>
        <translation>Seite: die Chancen-Matrix</translation>
    </message>
    <message>
        <source>Page: the ranked action plan</source>
        <translation>Seite: der Maßnahmenplan nach Rang</translation>
    </message>
    <message>
        <source>Page: the metrics per stage</source>
        <translation>Seite: die Kennzahlen je Phase</translation>
    </message>
    <message>
        <source>None: one sheet</source>
        <translation>Keine: ein Bogen</translation>
    </message>
    <message>
        <source>A4 pages</source>
        <translation>A4-Seiten</translation>
    </message>
    <message>
        <source>Letter pages</source>
        <translation>Letter-Seiten</translation>
    </message>
    <message>
        <source>Auto</source>
        <translation>Automatisch</translation>
    </message>
    <message>
        <source>Portrait</source>
        <translation>Hochformat</translation>
    </message>
    <message>
        <source>Landscape</source>
        <translation>Querformat</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source> pages wide</source>
        <translation> Seiten breit</translation>
    </message>
    <message>
        <source>Fit to the paper</source>
        <translation>An das Papier anpassen</translation>
    </message>
    <message>
        <source>Fixed scale</source>
        <translation>Fester Maßstab</translation>
    </message>
    <message>
        <source>Tiled, as wide as</source>
        <translation>Gekachelt, so breit wie</translation>
    </message>
    <message>
        <source>Crop marks and glue guides</source>
        <translation>Schnittmarken und Klebehilfen</translation>
    </message>
    <message>
        <source>Links between opportunities and pain points</source>
        <translation>Verknüpfungen zwischen Chancen und Schmerzpunkten</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>Bogen</translation>
    </message>
    <message>
        <source>Paper:</source>
        <translation>Papier:</translation>
    </message>
    <message>
        <source>Orientation:</source>
        <translation>Ausrichtung:</translation>
    </message>
    <message>
        <source>Margin:</source>
        <translation>Rand:</translation>
    </message>
    <message>
        <source>Map size:</source>
        <translation>Kartengröße:</translation>
    </message>
    <message>
        <source>Bleed:</source>
        <translation>Beschnitt:</translation>
    </message>
    <message>
        <source>Read from:</source>
        <translation>Lesbar aus:</translation>
    </message>
    <message>
        <source>Tiling, for an office printer</source>
        <translation>Kacheln, für einen Bürodrucker</translation>
    </message>
    <message>
        <source>Tile over:</source>
        <translation>Kacheln auf:</translation>
    </message>
    <message>
        <source>Overlap:</source>
        <translation>Überlappung:</translation>
    </message>
    <message>
        <source>Printer border:</source>
        <translation>Druckerrand:</translation>
    </message>
    <message>
        <source>The plan</source>
        <translation>Der Plan</translation>
    </message>
    <message>
        <source>: too small for a wall; choose a larger paper or tile the poster</source>
        <translation>: zu klein für eine Wand; wählen Sie ein größeres Papier oder kacheln Sie das Poster</translation>
    </message>
</context>
<context>
    <name>Persona</name>
    <message>
        <source>Solid line</source>
        <translation>Durchgezogene Linie</translation>
    </message>
    <message>
        <source>Dashed line</source>
        <translation>Gestrichelte Linie</translation>
    </message>
    <message>
        <source>Dotted line</source>
        <translation>Gepunktete Linie</translation>
    </message>
    <message>
        <source>Dash-dot line</source>
        <translation>Strichpunktlinie</translation>
    </message>
    <message>
        <source>Circle</source>
        <translation>Kreis</translation>
    </message>
    <message>
        <source>Square</source>
        <translation>Quadrat</translation>
    </message>
    <message>
        <source>Triangle</source>
        <translation>Dreieck</translation>
    </message>
    <message>
        <source>Diamond</source>
        <translation>Raute</translation>
    </message>
    <message>
        <source>Cross</source>
        <translation>Kreuz</translation>
    </message>
    <message>
        <source>Star</source>
        <translation>Stern</translation>
    </message>
    <message>
        <source>Persona</source>
        <translation>Persona</translation>
    </message>
    <message>
        <source>Journey</source>
        <translation>Journey-Titel</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Szenario</translation>
    </message>
    <message>
        <source>Personas</source>
        <translation>Personas</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>Foto</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Ziele</translation>
    </message>
    <message>
        <source>Frustrations</source>
        <translation>Frustrationen</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>Zitat</translation>
    </message>
    <message>
        <source>Add persona</source>
        <translation>Persona hinzufügen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
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
        <source>Focus</source>
        <translation>Fokus</translation>
    </message>
    <message>
        <source>Show the chosen persona&apos;s curve and dim the others</source>
        <translation>Die Kurve der gewählten Persona zeigen, die anderen blasser</translation>
    </message>
    <message>
        <source>New markers:</source>
        <translation>Neue Marker:</translation>
    </message>
    <message>
        <source>Felt</source>
        <translation>Gefühlt</translation>
    </message>
    <message>
        <source>New markers go on the chosen persona&apos;s curve as it feels today</source>
        <translation>Neue Marker kommen auf die Kurve der gewählten Persona, wie sie sich heute fühlt</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>New markers go on the chosen persona&apos;s target curve: the future state, drawn fainter</source>
        <translation>Neue Marker kommen auf die Zielkurve der gewählten Persona: der künftige Zustand, blasser gezeichnet</translation>
    </message>
    <message>
        <source>New markers: %1</source>
        <translation>Neue Marker: %1</translation>
    </message>
    <message>
        <source>Unnamed persona</source>
        <translation>Persona ohne Namen</translation>
    </message>
    <message>
        <source>A map holds at most %1 personas.</source>
        <translation>Eine Karte fasst höchstens %1 Personas.</translation>
    </message>
    <message>
        <source>Empty persona</source>
        <translation>Leere Persona</translation>
    </message>
    <message>
        <source>Copy the curve and tags of %1</source>
        <translation>Kurve und Zuordnungen von %1 übernehmen</translation>
    </message>
    <message>
        <source>New persona</source>
        <translation>Neue Persona</translation>
    </message>
    <message>
        <source>Choose photo…</source>
        <translation>Foto wählen…</translation>
    </message>
    <message>
        <source>Remove photo</source>
        <translation>Foto entfernen</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Farbe</translation>
    </message>
    <message>
        <source>The colour of this persona&apos;s curve and markers</source>
        <translation>Die Farbe der Kurve und der Marker dieser Persona</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Linie</translation>
    </message>
    <message>
        <source>Marker shape</source>
        <translation>Markerform</translation>
    </message>
    <message>
        <source>Persona colour</source>
        <translation>Farbe der Persona</translation>
    </message>
    <message>
        <source>No photo</source>
        <translation>Kein Foto</translation>
    </message>
    <message>
        <source>Choose a photo</source>
        <translation>Ein Foto wählen</translation>
    </message>
</context>
<context>
    <name>Plan</name>
    <message>
        <source>Not started</source>
        <translation>Nicht begonnen</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>In Arbeit</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>Verworfen</translation>
    </message>
    <message>
        <source>Plan for the selected card</source>
        <translation>Plan für die ausgewählte Karte</translation>
    </message>
    <message>
        <source>Select an opportunity or a pain point to score it, link it and plan what to do about it.</source>
        <translation>Wählen Sie eine Chance oder einen Schmerzpunkt, um sie zu bewerten, zu verknüpfen und zu planen, was zu tun ist.</translation>
    </message>
    <message>
        <source>Scoring</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Linked cards</source>
        <translation>Verknüpfte Karten</translation>
    </message>
    <message>
        <source>Link…</source>
        <translation>Verknüpfen…</translation>
    </message>
    <message>
        <source>Unlink</source>
        <translation>Lösen</translation>
    </message>
    <message>
        <source>Action items</source>
        <translation>Maßnahmen</translation>
    </message>
    <message>
        <source>Add action</source>
        <translation>Maßnahme hinzufügen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Maßnahmen</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Maßnahme</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Tracker key</source>
        <translation>Tracker-Schlüssel</translation>
    </message>
    <message>
        <source>%1 · rank %2 of %3</source>
        <translation>%1 · Rang %2 von %3</translation>
    </message>
    <message>
        <source>not scored yet</source>
        <translation>noch nicht bewertet</translation>
    </message>
    <message>
        <source>Addresses</source>
        <translation>Adressiert</translation>
    </message>
    <message>
        <source>Addressed by</source>
        <translation>Adressiert durch</translation>
    </message>
    <message>
        <source>Nothing left to link</source>
        <translation>Nichts mehr zu verknüpfen</translation>
    </message>
    <message>
        <source>New action</source>
        <translation>Neue Maßnahme</translation>
    </message>
</context>
<context>
    <name>PngExportDialog</name>
    <message>
        <source> dpi</source>
        <translation> dpi</translation>
    </message>
    <message>
        <source> px wide</source>
        <translation> px breit</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Auflösung</translation>
    </message>
    <message>
        <source>Width</source>
        <translation>Breite</translation>
    </message>
    <message>
        <source>The map at 100 %</source>
        <translation>Die Karte bei 100 %</translation>
    </message>
    <message>
        <source>White</source>
        <translation>Weiß</translation>
    </message>
    <message>
        <source>Transparent</source>
        <translation>Durchsichtig</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Bild</translation>
    </message>
    <message>
        <source>Size:</source>
        <translation>Größe:</translation>
    </message>
    <message>
        <source>Print size:</source>
        <translation>Druckgröße:</translation>
    </message>
    <message>
        <source>Background:</source>
        <translation>Hintergrund:</translation>
    </message>
    <message>
        <source>Read from:</source>
        <translation>Lesbar aus:</translation>
    </message>
    <message>
        <source>The resolution is pixels per inch at the print size.</source>
        <translation>Die Auflösung ist Pixel je Zoll bei der Druckgröße.</translation>
    </message>
    <message>
        <source>{w} × {h} pixels</source>
        <translation>{w} × {h} Pixel</translation>
    </message>
    <message>
        <source>{dpi} dpi, printing {printed}; {mp} megapixels.</source>
        <translation>{dpi} dpi, gedruckt {printed}; {mp} Megapixel.</translation>
    </message>
</context>
<context>
    <name>Preflight</name>
    <message>
        <source>The smallest text prints %1 mm high and reads from %2, not from %3 m (about 1 m per 3 mm of letter height); choose a larger paper or tile the poster.</source>
        <translation>Die kleinste Schrift wird %1 mm hoch gedruckt und ist aus %2 lesbar, nicht aus %3 m (etwa 1 m je 3 mm Buchstabenhöhe); wählen Sie ein größeres Papier oder kacheln Sie das Poster.</translation>
    </message>
    <message>
        <source>1 picture prints at %1 ppi (under %2 ppi) and will look soft; use larger pictures or a smaller poster.</source>
        <translation>1 Bild wird mit %1 ppi gedruckt (unter %2 ppi) und wirkt unscharf; verwenden Sie größere Bilder oder ein kleineres Poster.</translation>
    </message>
    <message>
        <source>%1 pictures print at %2 ppi (under %3 ppi) and will look soft; use larger pictures or a smaller poster.</source>
        <translation>%1 Bilder werden mit %2 ppi gedruckt (unter %3 ppi) und wirken unscharf; verwenden Sie größere Bilder oder ein kleineres Poster.</translation>
    </message>
    <message>
        <source>cell borders and card edges</source>
        <translation>Zellränder und Kartenkanten</translation>
    </message>
    <message>
        <source>icons</source>
        <translation>Symbole</translation>
    </message>
    <message>
        <source>emotion guides</source>
        <translation>Hilfslinien der Emotionen</translation>
    </message>
    <message>
        <source>The thinnest lines (%1) print %2 pt wide, under %3 pt: many printers drop them; print the poster larger.</source>
        <translation>Die dünnsten Linien (%1) werden %2 pt breit gedruckt, unter %3 pt: Viele Drucker lassen sie weg; drucken Sie das Poster größer.</translation>
    </message>
    <message>
        <source>The card “%1” (%2) has characters no font can draw: %3.</source>
        <translation>Die Karte „%1“ (%2) enthält Zeichen, die keine Schrift darstellen kann: %3.</translation>
    </message>
    <message>
        <source>“%1” has characters no font can draw: %2.</source>
        <translation>„%1“ enthält Zeichen, die keine Schrift darstellen kann: %2.</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <source>{tile} of {columns}×{rows}</source>
        <translation>{tile} von {columns}×{rows}</translation>
    </message>
    <message>
        <source>The printer could not be started.</source>
        <translation>Der Drucker konnte nicht gestartet werden.</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>Karte</translation>
    </message>
    <message>
        <source>Fit the whole map on one page</source>
        <translation>Die ganze Karte auf eine Seite einpassen</translation>
    </message>
    <message>
        <source>Tiled, to glue together:</source>
        <translation>Gekachelt, zum Zusammenkleben:</translation>
    </message>
    <message>
        <source> pages wide</source>
        <translation> Seiten breit</translation>
    </message>
    <message>
        <source>Sent 1 page of “{map}” to the printer.</source>
        <translation>1 Seite von „{map}“ an den Drucker gesendet.</translation>
    </message>
    <message>
        <source>Sent {n} pages of “{map}” to the printer.</source>
        <translation>{n} Seiten von „{map}“ an den Drucker gesendet.</translation>
    </message>
</context>
<context>
    <name>RecoverDialog</name>
    <message>
        <source>ddd dd MMM yyyy HH:mm</source>
        <translation>ddd, d. MMM yyyy, HH:mm</translation>
    </message>
    <message>
        <source>{when} — {cards} cards, “{title}”</source>
        <translation>{when} — {cards} Karten, „{title}“</translation>
    </message>
    <message>
        <source>{when} — damaged, cannot be restored</source>
        <translation>{when} — beschädigt, kann nicht wiederhergestellt werden</translation>
    </message>
    <message>
        <source>Recover an earlier version</source>
        <translation>Eine frühere Fassung wiederherstellen</translation>
    </message>
    <message>
        <source>Choose a backup. It opens as a new map beside this one; this map is not changed.</source>
        <translation>Wählen Sie eine Sicherung. Sie öffnet sich als neue Karte neben dieser; diese Karte bleibt unverändert.</translation>
    </message>
    <message>
        <source>There are no backups of this map yet. Wayline takes one every 30 minutes while a map changes.</source>
        <translation>Von dieser Karte gibt es noch keine Sicherung. Wayline legt alle 30 Minuten eine an, solange sich eine Karte ändert.</translation>
    </message>
    <message>
        <source>Restore as new map</source>
        <translation>Als neue Karte wiederherstellen</translation>
    </message>
    <message>
        <source>Recover</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <source>That backup could not be restored ({e}).</source>
        <translation>Diese Sicherung konnte nicht wiederhergestellt werden ({e}).</translation>
    </message>
    <message>
        <source>ddd dd MMM HH:mm</source>
        <translation>ddd, d. MMM, HH:mm</translation>
    </message>
    <message>
        <source>Open a backup?</source>
        <translation>Eine Sicherung öffnen?</translation>
    </message>
    <message>
        <source>Wayline has a backup of this map from {when}. Open it as a new map beside the damaged one?</source>
        <translation>Wayline hat eine Sicherung dieser Karte vom {when}. Als neue Karte neben der beschädigten öffnen?</translation>
    </message>
</context>
<context>
    <name>Refusal</name>
    <message>
        <source>The clipboard holds Wayline cards that cannot be pasted (they are damaged, or come from another version of Wayline).</source>
        <translation>Die Zwischenablage enthält Wayline-Karten, die nicht eingefügt werden können (sie sind beschädigt oder stammen aus einer anderen Wayline-Version).</translation>
    </message>
    <message>
        <source>A card on the clipboard</source>
        <translation>Eine Karte in der Zwischenablage</translation>
    </message>
    <message>
        <source>A pasted card&apos;s colour</source>
        <translation>Die Farbe einer eingefügten Karte</translation>
    </message>
    <message>
        <source>A picture on the clipboard is too large for a map.</source>
        <translation>Ein Bild in der Zwischenablage ist zu groß für eine Karte.</translation>
    </message>
    <message>
        <source>The clipboard holds %1 lines of text; Wayline pastes at most %2 at once (one card per line).</source>
        <translation>Die Zwischenablage enthält %1 Textzeilen; Wayline fügt höchstens %2 auf einmal ein (eine Karte je Zeile).</translation>
    </message>
    <message>
        <source>A line on the clipboard</source>
        <translation>Eine Zeile in der Zwischenablage</translation>
    </message>
    <message>
        <source>“%1” is not a Wayline backup.</source>
        <translation>„%1“ ist keine Wayline-Sicherung.</translation>
    </message>
    <message>
        <source>“%1” is missing part of the map; no clean copy can be made.</source>
        <translation>In „%1“ fehlt ein Teil der Karte; es kann keine saubere Kopie angelegt werden.</translation>
    </message>
    <message>
        <source>“%1” already exists; nothing was written.</source>
        <translation>„%1“ existiert bereits; es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>A picture is in a format Wayline does not open (%1).</source>
        <translation>Ein Bild hat ein Format, das Wayline nicht öffnet (%1).</translation>
    </message>
    <message>
        <source>A picture has too many pixels to show.</source>
        <translation>Ein Bild hat zu viele Pixel, um es anzuzeigen.</translation>
    </message>
    <message>
        <source>A picture is damaged and cannot be shown.</source>
        <translation>Ein Bild ist beschädigt und kann nicht angezeigt werden.</translation>
    </message>
    <message>
        <source>Wayline could not save this change to “%1”: the disk is full. Free some space and try again.</source>
        <translation>Wayline konnte diese Änderung nicht in „%1“ speichern: Der Datenträger ist voll. Schaffen Sie Platz und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Wayline could not save this change: “%1” can no longer be written.</source>
        <translation>Wayline konnte diese Änderung nicht speichern: „%1“ kann nicht mehr geschrieben werden.</translation>
    </message>
    <message>
        <source>Wayline could not save this change to “%1” (%2); the map is as it was before.</source>
        <translation>Wayline konnte diese Änderung nicht in „%1“ speichern (%2); die Karte ist wie zuvor.</translation>
    </message>
    <message>
        <source>“%1” is open for viewing only; use Save As to edit a copy.</source>
        <translation>„%1“ ist nur zum Ansehen geöffnet; bearbeiten Sie mit „Speichern unter“ eine Kopie.</translation>
    </message>
    <message>
        <source>Unknown operation %1.</source>
        <translation>Unbekannte Operation %1.</translation>
    </message>
    <message>
        <source>That change refers to something that is no longer in the map.</source>
        <translation>Diese Änderung bezieht sich auf etwas, das nicht mehr in der Karte ist.</translation>
    </message>
    <message>
        <source>That text holds a character that cannot be saved (a broken emoji or symbol); nothing was changed.</source>
        <translation>Dieser Text enthält ein Zeichen, das nicht gespeichert werden kann (ein defektes Emoji oder Symbol); es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>“%1” does not exist.</source>
        <translation>„%1“ existiert nicht.</translation>
    </message>
    <message>
        <source>“%1” is a folder, not a journey map.</source>
        <translation>„%1“ ist ein Ordner, keine Journey Map.</translation>
    </message>
    <message>
        <source>You do not have permission to read “%1”.</source>
        <translation>Sie haben keine Berechtigung, „%1“ zu lesen.</translation>
    </message>
    <message>
        <source>“%1” could not be read (%2).</source>
        <translation>„%1“ konnte nicht gelesen werden (%2).</translation>
    </message>
    <message>
        <source>“%1” is not a file Wayline can open (it is a pipe or a device).</source>
        <translation>„%1“ ist keine Datei, die Wayline öffnen kann (es ist eine Pipe oder ein Gerät).</translation>
    </message>
    <message>
        <source>“%1” is too large to be a journey map.</source>
        <translation>„%1“ ist zu groß für eine Journey Map.</translation>
    </message>
    <message>
        <source>“%1” is not a Wayline journey map (it is not a map file at all).</source>
        <translation>„%1“ ist keine Wayline-Journey-Map (es ist überhaupt keine Kartendatei).</translation>
    </message>
    <message>
        <source>“%1” is a database from another program, not a Wayline journey map.</source>
        <translation>„%1“ ist eine Datenbank eines anderen Programms, keine Wayline-Journey-Map.</translation>
    </message>
    <message>
        <source>“%1” was made by a newer version of Wayline; update Wayline to open it.</source>
        <translation>„%1“ wurde mit einer neueren Wayline-Version erstellt; aktualisieren Sie Wayline, um sie zu öffnen.</translation>
    </message>
    <message>
        <source>“%1” is damaged: its version number is missing.</source>
        <translation>„%1“ ist beschädigt: Die Versionsnummer fehlt.</translation>
    </message>
    <message>
        <source>“%1” has changes from another program waiting in “%2” beside it; open and close it in that program first, or move “%3” away to open the map as it was.</source>
        <translation>Für „%1“ liegen in „%2“ daneben Änderungen eines anderen Programms bereit; öffnen und schließen Sie die Karte zuerst in diesem Programm, oder verschieben Sie „%3“, um die Karte so zu öffnen, wie sie war.</translation>
    </message>
    <message>
        <source>“%1” beside “%2” is not a journal Wayline wrote (%3); the map was not opened and neither file was changed. Move “%4” away, then open the map again.</source>
        <translation>„%1“ neben „%2“ ist kein Journal, das Wayline geschrieben hat (%3); die Karte wurde nicht geöffnet und keine der beiden Dateien geändert. Verschieben Sie „%4“ und öffnen Sie die Karte dann erneut.</translation>
    </message>
    <message>
        <source>A file “%1” that Wayline did not write appeared beside “%2”; nothing was changed. Move it away, then try again.</source>
        <translation>Neben „%2“ ist eine Datei „%1“ aufgetaucht, die Wayline nicht geschrieben hat; es wurde nichts geändert. Verschieben Sie sie und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>Wayline could not write “%1”: the disk is full. Free some space and try again; nothing was written.</source>
        <translation>Wayline konnte „%1“ nicht schreiben: Der Datenträger ist voll. Schaffen Sie Platz und versuchen Sie es erneut; es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>Wayline could not write “%1” (%2); nothing was written.</source>
        <translation>Wayline konnte „%1“ nicht schreiben (%2); es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>“%1” could not be read.</source>
        <translation>„%1“ konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>“%1” is too large for a map (at most %2 MB).</source>
        <translation>„%1“ ist zu groß für eine Karte (höchstens %2 MB).</translation>
    </message>
    <message>
        <source>“%1” is too large for a map.</source>
        <translation>„%1“ ist zu groß für eine Karte.</translation>
    </message>
    <message>
        <source>“%1” has too many pixels to place on a map.</source>
        <translation>„%1“ hat zu viele Pixel, um es auf eine Karte zu setzen.</translation>
    </message>
    <message>
        <source>“%1” is not a picture Wayline can read (use PNG, JPEG, GIF, BMP or WebP).</source>
        <translation>„%1“ ist kein Bild, das Wayline lesen kann (verwenden Sie PNG, JPEG, GIF, BMP oder WebP).</translation>
    </message>
    <message>
        <source>%1 on %2 (since %3)</source>
        <translation>%1 auf %2 (seit %3)</translation>
    </message>
    <message>
        <source>another Wayline window</source>
        <translation>einem anderen Wayline-Fenster</translation>
    </message>
    <message>
        <source>“%1” is open in Wayline by %2; you can open it read-only.</source>
        <translation>„%1“ ist in Wayline von %2 geöffnet; Sie können die Karte schreibgeschützt öffnen.</translation>
    </message>
    <message>
        <source>“%1” is already open for editing in another Wayline window (perhaps under another name); you can open it read-only.</source>
        <translation>„%1“ ist bereits in einem anderen Wayline-Fenster zum Bearbeiten geöffnet (vielleicht unter einem anderen Namen); Sie können die Karte schreibgeschützt öffnen.</translation>
    </message>
    <message>
        <source>it is a link</source>
        <translation>sie ist ein Link</translation>
    </message>
    <message>
        <source>it is a folder</source>
        <translation>sie ist ein Ordner</translation>
    </message>
    <message>
        <source>it is not an ordinary file</source>
        <translation>sie ist keine gewöhnliche Datei</translation>
    </message>
    <message>
        <source>it belongs to another user</source>
        <translation>sie gehört einem anderen Benutzer</translation>
    </message>
    <message>
        <source>it is linked to another file</source>
        <translation>sie ist mit einer anderen Datei verknüpft</translation>
    </message>
    <message>
        <source>the map&apos;s name is too long for it</source>
        <translation>der Name der Karte ist dafür zu lang</translation>
    </message>
    <message>
        <source>Wayline could not make its lock file “%1” beside “%2” safely (%3), so the map is open for viewing only; use Save As to edit a copy.</source>
        <translation>Wayline konnte seine Sperrdatei „%1“ neben „%2“ nicht sicher anlegen (%3), daher ist die Karte nur zum Ansehen geöffnet; bearbeiten Sie mit „Speichern unter“ eine Kopie.</translation>
    </message>
    <message>
        <source>A map needs at least one stage; add another before deleting this one.</source>
        <translation>Eine Karte braucht mindestens eine Phase; fügen Sie eine weitere hinzu, bevor Sie diese löschen.</translation>
    </message>
    <message>
        <source>A map needs at least one lane; add another before deleting this one.</source>
        <translation>Eine Karte braucht mindestens eine Bahn; fügen Sie eine weitere hinzu, bevor Sie diese löschen.</translation>
    </message>
    <message>
        <source>Empty this lane before changing it to or from an emotions lane.</source>
        <translation>Leeren Sie diese Bahn, bevor Sie sie in eine Emotionsbahn oder aus einer Emotionsbahn ändern.</translation>
    </message>
    <message>
        <source>An emotions lane holds emotion markers, not cards.</source>
        <translation>Eine Emotionsbahn enthält Emotionsmarkierungen, keine Karten.</translation>
    </message>
    <message>
        <source>Emotion markers go in an emotions lane.</source>
        <translation>Emotionsmarkierungen gehören in eine Emotionsbahn.</translation>
    </message>
    <message>
        <source>That picture cannot be stored; nothing was changed.</source>
        <translation>Dieses Bild kann nicht gespeichert werden; es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>That picture is too large for a map.</source>
        <translation>Dieses Bild ist zu groß für eine Karte.</translation>
    </message>
    <message>
        <source>That picture&apos;s size is not a sensible number of pixels.</source>
        <translation>Die Größe dieses Bildes ist keine sinnvolle Pixelzahl.</translation>
    </message>
    <message>
        <source>A colour</source>
        <translation>Eine Farbe</translation>
    </message>
    <message>
        <source>The text</source>
        <translation>Der Text</translation>
    </message>
    <message>
        <source>The name</source>
        <translation>Der Name</translation>
    </message>
    <message>
        <source>A feeling</source>
        <translation>Ein Gefühl</translation>
    </message>
    <message>
        <source>A marker&apos;s place within its stage</source>
        <translation>Die Stelle einer Markierung in ihrer Phase</translation>
    </message>
    <message>
        <source>Votes</source>
        <translation>Stimmen</translation>
    </message>
    <message>
        <source>A stage&apos;s width</source>
        <translation>Die Breite einer Phase</translation>
    </message>
    <message>
        <source>A lane&apos;s height</source>
        <translation>Die Höhe einer Bahn</translation>
    </message>
    <message>
        <source>A label</source>
        <translation>Eine Beschriftung</translation>
    </message>
    <message>
        <source>The owner</source>
        <translation>Die verantwortliche Person</translation>
    </message>
    <message>
        <source>A tracker key</source>
        <translation>Ein Tracker-Schlüssel</translation>
    </message>
    <message>
        <source>%1 must be a number.</source>
        <translation>%1 muss eine Zahl sein.</translation>
    </message>
    <message>
        <source>%1 must be between %2 and %3.</source>
        <translation>%1 muss zwischen %2 und %3 liegen.</translation>
    </message>
    <message>
        <source>%1 must look like #1a2b3c.</source>
        <translation>%1 muss wie #1a2b3c aussehen.</translation>
    </message>
    <message>
        <source>%1 must be text.</source>
        <translation>%1 muss Text sein.</translation>
    </message>
    <message>
        <source>%1 is too long (at most %2 characters).</source>
        <translation>%1 ist zu lang (höchstens %2 Zeichen).</translation>
    </message>
    <message>
        <source>%1 contains a character that cannot be saved (a broken emoji or symbol).</source>
        <translation>%1 enthält ein Zeichen, das nicht gespeichert werden kann (ein defektes Emoji oder Symbol).</translation>
    </message>
    <message>
        <source>A lane kind must be one of: %1.</source>
        <translation>Die Art einer Bahn muss eine dieser sein: %1.</translation>
    </message>
    <message>
        <source>A channel must be one of: %1.</source>
        <translation>Ein Kanal muss einer dieser sein: %1.</translation>
    </message>
    <message>
        <source>Votes must be a whole number.</source>
        <translation>Stimmen müssen eine ganze Zahl sein.</translation>
    </message>
    <message>
        <source>That change carries an identity that is not a valid uuid.</source>
        <translation>Diese Änderung trägt eine Identität, die keine gültige UUID ist.</translation>
    </message>
    <message>
        <source>A persona&apos;s line must be one of: %1.</source>
        <translation>Die Linie einer Persona muss eine dieser sein: %1.</translation>
    </message>
    <message>
        <source>A persona&apos;s marker shape must be one of: %1.</source>
        <translation>Die Markerform einer Persona muss eine dieser sein: %1.</translation>
    </message>
    <message>
        <source>A marker is on the persona&apos;s curve (0) or their target curve (1).</source>
        <translation>Ein Marker liegt auf der Kurve der Persona (0) oder auf ihrer Zielkurve (1).</translation>
    </message>
    <message>
        <source>A card&apos;s personas must be persona ids separated by spaces.</source>
        <translation>Die Personas einer Karte müssen durch Leerzeichen getrennte Persona-IDs sein.</translation>
    </message>
    <message>
        <source>A card&apos;s personas must be a list of persona ids.</source>
        <translation>Die Personas einer Karte müssen eine Liste von Persona-IDs sein.</translation>
    </message>
    <message>
        <source>A card can only be for personas of this map.</source>
        <translation>Eine Karte kann nur für Personas dieser Karte gelten.</translation>
    </message>
    <message>
        <source>A map holds at most %1 personas; remove one before adding another.</source>
        <translation>Eine Karte fasst höchstens %1 Personas; entfernen Sie eine, bevor Sie eine weitere hinzufügen.</translation>
    </message>
    <message>
        <source>%1 must be a whole number.</source>
        <translation>%1 muss eine ganze Zahl sein.</translation>
    </message>
    <message>
        <source>A scoring model must be one of: %1.</source>
        <translation>Ein Bewertungsmodell muss eines von diesen sein: %1.</translation>
    </message>
    <message>
        <source>The matrix has four quadrants, one name each.</source>
        <translation>Die Matrix hat vier Quadranten mit je einem Namen.</translation>
    </message>
    <message>
        <source>A quadrant&apos;s name is one line.</source>
        <translation>Der Name eines Quadranten ist eine Zeile.</translation>
    </message>
    <message>
        <source>A due date must be a date written like 2026-12-31.</source>
        <translation>Ein Fälligkeitsdatum muss ein Datum in der Form 2026-12-31 sein.</translation>
    </message>
    <message>
        <source>An action&apos;s status must be one of: %1.</source>
        <translation>Der Status einer Maßnahme muss einer von diesen sein: %1.</translation>
    </message>
    <message>
        <source>Unknown field(s): %1.</source>
        <translation>Unbekannte Felder: %1.</translation>
    </message>
    <message>
        <source>“%1” is this map under another name; choose a new name for the copy.</source>
        <translation>„%1“ ist diese Karte unter einem anderen Namen; wählen Sie einen neuen Namen für die Kopie.</translation>
    </message>
    <message>
        <source>“%1” already exists; choose another name.</source>
        <translation>„%1“ existiert bereits; wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <source>“%1” could not be opened; it may be damaged.</source>
        <translation>„%1“ konnte nicht geöffnet werden; die Datei ist vielleicht beschädigt.</translation>
    </message>
    <message>
        <source>Wayline could not write your changes to “%1” (%2); they are still safe on this computer.</source>
        <translation>Wayline konnte Ihre Änderungen nicht in „%1“ schreiben (%2); sie sind auf diesem Computer weiterhin sicher.</translation>
    </message>
    <message>
        <source>“%1” is damaged and cannot be opened; restore it from a backup copy.</source>
        <translation>„%1“ ist beschädigt und kann nicht geöffnet werden; stellen Sie die Karte aus einer Sicherung wieder her.</translation>
    </message>
    <message>
        <source>“%1” is damaged and cannot be opened (part of the map is missing).</source>
        <translation>„%1“ ist beschädigt und kann nicht geöffnet werden (ein Teil der Karte fehlt).</translation>
    </message>
    <message>
        <source>A map kept only in memory has no backups; save it as a file first.</source>
        <translation>Eine nur im Speicher gehaltene Karte hat keine Sicherungen; speichern Sie sie zuerst als Datei.</translation>
    </message>
    <message>
        <source>A map kept only in memory cannot be saved as a file yet.</source>
        <translation>Eine nur im Speicher gehaltene Karte kann noch nicht als Datei gespeichert werden.</translation>
    </message>
    <message>
        <source>That stage no longer exists.</source>
        <translation>Diese Phase existiert nicht mehr.</translation>
    </message>
    <message>
        <source>That lane no longer exists.</source>
        <translation>Diese Bahn existiert nicht mehr.</translation>
    </message>
    <message>
        <source>That emotion marker no longer exists.</source>
        <translation>Diese Emotionsmarkierung existiert nicht mehr.</translation>
    </message>
    <message>
        <source>That persona no longer exists.</source>
        <translation>Diese Persona existiert nicht mehr.</translation>
    </message>
    <message>
        <source>That card no longer exists.</source>
        <translation>Diese Karte existiert nicht mehr.</translation>
    </message>
    <message>
        <source>the export</source>
        <translation>den Export</translation>
    </message>
    <message>
        <source>the copy</source>
        <translation>die Kopie</translation>
    </message>
    <message>
        <source>Wayline cannot write “%1” in the folder “%2”: %3.</source>
        <translation>Wayline kann „%1“ im Ordner „%2“ nicht schreiben: %3.</translation>
    </message>
    <message>
        <source>Wayline cannot create “%1” in the folder “%2”: %3.</source>
        <translation>Wayline kann „%1“ im Ordner „%2“ nicht anlegen: %3.</translation>
    </message>
    <message>
        <source>it does not exist</source>
        <translation>er existiert nicht</translation>
    </message>
    <message>
        <source>“%1” is the map itself; choose another file for %2.</source>
        <translation>„%1“ ist die Karte selbst; wählen Sie eine andere Datei für %2.</translation>
    </message>
    <message>
        <source>“%1” is a map open in Wayline; choose another file for %2.</source>
        <translation>„%1“ ist eine in Wayline geöffnete Karte; wählen Sie eine andere Datei für %2.</translation>
    </message>
    <message>
        <source>“%1” is a link to a folder that does not exist; choose another file for %2.</source>
        <translation>„%1“ ist ein Link auf einen Ordner, der nicht existiert; wählen Sie eine andere Datei für %2.</translation>
    </message>
    <message>
        <source>Wayline cannot write “%1” (%2).</source>
        <translation>Wayline kann „%1“ nicht schreiben (%2).</translation>
    </message>
    <message>
        <source>“%1” is a folder; give a file name for %2.</source>
        <translation>„%1“ ist ein Ordner; geben Sie einen Dateinamen für %2 an.</translation>
    </message>
    <message>
        <source>“%1” is not an ordinary file (it is a pipe, a device or a socket); choose another file for %2.</source>
        <translation>„%1“ ist keine gewöhnliche Datei (es ist eine Pipe, ein Gerät oder ein Socket); wählen Sie eine andere Datei für %2.</translation>
    </message>
    <message>
        <source>“%1” is read-only; choose another file for %2.</source>
        <translation>„%1“ ist schreibgeschützt; wählen Sie eine andere Datei für %2.</translation>
    </message>
    <message>
        <source>“%1” is a map open in Wayline by %2; choose another file for %3.</source>
        <translation>„%1“ ist eine Karte, die in Wayline von %2 geöffnet ist; wählen Sie eine andere Datei für %3.</translation>
    </message>
    <message>
        <source>There is no template called “%1”; choose one of: %2.</source>
        <translation>Es gibt keine Vorlage namens „%1“; wählen Sie eine dieser: %2.</translation>
    </message>
    <message>
        <source>This map holds text that must be shaped (Indic, Thai, Arabic, Hebrew or combining accents), which this installation of Wayline cannot do (uharfbuzz is missing); reinstall Wayline.</source>
        <translation>Diese Karte enthält Text, der geformt werden muss (indische Schriften, Thai, Arabisch, Hebräisch oder kombinierende Akzente), was diese Wayline-Installation nicht kann (uharfbuzz fehlt); installieren Sie Wayline neu.</translation>
    </message>
    <message>
        <source>This journey map is damaged: it holds no map.</source>
        <translation>Diese Journey Map ist beschädigt: Sie enthält keine Karte.</translation>
    </message>
    <message>
        <source>This journey map is damaged: it has no stages or no lanes.</source>
        <translation>Diese Journey Map ist beschädigt: Sie hat keine Phasen oder keine Bahnen.</translation>
    </message>
    <message>
        <source>The folder “%1” does not exist; choose where to save the export.</source>
        <translation>Der Ordner „%1“ existiert nicht; wählen Sie, wo der Export gespeichert werden soll.</translation>
    </message>
    <message>
        <source>Wayline could not save “%1” (%2).</source>
        <translation>Wayline konnte „%1“ nicht speichern (%2).</translation>
    </message>
    <message>
        <source>This map holds more distinct shaped glyphs than a PDF can carry.</source>
        <translation>Diese Karte enthält mehr verschiedene geformte Glyphen, als ein PDF aufnehmen kann.</translation>
    </message>
    <message>
        <source>The overlap cannot be negative.</source>
        <translation>Die Überlappung darf nicht negativ sein.</translation>
    </message>
    <message>
        <source>An overlap over 50 mm wastes most of each page; use 5 to 20 mm.</source>
        <translation>Eine Überlappung über 50 mm verschwendet den größten Teil jeder Seite; verwenden Sie 5 bis 20 mm.</translation>
    </message>
    <message>
        <source>The margin must be between 0 and 200 mm.</source>
        <translation>Der Rand muss zwischen 0 und 200 mm liegen.</translation>
    </message>
    <message>
        <source>Tiles are printed on A4 or Letter pages, not “%1”.</source>
        <translation>Kacheln werden auf A4- oder Letter-Seiten gedruckt, nicht auf „%1“.</translation>
    </message>
    <message>
        <source>A tiled poster is 1 to 40 pages wide.</source>
        <translation>Ein gekacheltes Poster ist 1 bis 40 Seiten breit.</translation>
    </message>
    <message>
        <source>The printer border must be between 0 and 25 mm.</source>
        <translation>Der Druckerrand muss zwischen 0 und 25 mm liegen.</translation>
    </message>
    <message>
        <source>The bleed must be between 0 and 10 mm (3 mm is usual).</source>
        <translation>Der Beschnitt muss zwischen 0 und 10 mm liegen (3 mm sind üblich).</translation>
    </message>
    <message>
        <source>The plan&apos;s pages are: %1; not “%2”.</source>
        <translation>Die Seiten des Plans sind: %1; nicht „%2“.</translation>
    </message>
    <message>
        <source>A viewing distance of %1 m is out of range (0.1 to 50 m).</source>
        <translation>Ein Betrachtungsabstand von %1 m liegt außerhalb des Bereichs (0,1 bis 50 m).</translation>
    </message>
    <message>
        <source>Unknown paper “%1”: use one of %2, or a size such as 600x900mm.</source>
        <translation>Unbekanntes Papier „%1“: Verwenden Sie eines von %2 oder eine Größe wie 600x900mm.</translation>
    </message>
    <message>
        <source>The paper “%1” is too small for a poster (at least 50 mm a side).</source>
        <translation>Das Papier „%1“ ist zu klein für ein Poster (mindestens 50 mm je Seite).</translation>
    </message>
    <message>
        <source>A %1 m page is longer than PDF allows (5.08 m, 200 in); tile it over smaller pages (--tile a4) or choose a smaller paper.</source>
        <translation>Eine %1 m lange Seite ist länger, als PDF erlaubt (5,08 m, 200 in); kacheln Sie das Poster über kleinere Seiten (--tile a4) oder wählen Sie ein kleineres Papier.</translation>
    </message>
    <message>
        <source>Unknown orientation “%1”: use auto, portrait or landscape.</source>
        <translation>Unbekannte Ausrichtung „%1“: Verwenden Sie auto, portrait oder landscape.</translation>
    </message>
    <message>
        <source>The margin cannot be negative.</source>
        <translation>Der Rand darf nicht negativ sein.</translation>
    </message>
    <message>
        <source>The margins leave no room for the map on this paper.</source>
        <translation>Die Ränder lassen auf diesem Papier keinen Platz für die Karte.</translation>
    </message>
    <message>
        <source>A scale of %1% is out of range (1% to 10000%).</source>
        <translation>Ein Maßstab von %1 % liegt außerhalb des Bereichs (1 % bis 10000 %).</translation>
    </message>
    <message>
        <source>A %1 m roll would need %2 panels; tile it over smaller pages (--tile a4) instead.</source>
        <translation>Eine %1 m lange Rolle bräuchte %2 Bahnen; kacheln Sie das Poster stattdessen über kleinere Seiten (--tile a4).</translation>
    </message>
    <message>
        <source>Wayline could not write “%1” (%2).</source>
        <translation>Wayline konnte „%1“ nicht schreiben (%2).</translation>
    </message>
    <message>
        <source>A PNG is 16 to %1 pixels wide, not %2.</source>
        <translation>Ein PNG ist 16 bis %1 Pixel breit, nicht %2.</translation>
    </message>
    <message>
        <source>Choose a resolution from %1 to %2 dpi, not %3.</source>
        <translation>Wählen Sie eine Auflösung von %1 bis %2 dpi, nicht %3.</translation>
    </message>
    <message>
        <source>A %1 × %2 pixel PNG is too large to open anywhere; choose a lower dpi or export a PDF poster.</source>
        <translation>Ein PNG mit %1 × %2 Pixeln ist zu groß, um es irgendwo zu öffnen; wählen Sie eine niedrigere dpi-Zahl oder exportieren Sie ein PDF-Poster.</translation>
    </message>
    <message>
        <source>The overlap or the printer border is too large for these pages.</source>
        <translation>Die Überlappung oder der Druckerrand ist zu groß für diese Seiten.</translation>
    </message>
    <message>
        <source>That poster would need %1 pages; choose a smaller final size.</source>
        <translation>Dieses Poster bräuchte %1 Seiten; wählen Sie eine kleinere Endgröße.</translation>
    </message>
    <message>
        <source>That poster would need %1 pages (at most %2); choose a smaller final size.</source>
        <translation>Dieses Poster bräuchte %1 Seiten (höchstens %2); wählen Sie eine kleinere Endgröße.</translation>
    </message>
    <message>
        <source>An emotion marker belongs to one of the map&apos;s personas.</source>
        <translation>Ein Gefühlsmarker gehört zu einer der Personas der Karte.</translation>
    </message>
    <message>
        <source>“%1” is larger than 20 MB; split it and import each part.</source>
        <translation>„%1“ ist größer als 20 MB; teilen Sie sie und importieren Sie jeden Teil.</translation>
    </message>
    <message>
        <source>“%1” holds no rows.</source>
        <translation>„%1“ enthält keine Zeilen.</translation>
    </message>
    <message>
        <source>“%1” has more than %2 rows.</source>
        <translation>„%1“ hat mehr als %2 Zeilen.</translation>
    </message>
    <message>
        <source>“%1” is not UTF-8 text; save it as CSV (UTF-8).</source>
        <translation>„%1“ ist kein UTF-8-Text; speichern Sie es als CSV (UTF-8).</translation>
    </message>
    <message>
        <source>“%1” is not a CSV file Wayline can read.</source>
        <translation>„%1“ ist keine CSV-Datei, die Wayline lesen kann.</translation>
    </message>
    <message>
        <source>Reading .xlsx needs openpyxl; save the sheet as CSV, or install openpyxl.</source>
        <translation>Zum Lesen von .xlsx wird openpyxl gebraucht; speichern Sie das Blatt als CSV oder installieren Sie openpyxl.</translation>
    </message>
    <message>
        <source>“%1” is not a workbook Wayline can read.</source>
        <translation>„%1“ ist keine Arbeitsmappe, die Wayline lesen kann.</translation>
    </message>
    <message>
        <source>“%1” unpacks to more than 200 MB; save the sheet as CSV and import that.</source>
        <translation>„%1“ entpackt sich zu mehr als 200 MB; speichern Sie das Blatt als CSV und importieren Sie diese.</translation>
    </message>
    <message>
        <source>“%1” has no sheet “%2”.</source>
        <translation>„%1“ hat kein Blatt „%2“.</translation>
    </message>
    <message>
        <source>There is no column “%1”; choose which column holds the %2.</source>
        <translation>Es gibt keine Spalte „%1“; wählen Sie, welche Spalte %2 enthält.</translation>
    </message>
    <message>
        <source>Name the metric these values are of.</source>
        <translation>Nennen Sie die Kennzahl, zu der diese Werte gehören.</translation>
    </message>
    <message>
        <source>Row %1: the metric has no name.</source>
        <translation>Zeile %1: Die Kennzahl hat keinen Namen.</translation>
    </message>
    <message>
        <source>Row %1: the map has no stage “%2”.</source>
        <translation>Zeile %1: Die Karte hat keine Phase „%2“.</translation>
    </message>
    <message>
        <source>Row %1: “%2” is not a date written like 2026-12-31.</source>
        <translation>Zeile %1: „%2“ ist kein Datum in der Form 2026-12-31.</translation>
    </message>
    <message>
        <source>Row %1: the value “%2” is not a number.</source>
        <translation>Zeile %1: Der Wert „%2“ ist keine Zahl.</translation>
    </message>
    <message>
        <source>Row %1: %2 is outside %3 to %4 for “%5”.</source>
        <translation>Zeile %1: %2 liegt für „%5“ außerhalb von %3 bis %4.</translation>
    </message>
    <message>
        <source>Row %1: n must be a whole number of 1 or more, not “%2”.</source>
        <translation>Zeile %1: n muss eine ganze Zahl ab 1 sein, nicht „%2“.</translation>
    </message>
    <message>
        <source>A survey gives NPS, CSAT or CES.</source>
        <translation>Eine Umfrage ergibt NPS, CSAT oder CES.</translation>
    </message>
    <message>
        <source>A date must be written like 2026-12-31.</source>
        <translation>Ein Datum muss in der Form 2026-12-31 geschrieben sein.</translation>
    </message>
    <message>
        <source>Row %1: the answer “%2” is not a whole number from %3 to %4.</source>
        <translation>Zeile %1: Die Antwort „%2“ ist keine ganze Zahl von %3 bis %4.</translation>
    </message>
    <message>
        <source>That metric value no longer exists.</source>
        <translation>Diesen Kennzahlwert gibt es nicht mehr.</translation>
    </message>
    <message>
        <source>A metric&apos;s kind must be one of: %1.</source>
        <translation>Die Art einer Kennzahl muss eine von diesen sein: %1.</translation>
    </message>
    <message>
        <source>A metric is better higher or lower.</source>
        <translation>Eine Kennzahl ist höher oder niedriger besser.</translation>
    </message>
    <message>
        <source>The age after which a value is stale</source>
        <translation>Das Alter, ab dem ein Wert veraltet ist,</translation>
    </message>
    <message>
        <source>That metric no longer exists.</source>
        <translation>Diese Kennzahl gibt es nicht mehr.</translation>
    </message>
    <message>
        <source>A metric&apos;s value</source>
        <translation>Der Wert einer Kennzahl</translation>
    </message>
    <message>
        <source>A sample size</source>
        <translation>Eine Stichprobengröße</translation>
    </message>
    <message>
        <source>A sample size (n) is a whole number of 1 or more.</source>
        <translation>Eine Stichprobengröße (n) ist eine ganze Zahl ab 1.</translation>
    </message>
    <message>
        <source>A metric value needs the date it was taken.</source>
        <translation>Ein Kennzahlwert braucht das Datum, an dem er erhoben wurde.</translation>
    </message>
    <message>
        <source>That action no longer exists.</source>
        <translation>Diese Maßnahme gibt es nicht mehr.</translation>
    </message>
    <message>
        <source>Those cards are no longer linked.</source>
        <translation>Diese Karten sind nicht mehr verknüpft.</translation>
    </message>
    <message>
        <source>A card cannot address itself.</source>
        <translation>Eine Karte kann sich nicht selbst adressieren.</translation>
    </message>
    <message>
        <source>These two cards are linked already.</source>
        <translation>Diese beiden Karten sind bereits verknüpft.</translation>
    </message>
    <message>
        <source>A backlog format must be one of: %1.</source>
        <translation>Ein Backlog-Format muss eines von diesen sein: %1.</translation>
    </message>
    <message>
        <source>“%1” is larger than 20 MB; that is no backlog Wayline wrote.</source>
        <translation>„%1“ ist größer als 20 MB; das ist kein Backlog, das Wayline geschrieben hat.</translation>
    </message>
    <message>
        <source>“%1” is not UTF-8 text; export it from the tracker as CSV (UTF-8).</source>
        <translation>„%1“ ist kein UTF-8-Text; exportieren Sie es aus dem Tracker als CSV (UTF-8).</translation>
    </message>
    <message>
        <source>Row %1 repeats the Wayline ID of row %2.</source>
        <translation>Zeile %1 wiederholt die Wayline-ID von Zeile %2.</translation>
    </message>
    <message>
        <source>Row %1: the status “%2” is not one Wayline knows.</source>
        <translation>Zeile %1: Den Status „%2“ kennt Wayline nicht.</translation>
    </message>
    <message>
        <source>Row %1: the issue key is longer than 200 characters.</source>
        <translation>Zeile %1: Der Vorgangsschlüssel ist länger als 200 Zeichen.</translation>
    </message>
    <message>
        <source>Nothing was changed: correct the rows above and import again.</source>
        <translation>Es wurde nichts geändert: Korrigieren Sie die Zeilen oben und importieren Sie erneut.</translation>
    </message>
</context>
<context>
    <name>Repairs</name>
    <message>
        <source>an order number was not a number</source>
        <translation>eine Ordnungsnummer keine Zahl war</translation>
    </message>
    <message>
        <source>Repaired 1 value where %1.</source>
        <translation>1 Wert repariert, wo %1.</translation>
    </message>
    <message>
        <source>Repaired %1 values where %2.</source>
        <translation>%1 Werte repariert, wo %2.</translation>
    </message>
    <message>
        <source>the map&apos;s title or notes were unreadable or too long</source>
        <translation>Titel oder Notizen der Karte unlesbar oder zu lang waren</translation>
    </message>
    <message>
        <source>a stage name was unreadable or too long</source>
        <translation>ein Phasenname unlesbar oder zu lang war</translation>
    </message>
    <message>
        <source>a stage width was out of range</source>
        <translation>eine Phasenbreite außerhalb des Bereichs lag</translation>
    </message>
    <message>
        <source>a lane name was unreadable or too long</source>
        <translation>ein Bahnname unlesbar oder zu lang war</translation>
    </message>
    <message>
        <source>a lane kind was unknown</source>
        <translation>eine Bahnart unbekannt war</translation>
    </message>
    <message>
        <source>a lane height was out of range</source>
        <translation>eine Bahnhöhe außerhalb des Bereichs lag</translation>
    </message>
    <message>
        <source>a persona field was unreadable or too long</source>
        <translation>ein Persona-Feld unlesbar oder zu lang war</translation>
    </message>
    <message>
        <source>a persona photo was missing or unreadable</source>
        <translation>ein Persona-Foto fehlte oder unlesbar war</translation>
    </message>
    <message>
        <source>A picture was stored in a format Wayline does not open (%1) and is not shown.</source>
        <translation>Ein Bild wurde in einem Format gespeichert, das Wayline nicht öffnet (%1), und wird nicht angezeigt.</translation>
    </message>
    <message>
        <source>a stage colour was not a colour</source>
        <translation>eine Phasenfarbe keine Farbe war</translation>
    </message>
    <message>
        <source>a lane belonged to a missing persona</source>
        <translation>eine Bahn zu einer fehlenden Persona gehörte</translation>
    </message>
    <message>
        <source>%1 pictures were stored in formats Wayline does not open (%2) and are not shown.</source>
        <translation>%1 Bilder wurden in Formaten gespeichert, die Wayline nicht öffnet (%2), und werden nicht angezeigt.</translation>
    </message>
    <message>
        <source>a persona&apos;s colour was not a colour</source>
        <translation>die Farbe einer Persona keine Farbe war</translation>
    </message>
    <message>
        <source>a persona&apos;s line was unknown</source>
        <translation>die Linie einer Persona unbekannt war</translation>
    </message>
    <message>
        <source>a persona&apos;s marker shape was unknown</source>
        <translation>die Markerform einer Persona unbekannt war</translation>
    </message>
    <message>
        <source>a card pointed at a missing stage or lane and was left out</source>
        <translation>eine Karte auf eine fehlende Phase oder Bahn verwies und weggelassen wurde</translation>
    </message>
    <message>
        <source>a card&apos;s text was unreadable or too long</source>
        <translation>der Text einer Karte unlesbar oder zu lang war</translation>
    </message>
    <message>
        <source>a card colour was not a colour</source>
        <translation>eine Kartenfarbe keine Farbe war</translation>
    </message>
    <message>
        <source>a card channel was unknown</source>
        <translation>ein Kartenkanal unbekannt war</translation>
    </message>
    <message>
        <source>a vote count was out of range</source>
        <translation>eine Stimmenzahl außerhalb des Bereichs lag</translation>
    </message>
    <message>
        <source>a card&apos;s picture was missing or unreadable</source>
        <translation>das Bild einer Karte fehlte oder unlesbar war</translation>
    </message>
    <message>
        <source>a card was for personas the map does not have</source>
        <translation>eine Karte für Personas galt, die die Karte nicht hat</translation>
    </message>
    <message>
        <source>an emotion marker pointed at a missing stage or lane and was left out</source>
        <translation>eine Emotionsmarkierung auf eine fehlende Phase oder Bahn verwies und weggelassen wurde</translation>
    </message>
    <message>
        <source>an emotion marker belonged to a missing persona and was left out</source>
        <translation>ein Gefühlsmarker zu einer fehlenden Persona gehörte und weggelassen wurde</translation>
    </message>
    <message>
        <source>an emotion marker belonged to no persona</source>
        <translation>ein Gefühlsmarker zu keiner Persona gehörte</translation>
    </message>
    <message>
        <source>a marker was on neither the persona&apos;s curve nor the target one</source>
        <translation>ein Marker weder auf der Kurve der Persona noch auf ihrer Zielkurve lag</translation>
    </message>
    <message>
        <source>a feeling was outside -3..+3</source>
        <translation>ein Gefühl außerhalb von -3..+3 lag</translation>
    </message>
    <message>
        <source>a marker&apos;s place was out of range</source>
        <translation>die Stelle einer Markierung außerhalb des Bereichs lag</translation>
    </message>
    <message>
        <source>a marker label was unreadable or too long</source>
        <translation>eine Markierungsbeschriftung unlesbar oder zu lang war</translation>
    </message>
    <message>
        <source>an identity was missing or repeated</source>
        <translation>eine Identität fehlte oder doppelt vorkam</translation>
    </message>
    <message>
        <source>the scoring model was unknown</source>
        <translation>das Bewertungsmodell unbekannt war</translation>
    </message>
    <message>
        <source>a quadrant name was unreadable or too long</source>
        <translation>ein Quadrantenname unlesbar oder zu lang war</translation>
    </message>
    <message>
        <source>a score was out of range and was cleared</source>
        <translation>eine Bewertung außerhalb des Bereichs lag und entfernt wurde</translation>
    </message>
    <message>
        <source>a link pointed at a missing card and was left out</source>
        <translation>eine Verknüpfung auf eine fehlende Karte zeigte und weggelassen wurde</translation>
    </message>
    <message>
        <source>an action belonged to a missing card and was left out</source>
        <translation>eine Maßnahme zu einer fehlenden Karte gehörte und weggelassen wurde</translation>
    </message>
    <message>
        <source>an action&apos;s title, owner or tracker key was unreadable or too long</source>
        <translation>Titel, verantwortliche Person oder Tracker-Schlüssel einer Maßnahme unlesbar oder zu lang waren</translation>
    </message>
    <message>
        <source>a due date was not a date and was cleared</source>
        <translation>ein Fälligkeitsdatum kein Datum war und entfernt wurde</translation>
    </message>
    <message>
        <source>an action&apos;s status was unknown</source>
        <translation>der Status einer Maßnahme unbekannt war</translation>
    </message>
    <message>
        <source>a metric&apos;s name, unit or owner was unreadable or too long</source>
        <translation>Name, Einheit oder verantwortliche Person einer Kennzahl unlesbar oder zu lang waren</translation>
    </message>
    <message>
        <source>a metric&apos;s kind was unknown</source>
        <translation>die Art einer Kennzahl unbekannt war</translation>
    </message>
    <message>
        <source>a metric was neither better higher nor lower</source>
        <translation>eine Kennzahl weder höher noch niedriger besser war</translation>
    </message>
    <message>
        <source>a metric&apos;s baseline or target was out of range and was cleared</source>
        <translation>Ausgangs- oder Zielwert einer Kennzahl außerhalb des Bereichs lag und entfernt wurde</translation>
    </message>
    <message>
        <source>a metric&apos;s date was not a date and was cleared</source>
        <translation>ein Datum einer Kennzahl kein Datum war und entfernt wurde</translation>
    </message>
    <message>
        <source>a metric&apos;s age for stale values was out of range</source>
        <translation>das Alter für veraltete Werte einer Kennzahl außerhalb des Bereichs lag</translation>
    </message>
    <message>
        <source>a metric value was out of range, undated or of a missing metric or stage and was left out</source>
        <translation>ein Kennzahlwert außerhalb des Bereichs lag, kein Datum hatte oder zu einer fehlenden Kennzahl oder Phase gehörte und weggelassen wurde</translation>
    </message>
    <message>
        <source>a sample size was not a whole number of 1 or more and was cleared</source>
        <translation>eine Stichprobengröße keine ganze Zahl ab 1 war und entfernt wurde</translation>
    </message>
</context>
<context>
    <name>Scoring</name>
    <message>
        <source>Impact</source>
        <translation>Wirkung</translation>
    </message>
    <message>
        <source>Effort</source>
        <translation>Aufwand</translation>
    </message>
    <message>
        <source>Reach</source>
        <translation>Reichweite</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>Zuversicht</translation>
    </message>
    <message>
        <source>Ease</source>
        <translation>Einfachheit</translation>
    </message>
    <message>
        <source>Impact × effort</source>
        <translation>Wirkung × Aufwand</translation>
    </message>
    <message>
        <source>impact ÷ effort</source>
        <translation>Wirkung ÷ Aufwand</translation>
    </message>
    <message>
        <source>RICE</source>
        <translation>RICE</translation>
    </message>
    <message>
        <source>reach × impact × confidence ÷ effort</source>
        <translation>Reichweite × Wirkung × Zuversicht ÷ Aufwand</translation>
    </message>
    <message>
        <source>ICE</source>
        <translation>ICE</translation>
    </message>
    <message>
        <source>impact × confidence × ease</source>
        <translation>Wirkung × Zuversicht × Einfachheit</translation>
    </message>
    <message>
        <source>Quick wins</source>
        <translation>Schnelle Erfolge</translation>
    </message>
    <message>
        <source>Big bets</source>
        <translation>Große Wetten</translation>
    </message>
    <message>
        <source>Fill-ins</source>
        <translation>Lückenfüller</translation>
    </message>
    <message>
        <source>Money pits</source>
        <translation>Geldgräber</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <source>%1 and %2</source>
        <translation>%1 und %2</translation>
    </message>
    <message numerus="yes">
        <source>%n card(s)</source>
        <translation>
            <numerusform>%n Karte</numerusform>
            <numerusform>%n Karten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n emotion marker(s)</source>
        <translation>
            <numerusform>%n Emotionsmarkierung</numerusform>
            <numerusform>%n Emotionsmarkierungen</numerusform>
        </translation>
    </message>
    <message>
        <source>Deleted stage “%1” — %2 brings it back.</source>
        <translation>Phase „%1“ gelöscht — %2 holt sie zurück.</translation>
    </message>
    <message>
        <source>Deleted stage “%1” with %2 — %3 brings it back.</source>
        <translation>Phase „%1“ mit %2 gelöscht — %3 holt sie zurück.</translation>
    </message>
    <message>
        <source>Deleted lane “%1” — %2 brings it back.</source>
        <translation>Bahn „%1“ gelöscht — %2 holt sie zurück.</translation>
    </message>
    <message>
        <source>Deleted lane “%1” with %2 — %3 brings it back.</source>
        <translation>Bahn „%1“ mit %2 gelöscht — %3 holt sie zurück.</translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n stage(s) with %1 — %2 brings them back.</source>
        <translation>
            <numerusform>%n Phase mit %1 gelöscht — %2 holt sie zurück.</numerusform>
            <numerusform>%n Phasen mit %1 gelöscht — %2 holt sie zurück.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n stage(s) — %1 brings them back.</source>
        <translation>
            <numerusform>%n Phase gelöscht — %1 holt sie zurück.</numerusform>
            <numerusform>%n Phasen gelöscht — %1 holt sie zurück.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n lane(s) with %1 — %2 brings them back.</source>
        <translation>
            <numerusform>%n Bahn mit %1 gelöscht — %2 holt sie zurück.</numerusform>
            <numerusform>%n Bahnen mit %1 gelöscht — %2 holt sie zurück.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n lane(s) — %1 brings them back.</source>
        <translation>
            <numerusform>%n Bahn gelöscht — %1 holt sie zurück.</numerusform>
            <numerusform>%n Bahnen gelöscht — %1 holt sie zurück.</numerusform>
        </translation>
    </message>
    <message>
        <source>This map has no lane that holds cards; add one, then paste.</source>
        <translation>Diese Karte hat keine Bahn, die Karten aufnimmt; fügen Sie eine hinzu und dann ein.</translation>
    </message>
    <message>
        <source>Add an emotions lane first: emotion markers live there.</source>
        <translation>Fügen Sie zuerst eine Emotionsbahn hinzu: Dort leben die Emotionsmarkierungen.</translation>
    </message>
    <message>
        <source>“%1” is open for viewing only; use Save As to edit a copy.</source>
        <translation>„%1“ ist nur zum Ansehen geöffnet; bearbeiten Sie mit „Speichern unter“ eine Kopie.</translation>
    </message>
    <message>
        <source>Wayline could not take a backup copy of “%1” (%2); your map itself is saved.</source>
        <translation>Wayline konnte keine Sicherung von „%1“ anlegen (%2); Ihre Karte selbst ist gespeichert.</translation>
    </message>
    <message>
        <source>New markers go on %1&apos;s felt curve (today).</source>
        <translation>Neue Marker kommen auf die gefühlte Kurve von %1 (heute).</translation>
    </message>
    <message>
        <source>New markers go on %1&apos;s target curve (the future state).</source>
        <translation>Neue Marker kommen auf die Zielkurve von %1 (der künftige Zustand).</translation>
    </message>
    <message>
        <source>New markers go on the felt curve (today).</source>
        <translation>Neue Marker kommen auf die gefühlte Kurve (heute).</translation>
    </message>
    <message>
        <source>New markers go on the target curve (the future state).</source>
        <translation>Neue Marker kommen auf die Zielkurve (der künftige Zustand).</translation>
    </message>
    <message>
        <source>Marker added to %1&apos;s felt curve.</source>
        <translation>Marker auf die gefühlte Kurve von %1 gesetzt.</translation>
    </message>
    <message>
        <source>Marker added to %1&apos;s target curve (the future state).</source>
        <translation>Marker auf die Zielkurve von %1 gesetzt (der künftige Zustand).</translation>
    </message>
    <message>
        <source>Marker added to the felt curve.</source>
        <translation>Marker auf die gefühlte Kurve gesetzt.</translation>
    </message>
    <message>
        <source>Marker added to the target curve (the future state).</source>
        <translation>Marker auf die Zielkurve gesetzt (der künftige Zustand).</translation>
    </message>
    <message numerus="yes">
        <source>addressed by %n</source>
        <translation>
            <numerusform>adressiert von %n</numerusform>
            <numerusform>adressiert von %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Link an opportunity to a pain point it addresses: drag one onto the other with Alt held.</source>
        <translation>Verknüpfen Sie eine Chance mit einem Schmerzpunkt, den sie adressiert: Ziehen Sie eine Karte mit gedrückter Alt-Taste auf die andere.</translation>
    </message>
</context>
<context>
    <name>Steps</name>
    <message>
        <source>Move stage</source>
        <translation>Phase verschieben</translation>
    </message>
    <message>
        <source>Move lane</source>
        <translation>Bahn verschieben</translation>
    </message>
    <message>
        <source>Resize stage</source>
        <translation>Phasenbreite ändern</translation>
    </message>
    <message>
        <source>Resize lane</source>
        <translation>Bahnhöhe ändern</translation>
    </message>
    <message>
        <source>Add card</source>
        <translation>Karte hinzufügen</translation>
    </message>
    <message>
        <source>Move emotion marker</source>
        <translation>Emotionsmarkierung verschieben</translation>
    </message>
    <message>
        <source>Add emotion marker</source>
        <translation>Emotionsmarkierung hinzufügen</translation>
    </message>
    <message>
        <source>Add target marker</source>
        <translation>Zielmarker hinzufügen</translation>
    </message>
    <message>
        <source>Add stage</source>
        <translation>Phase hinzufügen</translation>
    </message>
    <message>
        <source>Edit card text</source>
        <translation>Kartentext bearbeiten</translation>
    </message>
    <message>
        <source>Edit card texts</source>
        <translation>Kartentexte bearbeiten</translation>
    </message>
    <message>
        <source>Colour card</source>
        <translation>Karte einfärben</translation>
    </message>
    <message>
        <source>Colour cards</source>
        <translation>Karten einfärben</translation>
    </message>
    <message>
        <source>Set channel</source>
        <translation>Kanal festlegen</translation>
    </message>
    <message>
        <source>Set channels</source>
        <translation>Kanäle festlegen</translation>
    </message>
    <message>
        <source>Set votes</source>
        <translation>Stimmen festlegen</translation>
    </message>
    <message>
        <source>Set votes on cards</source>
        <translation>Stimmen auf Karten festlegen</translation>
    </message>
    <message>
        <source>Set card personas</source>
        <translation>Personas der Karte festlegen</translation>
    </message>
    <message>
        <source>Set cards&apos; personas</source>
        <translation>Personas der Karten festlegen</translation>
    </message>
    <message>
        <source>Rename stage</source>
        <translation>Phase umbenennen</translation>
    </message>
    <message>
        <source>Colour stage</source>
        <translation>Phase einfärben</translation>
    </message>
    <message>
        <source>Rename lane</source>
        <translation>Bahn umbenennen</translation>
    </message>
    <message>
        <source>Change lane kind</source>
        <translation>Art der Bahn ändern</translation>
    </message>
    <message>
        <source>Give lane to persona</source>
        <translation>Bahn einer Persona geben</translation>
    </message>
    <message>
        <source>Edit marker label</source>
        <translation>Beschriftung der Markierung bearbeiten</translation>
    </message>
    <message>
        <source>Change feeling</source>
        <translation>Gefühl ändern</translation>
    </message>
    <message>
        <source>Move marker to another curve</source>
        <translation>Marker auf eine andere Kurve legen</translation>
    </message>
    <message>
        <source>Rename journey</source>
        <translation>Journey umbenennen</translation>
    </message>
    <message>
        <source>Edit scenario</source>
        <translation>Szenario bearbeiten</translation>
    </message>
    <message>
        <source>Rename persona</source>
        <translation>Persona umbenennen</translation>
    </message>
    <message>
        <source>Edit persona role</source>
        <translation>Rolle der Persona bearbeiten</translation>
    </message>
    <message>
        <source>Edit goals</source>
        <translation>Ziele bearbeiten</translation>
    </message>
    <message>
        <source>Edit frustrations</source>
        <translation>Frustrationen bearbeiten</translation>
    </message>
    <message>
        <source>Edit quote</source>
        <translation>Zitat bearbeiten</translation>
    </message>
    <message>
        <source>Add persona</source>
        <translation>Persona hinzufügen</translation>
    </message>
    <message>
        <source>Remove persona</source>
        <translation>Persona entfernen</translation>
    </message>
    <message>
        <source>Move persona</source>
        <translation>Persona verschieben</translation>
    </message>
    <message>
        <source>Remove persona photo</source>
        <translation>Foto der Persona entfernen</translation>
    </message>
    <message>
        <source>Change persona line</source>
        <translation>Linie der Persona ändern</translation>
    </message>
    <message>
        <source>Change persona marker</source>
        <translation>Markerform der Persona ändern</translation>
    </message>
    <message>
        <source>Change persona colour</source>
        <translation>Farbe der Persona ändern</translation>
    </message>
    <message>
        <source>Set persona photo</source>
        <translation>Foto der Persona festlegen</translation>
    </message>
    <message numerus="yes">
        <source>Move %n card(s)</source>
        <translation>
            <numerusform>%n Karte verschieben</numerusform>
            <numerusform>%n Karten verschieben</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Paste %n card(s)</source>
        <translation>
            <numerusform>%n Karte einfügen</numerusform>
            <numerusform>%n Karten einfügen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Duplicate %n card(s)</source>
        <translation>
            <numerusform>%n Karte duplizieren</numerusform>
            <numerusform>%n Karten duplizieren</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Add %n picture(s)</source>
        <translation>
            <numerusform>%n Bild hinzufügen</numerusform>
            <numerusform>%n Bilder hinzufügen</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete %1 and %2</source>
        <translation>%1 und %2 löschen</translation>
    </message>
    <message numerus="yes">
        <source>%n card(s)</source>
        <translation>
            <numerusform>%n Karte</numerusform>
            <numerusform>%n Karten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n emotion marker(s)</source>
        <translation>
            <numerusform>%n Emotionsmarkierung</numerusform>
            <numerusform>%n Emotionsmarkierungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n card(s)</source>
        <translation>
            <numerusform>%n Karte löschen</numerusform>
            <numerusform>%n Karten löschen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n emotion marker(s)</source>
        <translation>
            <numerusform>%n Emotionsmarkierung löschen</numerusform>
            <numerusform>%n Emotionsmarkierungen löschen</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete stage</source>
        <translation>Phase löschen</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n stage(s)</source>
        <translation>
            <numerusform>%n Phase löschen</numerusform>
            <numerusform>%n Phasen löschen</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete lane</source>
        <translation>Bahn löschen</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n lane(s)</source>
        <translation>
            <numerusform>%n Bahn löschen</numerusform>
            <numerusform>%n Bahnen löschen</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit stage name</source>
        <translation>Phasennamen bearbeiten</translation>
    </message>
    <message>
        <source>Edit lane name</source>
        <translation>Bahnnamen bearbeiten</translation>
    </message>
    <message>
        <source>Add actions lane</source>
        <translation>Bahn „Aktionen“ hinzufügen</translation>
    </message>
    <message>
        <source>Add touchpoints lane</source>
        <translation>Bahn „Kontaktpunkte“ hinzufügen</translation>
    </message>
    <message>
        <source>Add thoughts lane</source>
        <translation>Bahn „Gedanken“ hinzufügen</translation>
    </message>
    <message>
        <source>Add emotions lane</source>
        <translation>Bahn „Emotionen“ hinzufügen</translation>
    </message>
    <message>
        <source>Add pain points lane</source>
        <translation>Bahn „Schmerzpunkte“ hinzufügen</translation>
    </message>
    <message>
        <source>Add opportunities lane</source>
        <translation>Bahn „Chancen“ hinzufügen</translation>
    </message>
    <message>
        <source>Add backstage lane</source>
        <translation>Bahn „Hinter den Kulissen“ hinzufügen</translation>
    </message>
    <message>
        <source>Add metrics lane</source>
        <translation>Bahn „Kennzahlen“ hinzufügen</translation>
    </message>
    <message>
        <source>Add images lane</source>
        <translation>Bahn „Bilder“ hinzufügen</translation>
    </message>
    <message>
        <source>Add notes lane</source>
        <translation>Bahn „Notizen“ hinzufügen</translation>
    </message>
    <message>
        <source>Add %1 lane</source>
        <translation>Bahn „%1“ hinzufügen</translation>
    </message>
    <message>
        <source>Add vote</source>
        <translation>Stimme hinzufügen</translation>
    </message>
    <message numerus="yes">
        <source>Add %n vote(s)</source>
        <translation>
            <numerusform>%n Stimme hinzufügen</numerusform>
            <numerusform>%n Stimmen hinzufügen</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove vote</source>
        <translation>Stimme entfernen</translation>
    </message>
    <message>
        <source>Capture thought</source>
        <translation>Gedanken erfassen</translation>
    </message>
    <message>
        <source>Capture pain point</source>
        <translation>Schmerzpunkt erfassen</translation>
    </message>
    <message>
        <source>Capture opportunity</source>
        <translation>Chance erfassen</translation>
    </message>
    <message>
        <source>Capture card</source>
        <translation>Karte erfassen</translation>
    </message>
    <message>
        <source>Capture feeling</source>
        <translation>Gefühl erfassen</translation>
    </message>
    <message>
        <source>Score “%1”: impact %2, effort %3</source>
        <translation>„%1“ bewerten: Wirkung %2, Aufwand %3</translation>
    </message>
    <message>
        <source>Rename quadrants</source>
        <translation>Quadranten umbenennen</translation>
    </message>
    <message>
        <source>Choose scoring</source>
        <translation>Bewertung wählen</translation>
    </message>
    <message>
        <source>Edit action</source>
        <translation>Maßnahme bearbeiten</translation>
    </message>
    <message>
        <source>Set action owner</source>
        <translation>Verantwortliche Person festlegen</translation>
    </message>
    <message>
        <source>Set tracker key</source>
        <translation>Tracker-Schlüssel festlegen</translation>
    </message>
    <message>
        <source>Set due date</source>
        <translation>Fälligkeitsdatum festlegen</translation>
    </message>
    <message>
        <source>Set action status</source>
        <translation>Status der Maßnahme festlegen</translation>
    </message>
    <message>
        <source>Score card</source>
        <translation>Karte bewerten</translation>
    </message>
    <message>
        <source>Link cards</source>
        <translation>Karten verknüpfen</translation>
    </message>
    <message>
        <source>Unlink cards</source>
        <translation>Karten lösen</translation>
    </message>
    <message>
        <source>Add action</source>
        <translation>Maßnahme hinzufügen</translation>
    </message>
    <message>
        <source>Remove action</source>
        <translation>Maßnahme entfernen</translation>
    </message>
    <message>
        <source>Import %1 metric values</source>
        <translation>%1 Kennzahlwerte importieren</translation>
    </message>
    <message>
        <source>Edit metric</source>
        <translation>Kennzahl bearbeiten</translation>
    </message>
    <message>
        <source>Add metric</source>
        <translation>Kennzahl hinzufügen</translation>
    </message>
    <message>
        <source>Remove metric</source>
        <translation>Kennzahl entfernen</translation>
    </message>
    <message>
        <source>Score effort %1</source>
        <translation>Aufwand %1 geben</translation>
    </message>
    <message>
        <source>Score impact %1</source>
        <translation>Wirkung %1 geben</translation>
    </message>
</context>
<context>
    <name>Templates</name>
    <message>
        <source>Blank</source>
        <translation>Leer</translation>
    </message>
    <message>
        <source>Sample</source>
        <translation>Beispiel</translation>
    </message>
    <message>
        <source>An empty map with the six usual stages and the usual lanes</source>
        <translation>Eine leere Karte mit den sechs üblichen Phasen und den üblichen Bahnen</translation>
    </message>
    <message>
        <source>A realistic example: Online grocery — first order, with a persona and every lane kind</source>
        <translation>Ein realistisches Beispiel: Online-Lebensmittelhandel — erste Bestellung, mit einer Persona und jeder Bahnart</translation>
    </message>
</context>
<context>
    <name>Wayline</name>
    <message>
        <source>Journey maps (*.journey)</source>
        <translation>Journey Maps (*.journey)</translation>
    </message>
    <message>
        <source>Your changes that were not written back are kept beside it as “{name}”.</source>
        <translation>Ihre nicht zurückgeschriebenen Änderungen liegen daneben als „{name}“.</translation>
    </message>
    <message>
        <source>Open a journey map</source>
        <translation>Eine Journey Map öffnen</translation>
    </message>
    <message>
        <source>Save a copy as</source>
        <translation>Eine Kopie speichern unter</translation>
    </message>
    <message>
        <source>“{name}” could not be written.</source>
        <translation>„{name}“ konnte nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>{n} entries of “{map}” could not be copied into “{copy}” (values Wayline cannot hold).</source>
        <translation>{n} Einträge von „{map}“ konnten nicht nach „{copy}“ kopiert werden (Werte, die Wayline nicht fassen kann).</translation>
    </message>
    <message>
        <source>1 entry of “{map}” could not be copied into “{copy}” (values Wayline cannot hold).</source>
        <translation>1 Eintrag von „{map}“ konnte nicht nach „{copy}“ kopiert werden (ein Wert, den Wayline nicht fassen kann).</translation>
    </message>
</context>
<context>
    <name>Workshop</name>
    <message>
        <source>Whole map</source>
        <translation>Ganze Karte</translation>
    </message>
    <message>
        <source>Top %1: where the room put its dots</source>
        <translation>Top %1: wohin der Raum seine Punkte gesetzt hat</translation>
    </message>
    <message>
        <source>No votes yet: start a voting round with Ctrl+D.</source>
        <translation>Noch keine Stimmen: Starten Sie eine Abstimmungsrunde mit Strg+D.</translation>
    </message>
    <message>
        <source>←/→ stage · Home whole map · type to capture, Enter next · Tab lane · Ctrl+arrows cell · Ctrl+T timer, Ctrl+Shift+T/M ± minute, Ctrl+Shift+Backspace reset · Ctrl+D vote · Ctrl+R top · Esc leave</source>
        <translation>←/→ Phase · Pos1 ganze Karte · tippen zum Erfassen, Eingabe nächste · Tab Bahn · Strg+Pfeile Zelle · Strg+T Timebox, Strg+Umschalt+T/M ± Minute, Strg+Umschalt+Rücktaste zurücksetzen · Strg+D abstimmen · Strg+R Top · Esc beenden</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Starten</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Anhalten</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <source> min</source>
        <translation> Min.</translation>
    </message>
    <message>
        <source> dots each</source>
        <translation> Punkte je Person</translation>
    </message>
    <message>
        <source> people</source>
        <translation> Personen</translation>
    </message>
    <message>
        <source>◀ Previous</source>
        <translation>◀ Zurück</translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation>Weiter ▶</translation>
    </message>
    <message>
        <source>+1 min</source>
        <translation>+1 Min.</translation>
    </message>
    <message>
        <source>−1 min</source>
        <translation>−1 Min.</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Zurücksetzen</translation>
    </message>
    <message>
        <source>Start voting</source>
        <translation>Abstimmung starten</translation>
    </message>
    <message>
        <source>Show top</source>
        <translation>Top zeigen</translation>
    </message>
    <message>
        <source>Zoom to fit readable</source>
        <translation>Lesbar zoomen</translation>
    </message>
    <message>
        <source>Leave (Esc)</source>
        <translation>Beenden (Esc)</translation>
    </message>
    <message>
        <source>Swap screens</source>
        <translation>Bildschirme tauschen</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Time box</source>
        <translation>Timebox</translation>
    </message>
    <message>
        <source>Dot voting</source>
        <translation>Punktabfrage</translation>
    </message>
    <message>
        <source>Top</source>
        <translation>Top</translation>
    </message>
    <message>
        <source>Legibility on the projector</source>
        <translation>Lesbarkeit am Beamer</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Next: %1</source>
        <translation>Als Nächstes: %1</translation>
    </message>
    <message>
        <source>Last stage</source>
        <translation>Letzte Phase</translation>
    </message>
    <message>
        <source>End voting</source>
        <translation>Abstimmung beenden</translation>
    </message>
    <message>
        <source>Hide top</source>
        <translation>Top ausblenden</translation>
    </message>
    <message>
        <source>Typing goes to: %1 · %2 · feelings: %3</source>
        <translation>Getippt wird in: %1 · %2 · Gefühle: %3</translation>
    </message>
    <message>
        <source>Typing goes to: %1 · %2</source>
        <translation>Getippt wird in: %1 · %2</translation>
    </message>
    <message>
        <source>✔ Every card on the projector is readable.</source>
        <translation>✔ Jede Karte am Beamer ist lesbar.</translation>
    </message>
    <message>
        <source>No notes for this stage.</source>
        <translation>Keine Notizen für diese Phase.</translation>
    </message>
    <message>
        <source> “%1” starts a card.</source>
        <translation> „%1“ beginnt eine Karte.</translation>
    </message>
    <message>
        <source>One dot taken back.</source>
        <translation>Ein Punkt zurückgenommen.</translation>
    </message>
    <message>
        <source>Wayline — workshop</source>
        <translation>Wayline — Workshop</translation>
    </message>
    <message>
        <source>● %1 of %2 dots left</source>
        <translation>● %1 von %2 Punkten übrig</translation>
    </message>
    <message>
        <source>Time&apos;s up  %1</source>
        <translation>Zeit ist um  %1</translation>
    </message>
    <message>
        <source>Wayline — presenter view</source>
        <translation>Wayline — Referentenansicht</translation>
    </message>
    <message>
        <source>Time is up.</source>
        <translation>Die Zeit ist um.</translation>
    </message>
    <message>
        <source>Feelings now go on %1&apos;s curve.</source>
        <translation>Gefühle gehen jetzt auf die Kurve von %1.</translation>
    </message>
    <message>
        <source>Time box ended. %1</source>
        <translation>Timebox beendet. %1</translation>
    </message>
    <message>
        <source>Scoring round ended.</source>
        <translation>Bewertungsrunde beendet.</translation>
    </message>
    <message>
        <source>Scoring round: select an opportunity, then press its impact and its effort, 1–5. Typing still captures.</source>
        <translation>Bewertungsrunde: Wählen Sie eine Chance und drücken Sie dann ihre Wirkung und ihren Aufwand, 1–5. Tippen erfasst weiterhin.</translation>
    </message>
    <message>
        <source>Time box paused at %1.</source>
        <translation>Timebox angehalten bei %1.</translation>
    </message>
    <message>
        <source>Time is up (%1). Ctrl+T ends the time box.</source>
        <translation>Die Zeit ist um (%1). Strg+T beendet die Timebox.</translation>
    </message>
    <message>
        <source>Time box: %1 left.</source>
        <translation>Timebox: noch %1.</translation>
    </message>
    <message>
        <source>%1 of %2 dots left · %3 each × %4 people</source>
        <translation>%1 von %2 Punkten übrig · %3 je Person × %4 Personen</translation>
    </message>
    <message>
        <source>In the emotion lane, type a feeling from -3 to +3, then a label if you like.</source>
        <translation>Tippen Sie in der Emotionsbahn ein Gefühl von -3 bis +3, dann nach Wunsch eine Beschriftung.</translation>
    </message>
    <message>
        <source>This map has no emotion lane: add one to draw the feeling curve.</source>
        <translation>Diese Karte hat keine Emotionsbahn: Fügen Sie eine hinzu, um die Gefühlskurve zu zeichnen.</translation>
    </message>
    <message>
        <source>This map has no thoughts lane: add one, or type the card without its prefix.</source>
        <translation>Diese Karte hat keine Gedanken-Bahn: Fügen Sie eine hinzu, oder tippen Sie die Karte ohne ihr Präfix.</translation>
    </message>
    <message>
        <source>This map has no pain points lane: add one, or type the card without its prefix.</source>
        <translation>Diese Karte hat keine Schmerzpunkte-Bahn: Fügen Sie eine hinzu, oder tippen Sie die Karte ohne ihr Präfix.</translation>
    </message>
    <message>
        <source>This map has no opportunitys lane: add one, or type the card without its prefix.</source>
        <translation>Diese Karte hat keine Chancen-Bahn: Fügen Sie eine hinzu, oder tippen Sie die Karte ohne ihr Präfix.</translation>
    </message>
    <message>
        <source>→ Thought</source>
        <translation>→ Gedanke</translation>
    </message>
    <message>
        <source>→ Pain point</source>
        <translation>→ Schmerzpunkt</translation>
    </message>
    <message>
        <source>→ Opportunity</source>
        <translation>→ Chance</translation>
    </message>
    <message>
        <source>Feeling %1</source>
        <translation>Gefühl %1</translation>
    </message>
    <message>
        <source>Dots go on pain points and opportunities.</source>
        <translation>Punkte gehen auf Schmerzpunkte und Chancen.</translation>
    </message>
    <message>
        <source>The selected card is not on the screen.</source>
        <translation>Die ausgewählte Karte ist nicht auf dem Bildschirm.</translation>
    </message>
    <message>
        <source>No dots left in this round (%1 spent).</source>
        <translation>Keine Punkte mehr in dieser Runde (%1 vergeben).</translation>
    </message>
    <message>
        <source>Only opportunities and pain points are scored.</source>
        <translation>Nur Chancen und Schmerzpunkte werden bewertet.</translation>
    </message>
    <message>
        <source>Impact and effort go from 1 to 5.</source>
        <translation>Wirkung und Aufwand reichen von 1 bis 5.</translation>
    </message>
    <message>
        <source>“%1”: impact %2, effort %3.</source>
        <translation>„%1“: Wirkung %2, Aufwand %3.</translation>
    </message>
    <message>
        <source>“%1”: impact %2. Now its effort, 1–5.</source>
        <translation>„%1“: Wirkung %2. Jetzt der Aufwand, 1–5.</translation>
    </message>
    <message>
        <source>Scoring: select a card, then its impact and its effort, 1–5</source>
        <translation>Bewerten: eine Karte wählen, dann Wirkung und Aufwand, 1–5</translation>
    </message>
    <message>
        <source>Captured, and linked to the selected pain point.</source>
        <translation>Erfasst und mit dem ausgewählten Schmerzpunkt verknüpft.</translation>
    </message>
</context>
</TS>
