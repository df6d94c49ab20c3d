<?xml version='1.0' encoding='utf-8'?>
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
        <source>Fit the map's width to the window</source>
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
    <name>NewMapDialog</name>
    <message>
        <source>Type a name for the map.</source>
        <translation>Geben Sie einen Namen für die Karte ein.</translation>
    </message>
    <message>
        <source>A file name cannot start with a dot or hold / \ : * ? " &lt; &gt; |.</source>
        <translation>Ein Dateiname kann nicht mit einem Punkt beginnen und kein / \ : * ? " &lt; &gt; | enthalten.</translation>
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
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Width (pt)</source>
        <translation>Breite (pt)</translation>
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
        <source>: too small for a wall; choose a larger paper or tile the poster</source>
        <translation>: zu klein für eine Wand; wählen Sie ein größeres Papier oder kacheln Sie das Poster</translation>
    </message>
</context>
<context>
    <name>Persona</name>
    <message>
        <source>Persona</source>
        <translation>Persona</translation>
    </message>
    <message>
        <source>Journey</source>
        <translation>Journey</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Szenario</translation>
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
        <source>Add a persona</source>
        <translation>Eine Persona hinzufügen</translation>
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
        <source>No photo</source>
        <translation>Kein Foto</translation>
    </message>
    <message>
        <source>Choose a photo</source>
        <translation>Ein Foto wählen</translation>
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
</TS>