<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>dmremap::gui::ByteFormat</name>
    <message>
        <source>%1 byte</source>
        <translation>%1 Byte</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 Bytes</translation>
    </message>
    <message>
        <source>%1 KiB</source>
        <translation>%1 KiB</translation>
    </message>
    <message>
        <source>%1 MiB</source>
        <translation>%1 MiB</translation>
    </message>
    <message>
        <source>%1 GiB</source>
        <translation>%1 GiB</translation>
    </message>
    <message>
        <source>%1 TiB</source>
        <translation>%1 TiB</translation>
    </message>
    <message>
        <source>%1 PiB</source>
        <translation>%1 PiB</translation>
    </message>
    <message>
        <source>%1 kB</source>
        <translation>%1 kB</translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation>%1 MB</translation>
    </message>
    <message>
        <source>%1 GB</source>
        <translation>%1 GB</translation>
    </message>
    <message>
        <source>%1 TB</source>
        <translation>%1 TB</translation>
    </message>
    <message>
        <source>%1 PB</source>
        <translation>%1 PB</translation>
    </message>
    <message>
        <source>%1 µs</source>
        <translation>%1 µs</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
</context>
<context>
    <name>dmremap::gui::DriveController</name>
    <message>
        <source>Reading the drive&apos;s state…</source>
        <translation>Zustand des Laufwerks wird gelesen …</translation>
    </message>
    <message>
        <source>/dev/%1</source>
        <translation>/dev/%1</translation>
    </message>
    <message>
        <source>/dev/%1 — %2</source>
        <translation>/dev/%1 — %2</translation>
    </message>
    <message>
        <source>This drive was never scanned.</source>
        <translation>Dieses Laufwerk wurde noch nie geprüft.</translation>
    </message>
    <message numerus="yes">
        <source>%n earlier scan(s).</source>
        <translation>
            <numerusform>%n frühere Prüfung.</numerusform>
            <numerusform>%n frühere Prüfungen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Starting the scan…</source>
        <translation>Prüfung wird gestartet …</translation>
    </message>
    <message numerus="yes">
        <source>Scan complete: %n unreadable block(s).</source>
        <translation>
            <numerusform>Prüfung abgeschlossen: %n unlesbarer Block.</numerusform>
            <numerusform>Prüfung abgeschlossen: %n unlesbare Blöcke.</numerusform>
        </translation>
    </message>
    <message>
        <source>The scan was cancelled.</source>
        <translation>Die Prüfung wurde abgebrochen.</translation>
    </message>
    <message>
        <source>The scan failed: %1</source>
        <translation>Die Prüfung ist fehlgeschlagen: %1</translation>
    </message>
</context>
<context>
    <name>dmremap::gui::DriveListModel</name>
    <message numerus="yes">
        <source>%n unreadable block(s) found by the last scan</source>
        <translation>
            <numerusform>%n unlesbarer Block bei der letzten Prüfung gefunden</numerusform>
            <numerusform>%n unlesbare Blöcke bei der letzten Prüfung gefunden</numerusform>
        </translation>
    </message>
    <message>
        <source>Healthy</source>
        <translation>Gesund</translation>
    </message>
    <message>
        <source>Some bad sectors</source>
        <translation>Einige defekte Sektoren</translation>
    </message>
    <message>
        <source>Had problems in the past</source>
        <translation>Hatte früher Probleme</translation>
    </message>
    <message>
        <source>Failing</source>
        <translation>Fällt aus</translation>
    </message>
    <message>
        <source>Health unknown</source>
        <translation>Zustand unbekannt</translation>
    </message>
    <message>
        <source>%1
%2</source>
        <translation>%1
%2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>dmremap::gui::DrivePage</name>
    <message>
        <source>−</source>
        <translation>−</translation>
    </message>
    <message>
        <source>Zoom out (−)</source>
        <translation>Verkleinern (−)</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Verkleinern</translation>
    </message>
    <message>
        <source>+</source>
        <translation>+</translation>
    </message>
    <message>
        <source>Zoom in (+)</source>
        <translation>Vergrößern (+)</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Vergrößern</translation>
    </message>
    <message>
        <source>Whole disk</source>
        <translation>Ganze Platte</translation>
    </message>
    <message>
        <source>Show the whole disk (0)</source>
        <translation>Die ganze Platte zeigen (0)</translation>
    </message>
    <message>
        <source>Colour-blind safe colours</source>
        <translation>Farbenblind-sichere Farben</translation>
    </message>
    <message>
        <source>SMART attributes</source>
        <translation>SMART-Attribute</translation>
    </message>
    <message>
        <source>Scan history</source>
        <translation>Prüfverlauf</translation>
    </message>
    <message>
        <source>SMART &amp;attributes</source>
        <translation>SMART-&amp;Attribute</translation>
    </message>
    <message>
        <source>Scan &amp;history</source>
        <translation>Prüf&amp;verlauf</translation>
    </message>
    <message>
        <source>&amp;Compare scans</source>
        <translation>Prüfungen &amp;vergleichen</translation>
    </message>
    <message>
        <source>&lt;b&gt;No SMART data&lt;/b&gt;</source>
        <translation>&lt;b&gt;Keine SMART-Daten&lt;/b&gt;</translation>
    </message>
    <message>
        <source>SMART data is shown once the drive has been read or a saved report is opened.</source>
        <translation>SMART-Daten werden angezeigt, sobald das Laufwerk gelesen oder ein gespeicherter Bericht geöffnet wurde.</translation>
    </message>
    <message>
        <source>No SMART data</source>
        <translation>Keine SMART-Daten</translation>
    </message>
    <message>
        <source>No health map</source>
        <translation>Keine Zustandskarte</translation>
    </message>
    <message>
        <source>Zoom %1 of %2: %3 per cell</source>
        <translation>Zoomstufe %1 von %2: %3 pro Zelle</translation>
    </message>
</context>
<context>
    <name>dmremap::gui::DrivesPage</name>
    <message>
        <source>&lt;b&gt;Drives&lt;/b&gt;</source>
        <translation>&lt;b&gt;Laufwerke&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Drives</source>
        <translation>Laufwerke</translation>
    </message>
    <message>
        <source>&amp;Open drive</source>
        <translation>Laufwerk ö&amp;ffnen</translation>
    </message>
    <message>
        <source>&amp;Rescue a drive…</source>
        <translation>Laufwerk &amp;retten …</translation>
    </message>
    <message>
        <source>&lt;b&gt;Remap devices&lt;/b&gt;</source>
        <translation>&lt;b&gt;Remap-Geräte&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Remap devices</source>
        <translation>Remap-Geräte</translation>
    </message>
    <message>
        <source>Open &amp;dashboard</source>
        <translation>&amp;Übersicht öffnen</translation>
    </message>
    <message>
        <source>/dev/mapper/%1 — %2</source>
        <translation>/dev/mapper/%1 — %2</translation>
    </message>
</context>
<context>
    <name>dmremap::gui::ErrorText</name>
    <message>
        <source>The operation failed.</source>
        <translation>Der Vorgang ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>A value is out of range or malformed.</source>
        <translation>Ein Wert liegt außerhalb des Bereichs oder ist fehlerhaft.</translation>
    </message>
    <message>
        <source>The device or file does not exist.</source>
        <translation>Das Gerät oder die Datei existiert nicht.</translation>
    </message>
    <message>
        <source>Permission denied.</source>
        <translation>Zugriff verweigert.</translation>
    </message>
    <message>
        <source>The device is busy.</source>
        <translation>Das Gerät ist belegt.</translation>
    </message>
    <message>
        <source>This is not supported here.</source>
        <translation>Dies wird hier nicht unterstützt.</translation>
    </message>
    <message>
        <source>This drive does not offer the feature.</source>
        <translation>Dieses Laufwerk bietet die Funktion nicht.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>The operation took too long.</source>
        <translation>Der Vorgang hat zu lange gedauert.</translation>
    </message>
    <message>
        <source>Input/output error.</source>
        <translation>Ein-/Ausgabefehler.</translation>
    </message>
    <message>
        <source>The disk could not read the data.</source>
        <translation>Die Platte konnte die Daten nicht lesen.</translation>
    </message>
    <message>
        <source>The disk is asleep and was not woken up.</source>
        <translation>Die Platte schläft und wurde nicht geweckt.</translation>
    </message>
    <message>
        <source>The file or data is damaged or not in the expected format.</source>
        <translation>Die Datei oder die Daten sind beschädigt oder nicht im erwarteten Format.</translation>
    </message>
    <message>
        <source>The file was made by a newer version.</source>
        <translation>Die Datei wurde von einer neueren Version erstellt.</translation>
    </message>
    <message>
        <source>There is no space left.</source>
        <translation>Es ist kein Platz mehr frei.</translation>
    </message>
    <message>
        <source>It exists already.</source>
        <translation>Es existiert bereits.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>dmremap::gui::HealthMapComparison</name>
    <message>
        <source>Side by side</source>
        <translation>Nebeneinander</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Unterschied</translation>
    </message>
    <message>
        <source>Comparison mode</source>
        <translation>Vergleichsmodus</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Anzeigen:</translation>
    </message>
    <message>
        <source>Health map of the older scan, %1</source>
        <translation>Zustandskarte der älteren Prüfung, %1</translation>
    </message>
    <message>
        <source>Health map of the newer scan, %1</source>
        <translation>Zustandskarte der neueren Prüfung, %1</translation>
    </message>
    <message>
        <source>%1 regions slower, %2 with new read errors, %3 better</source>
        <translation>%1 Bereiche langsamer, %2 mit neuen Lesefehlern, %3 besser</translation>
    </message>
    <message>
        <source>These scans cannot be compared: they were made with different region sizes.</source>
        <translation>Diese Prüfungen können nicht verglichen werden: Sie wurden mit unterschiedlichen Bereichsgrößen erstellt.</translation>
    </message>
</context>
<context>
    <name>dmremap::gui::HealthMapLegend</name>
    <message>
        <source>Health map legend</source>
        <translation>Legende der Zustandskarte</translation>
    </message>
    <message>
        <source>Read, latency unknown</source>
        <translation>Gelesen, Latenz unbekannt</translation>
    </message>
    <message>
        <source>Not scanned</source>
        <translation>Nicht geprüft</translation>
    </message>
    <message>
        <source>Timed out</source>
        <translation>Zeitüberschreitung</translation>
    </message>
    <message>
        <source>Read error</source>
        <translation>Lesefehler</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Ausstehend</translation>
    </message>
    <message>
        <source>Remapped</source>
        <translation>Umgeleitet</translation>
    </message>
</context>
<context>
    <name>dmremap::gui::HealthMapToolTip</name>
    <message>
        <source>any latency</source>
        <translation>beliebige Latenz</translation>
    </message>
    <message>
        <source>&lt; %1</source>
        <translation>&lt; %1</translation>
    </message>
    <message>
        <source>≥ %1</source>
        <translation>≥ %1</translation>
    </message>
    <message>
        <source>%1–%2 ms</source>
        <translation>%1–%2 ms</translation>
    </message>
    <message>
        <source>%1–%2</source>
        <translation>%1–%2</translation>
    </message>
    <message>
        <source>Not in both scans</source>
        <translation>Nicht in beiden Prüfungen</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Unverändert</translation>
    </message>
    <message>
        <source>Better</source>
        <translation>Besser</translation>
    </message>
    <message>
        <source>Newly remapped</source>
        <translation>Neu umgeleitet</translation>
    </message>
    <message>
        <source>Slower</source>
        <translation>Langsamer</translation>
    </message>
    <message>
        <source>Much slower</source>
        <translation>Viel langsamer</translation>
    </message>
    <message>
        <source>New read error</source>
        <translation>Neuer Lesefehler</translation>
    </message>
    <message>
        <source>Sectors %1–%2 (LBA, 512 bytes each)</source>
        <translation>Sektoren %1–%2 (LBA, je 512 Bytes)</translation>
    </message>
    <message>
        <source>Bytes %1–%2 (%3 at %4)</source>
        <translation>Bytes %1–%2 (%3 bei %4)</translation>
    </message>
    <message>
        <source>Region %1 of %2</source>
        <translation>Bereich %1 von %2</translation>
    </message>
    <message>
        <source>Regions %1–%2 of %3</source>
        <translation>Bereiche %1–%2 von %3</translation>
    </message>
    <message>
        <source>%1, units %2–%3 (%4 each)</source>
        <translation>%1, Einheiten %2–%3 (je %4)</translation>
    </message>
    <message>
        <source>Latency: not scanned</source>
        <translation>Latenz: nicht geprüft</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <source>Latency: %1</source>
        <translation>Latenz: %1</translation>
    </message>
    <message>
        <source>Latency: read fine, latency unknown (imported)</source>
        <translation>Latenz: gut gelesen, Latenz unbekannt (importiert)</translation>
    </message>
    <message>
        <source>Scanned: %1 of %2 regions</source>
        <translation>Geprüft: %1 von %2 Bereichen</translation>
    </message>
    <message numerus="yes">
        <source>%n bad unit(s) of %1</source>
        <translation>
            <numerusform>%n defekte Einheit von %1</numerusform>
            <numerusform>%n defekte Einheiten von %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n suspect unit(s) (read failed, not narrowed down)</source>
        <translation>
            <numerusform>%n verdächtige Einheit (Lesen fehlgeschlagen, nicht eingegrenzt)</numerusform>
            <numerusform>%n verdächtige Einheiten (Lesen fehlgeschlagen, nicht eingegrenzt)</numerusform>
        </translation>
    </message>
    <message>
        <source>read error</source>
        <translation>Lesefehler</translation>
    </message>
    <message>
        <source>read timed out</source>
        <translation>Zeitüberschreitung beim Lesen</translation>
    </message>
    <message numerus="yes">
        <source>%n pending unit(s): unreadable until rewritten</source>
        <translation>
            <numerusform>%n ausstehende Einheit: unlesbar bis zum Neuschreiben</numerusform>
            <numerusform>%n ausstehende Einheiten: unlesbar bis zum Neuschreiben</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unit(s) remapped to the spare</source>
        <translation>
            <numerusform>%n Einheit auf die Reserve umgeleitet</numerusform>
            <numerusform>%n Einheiten auf die Reserve umgeleitet</numerusform>
        </translation>
    </message>
    <message>
        <source>State: healthy</source>
        <translation>Zustand: gesund</translation>
    </message>
    <message>
        <source>State: unknown</source>
        <translation>Zustand: unbekannt</translation>
    </message>
    <message>
        <source>State: %1</source>
        <translation>Zustand: %1</translation>
    </message>
    <message>
        <source>; </source>
        <translation>; </translation>
    </message>
    <message>
        <source>Change: %1</source>
        <translation>Änderung: %1</translation>
    </message>
    <message>
        <source>Older scan:</source>
        <translation>Ältere Prüfung:</translation>
    </message>
    <message>
        <source>Newer scan:</source>
        <translation>Neuere Prüfung:</translation>
    </message>
</context>
<context>
    <name>dmremap::gui::HealthMapView</name>
    <message>
        <source>Health map</source>
        <translation>Zustandskarte</translation>
    </message>
    <message>
        <source>No health map loaded.</source>
        <translation>Keine Zustandskarte geladen.</translation>
    </message>
    <message>
        <source>Difference of two scans of a %1 drive: %2 regions worse, %3 better, %4 with new read errors.</source>
        <translation>Unterschied zweier Prüfungen eines %1-Laufwerks: %2 Bereiche schlechter, %3 besser, %4 mit neuen Lesefehlern.</translation>
    </message>
    <message>
        <source>Health map of a %1 drive in %2 regions of %3: %4 scanned, %5 bad units, %6 pending, %7 remapped.</source>
        <translation>Zustandskarte eines %1-Laufwerks in %2 Bereichen zu %3: %4 geprüft, %5 defekte Einheiten, %6 ausstehend, %7 umgeleitet.</translation>
    </message>
</context>
<context>
    <name>dmremap::gui::HelperErrorText</name>
    <message>
        <source>The dm-remap helper is not installed, so drives cannot be scanned or rescued. Install the dmremap package, which contains it (for example: sudo apt install dmremap), and start the application again.</source>
        <translation>Der dm-remap-Helfer ist nicht installiert, daher können Laufwerke weder geprüft noch gerettet werden. Installieren Sie das Paket dmremap, das ihn enthält (zum Beispiel: sudo apt install dmremap), und starten Sie die Anwendung neu.</translation>
    </message>
    <message>
        <source>The dm-remap helper did not answer in time.</source>
        <translation>Der dm-remap-Helfer hat nicht rechtzeitig geantwortet.</translation>
    </message>
    <message>
        <source>The connection to the system bus was lost.</source>
        <translation>Die Verbindung zum Systembus ist verloren gegangen.</translation>
    </message>
    <message>
        <source>The system bus refused the call to the dm-remap helper. Its bus policy file (org.dmremap.Helper1.conf) may be missing.</source>
        <translation>Der Systembus hat den Aufruf des dm-remap-Helfers abgelehnt. Möglicherweise fehlt seine Bus-Richtliniendatei (org.dmremap.Helper1.conf).</translation>
    </message>
    <message>
        <source>You are not authorized to do this. An administrator&apos;s password is needed; if no password dialog appeared, no polkit authentication agent is running in your session.</source>
        <translation>Sie sind dazu nicht berechtigt. Das Passwort eines Administrators wird benötigt; wenn kein Passwortdialog erschienen ist, läuft in Ihrer Sitzung kein polkit-Authentifizierungsagent.</translation>
    </message>
    <message>
        <source>The device is in use: it is mounted, used as swap, held by another device or a job runs on it. Unmount it (and stop what uses it) first.</source>
        <translation>Das Gerät wird verwendet: Es ist eingehängt, wird als Auslagerungsspeicher genutzt, von einem anderen Gerät gehalten oder ein Auftrag läuft darauf. Hängen Sie es zuerst aus (und beenden Sie, was es verwendet).</translation>
    </message>
    <message>
        <source>The device is busy: another job runs on it. Wait for it to finish or cancel it.</source>
        <translation>Das Gerät ist belegt: Ein anderer Auftrag läuft darauf. Warten Sie, bis er fertig ist, oder brechen Sie ihn ab.</translation>
    </message>
    <message>
        <source>The spare device is too small: it cannot hold the metadata and at least one spare slot. Choose a larger spare.</source>
        <translation>Das Reservegerät ist zu klein: Es kann die Metadaten und mindestens einen Reserveplatz nicht aufnehmen. Wählen Sie ein größeres Reservegerät.</translation>
    </message>
    <message>
        <source>The spare device is full: no further blocks can be remapped. Replace the failing disk.</source>
        <translation>Das Reservegerät ist voll: Es können keine weiteren Blöcke umgeleitet werden. Ersetzen Sie die ausfallende Platte.</translation>
    </message>
    <message>
        <source>The dm-remap kernel module is not loaded and could not be loaded. Install the dm-remap-dkms package for the running kernel; under Secure Boot its signing key must be enrolled (mokutil).</source>
        <translation>Das dm-remap-Kernelmodul ist nicht geladen und konnte nicht geladen werden. Installieren Sie das Paket dm-remap-dkms für den laufenden Kernel; bei Secure Boot muss sein Signaturschlüssel eingetragen sein (mokutil).</translation>
    </message>
    <message>
        <source>There is no dm-remap kernel module for the running kernel. Install the dm-remap-dkms package.</source>
        <translation>Für den laufenden Kernel gibt es kein dm-remap-Kernelmodul. Installieren Sie das Paket dm-remap-dkms.</translation>
    </message>
    <message>
        <source>The kernel refused to load the dm-remap module. Under Secure Boot the module must be signed with a key the firmware trusts: enroll the DKMS signing key with mokutil.</source>
        <translation>Der Kernel hat das Laden des dm-remap-Moduls verweigert. Bei Secure Boot muss das Modul mit einem Schlüssel signiert sein, dem die Firmware vertraut: Tragen Sie den DKMS-Signaturschlüssel mit mokutil ein.</translation>
    </message>
    <message>
        <source>The spare already holds dm-remap metadata. Formatting it again would erase its remaps.</source>
        <translation>Das Reservegerät enthält bereits dm-remap-Metadaten. Erneutes Formatieren würde seine Umleitungen löschen.</translation>
    </message>
    <message>
        <source>A device with this name exists already. Choose another name.</source>
        <translation>Ein Gerät mit diesem Namen existiert bereits. Wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <source>The spare holds no dm-remap metadata for this drive (it is blank or belongs to another drive). It must be formatted first.</source>
        <translation>Das Reservegerät enthält keine dm-remap-Metadaten für dieses Laufwerk (es ist leer oder gehört zu einem anderen Laufwerk). Es muss zuerst formatiert werden.</translation>
    </message>
    <message>
        <source>The helper refused the request as invalid (for example the spare is on the same disk as the failing drive).</source>
        <translation>Der Helfer hat die Anfrage als ungültig abgelehnt (zum Beispiel liegt das Reservegerät auf derselben Platte wie das ausfallende Laufwerk).</translation>
    </message>
    <message>
        <source>This drive does not report SMART data (virtual, NVMe or SCSI drives often do not).</source>
        <translation>Dieses Laufwerk meldet keine SMART-Daten (virtuelle, NVMe- oder SCSI-Laufwerke tun das oft nicht).</translation>
    </message>
    <message>
        <source>This drive does not offer the feature.</source>
        <translation>Dieses Laufwerk bietet die Funktion nicht.</translation>
    </message>
    <message>
        <source>The device or its data was not found.</source>
        <translation>Das Gerät oder seine Daten wurden nicht gefunden.</translation>
    </message>
    <message>
        <source>The disk is asleep; it was not woken up.</source>
        <translation>Die Platte schläft; sie wurde nicht geweckt.</translation>
    </message>
    <message>
        <source>The disk could not read the data, even after retries.</source>
        <translation>Die Platte konnte die Daten auch nach Wiederholungen nicht lesen.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>The device reported an input/output error.</source>
        <translation>Das Gerät hat einen Ein-/Ausgabefehler gemeldet.</translation>
    </message>
    <message>
        <source>The dm-remap helper reported an error.</source>
        <translation>Der dm-remap-Helfer hat einen Fehler gemeldet.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>dmremap::gui::MainDrivePage</name>
    <message>
        <source>Which drive is failing?</source>
        <translation>Welches Laufwerk fällt aus?</translation>
    </message>
    <message>
        <source>Its data stays where it is; nothing is written to it.</source>
        <translation>Seine Daten bleiben, wo sie sind; nichts wird darauf geschrieben.</translation>
    </message>
    <message>
        <source>Failing drive</source>
        <translation>Ausfallendes Laufwerk</translation>
    </message>
    <message>
        <source>Choose the drive that shows read or write errors. The rescue builds a new device over it that sends its bad blocks to a healthy spare.</source>
        <translation>Wählen Sie das Laufwerk, das Lese- oder Schreibfehler zeigt. Die Rettung baut darüber ein neues Gerät, das seine defekten Blöcke auf ein gesundes Reservegerät umleitet.</translation>
    </message>
</context>
<context>
    <name>dmremap::gui::MainWindow</name>
    <message>
        <source>dm-remap</source>
        <translation>dm-remap</translation>
    </message>
    <message>
        <source>No drive</source>
        <translation>Kein Laufwerk</translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation>Navigation</translation>
    </message>
    <message>
        <source>&amp;Drives</source>
        <translation>&amp;Laufwerke</translation>
    </message>
    <message>
        <source>&amp;Rescue a drive…</source>
        <translation>Laufwerk &amp;retten …</translation>
    </message>
    <message>
        <source>Export as ddrescue mapfile</source>
        <translation>Als ddrescue-Mapdatei exportieren</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>Open &amp;health map or ddrescue mapfile…</source>
        <translation>&amp;Zustandskarte oder ddrescue-Mapdatei öffnen …</translation>
    </message>
    <message>
        <source>Open health map</source>
        <translation>Zustandskarte öffnen</translation>
    </message>
    <message>
        <source>Health maps and ddrescue mapfiles (*)</source>
        <translation>Zustandskarten und ddrescue-Mapdateien (*)</translation>
    </message>
    <message>
        <source>&amp;Compare with an older scan…</source>
        <translation>Mit einer älteren Prüfung &amp;vergleichen …</translation>
    </message>
    <message>
        <source>Open an older scan of this drive</source>
        <translation>Eine ältere Prüfung dieses Laufwerks öffnen</translation>
    </message>
    <message>
        <source>Open saved &amp;SMART data…</source>
        <translation>Gespeicherte &amp;SMART-Daten öffnen …</translation>
    </message>
    <message>
        <source>Open SMART data (skdump --save)</source>
        <translation>SMART-Daten öffnen (skdump --save)</translation>
    </message>
    <message>
        <source>&amp;Export as ddrescue mapfile…</source>
        <translation>Als ddrescue-Mapdatei &amp;exportieren …</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>The helper is not connected: showing files only.</source>
        <translation>Der Helfer ist nicht verbunden: Es werden nur Dateien angezeigt.</translation>
    </message>
    <message>
        <source>Connecting to the dm-remap helper…</source>
        <translation>Verbindung zum dm-remap-Helfer wird hergestellt …</translation>
    </message>
    <message>
        <source>Connected to the dm-remap helper; the kernel module is loaded.</source>
        <translation>Mit dem dm-remap-Helfer verbunden; das Kernelmodul ist geladen.</translation>
    </message>
    <message>
        <source>Connected to the dm-remap helper; the kernel module is not loaded yet.</source>
        <translation>Mit dem dm-remap-Helfer verbunden; das Kernelmodul ist noch nicht geladen.</translation>
    </message>
    <message>
        <source>The dm-remap helper is not available.</source>
        <translation>Der dm-remap-Helfer ist nicht verfügbar.</translation>
    </message>
    <message>
        <source>The rescue needs the dm-remap helper.</source>
        <translation>Die Rettung benötigt den dm-remap-Helfer.</translation>
    </message>
    <message>
        <source>Start dm-remap without files to connect to it.</source>
        <translation>Starten Sie dm-remap ohne Dateien, um sich mit ihm zu verbinden.</translation>
    </message>
    <message>
        <source>Cannot open the health map %1.</source>
        <translation>Die Zustandskarte %1 kann nicht geöffnet werden.</translation>
    </message>
    <message>
        <source>Open the newer scan first.</source>
        <translation>Öffnen Sie zuerst die neuere Prüfung.</translation>
    </message>
    <message>
        <source>The two scans cannot be compared.</source>
        <translation>Die beiden Prüfungen können nicht verglichen werden.</translation>
    </message>
    <message>
        <source>They were made with different region sizes.</source>
        <translation>Sie wurden mit unterschiedlichen Bereichsgrößen erstellt.</translation>
    </message>
    <message>
        <source>There is no health map to export.</source>
        <translation>Es gibt keine Zustandskarte zum Exportieren.</translation>
    </message>
    <message>
        <source>Cannot write the mapfile %1.</source>
        <translation>Die Mapdatei %1 kann nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>Exported the health map to %1.</source>
        <translation>Zustandskarte nach %1 exportiert.</translation>
    </message>
    <message>
        <source>Cannot open the SMART data %1.</source>
        <translation>Die SMART-Daten %1 können nicht geöffnet werden.</translation>
    </message>
    <message>
        <source>Cannot read the SMART data %1.</source>
        <translation>Die SMART-Daten %1 können nicht gelesen werden.</translation>
    </message>
</context>
<context>
    <name>dmremap::gui::ManagerClient</name>
    <message>
        <source>There is no system D-Bus, so the dm-remap helper cannot be reached. Saved health maps and SMART files can still be opened.</source>
        <translation>Es gibt keinen System-D-Bus, daher ist der dm-remap-Helfer nicht erreichbar. Gespeicherte Zustandskarten und SMART-Dateien können weiterhin geöffnet werden.</translation>
    </message>
</context>
<context>
    <name>dmremap::gui::OptionsPage</name>
    <message>
        <source>Scan and remap options</source>
        <translation>Prüf- und Umleitungsoptionen</translation>
    </message>
    <message>
        <source>What the last scan found decides what is remapped right away.</source>
        <translation>Was die letzte Prüfung gefunden hat, entscheidet, was sofort umgeleitet wird.</translation>
    </message>
    <message>
        <source>Scan the drive &amp;again before creating the device (reads every block; slow)</source>
        <translation>Das Laufwerk vor dem Anlegen des Geräts &amp;erneut prüfen (liest jeden Block; langsam)</translation>
    </message>
    <message>
        <source>&amp;Remap the unreadable blocks the scan found right away</source>
        <translation>Die von der Prüfung gefundenen unlesbaren Blöcke sofort &amp;umleiten</translation>
    </message>
    <message>
        <source>Remap blocks &amp;automatically when a write to them fails</source>
        <translation>Blöcke &amp;automatisch umleiten, wenn ein Schreibvorgang auf sie fehlschlägt</translation>
    </message>
    <message>
        <source>Extra read attempts</source>
        <translation>Zusätzliche Leseversuche</translation>
    </message>
    <message>
        <source>Name of the new device</source>
        <translation>Name des neuen Geräts</translation>
    </message>
    <message>
        <source>Extra read attempts on errors:</source>
        <translation>Zusätzliche Leseversuche bei Fehlern:</translation>
    </message>
    <message>
        <source>New device: /dev/mapper/</source>
        <translation>Neues Gerät: /dev/mapper/</translation>
    </message>
    <message>
        <source>Looking for the last scan of /dev/%1…</source>
        <translation>Suche nach der letzten Prüfung von /dev/%1 …</translation>
    </message>
    <message>
        <source>The helper does not know /dev/%1 yet: it is scanned first.</source>
        <translation>Der Helfer kennt /dev/%1 noch nicht: Es wird zuerst geprüft.</translation>
    </message>
    <message>
        <source>/dev/%1 was never scanned: scan it first to find its unreadable blocks.</source>
        <translation>/dev/%1 wurde noch nie geprüft: Prüfen Sie es zuerst, um seine unlesbaren Blöcke zu finden.</translation>
    </message>
    <message>
        <source>The last scan of /dev/%1 found no unreadable block.</source>
        <translation>Die letzte Prüfung von /dev/%1 hat keinen unlesbaren Block gefunden.</translation>
    </message>
    <message numerus="yes">
        <source>The last scan of /dev/%1 found %n unreadable block(s) of %2.</source>
        <translation>
            <numerusform>Die letzte Prüfung von /dev/%1 hat %n unlesbaren Block zu %2 gefunden.</numerusform>
            <numerusform>Die letzte Prüfung von /dev/%1 hat %n unlesbare Blöcke zu %2 gefunden.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dmremap::gui::RateChart</name>
    <message>
        <source>%1/s</source>
        <translation>%1/s</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
</context>
<context>
    <name>dmremap::gui::RemapDashboard</name>
    <message>
        <source>Spare slots used</source>
        <translation>Belegte Reserveplätze</translation>
    </message>
    <message>
        <source>I/O, error and remap rates</source>
        <translation>E/A-, Fehler- und Umleitungsraten</translation>
    </message>
    <message>
        <source>reads</source>
        <translation>Lesen</translation>
    </message>
    <message>
        <source>writes</source>
        <translation>Schreiben</translation>
    </message>
    <message>
        <source>errors</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>remaps</source>
        <translation>Umleitungen</translation>
    </message>
    <message>
        <source>Pending blocks</source>
        <translation>Ausstehende Blöcke</translation>
    </message>
    <message>
        <source>Remapped blocks</source>
        <translation>Umgeleitete Blöcke</translation>
    </message>
    <message>
        <source>&amp;Rescue block</source>
        <translation>Block &amp;retten</translation>
    </message>
    <message>
        <source>Read the block again and again; when a read succeeds, its data goes to the spare.</source>
        <translation>Den Block immer wieder lesen; sobald ein Lesen gelingt, kommen seine Daten auf das Reservegerät.</translation>
    </message>
    <message>
        <source>&amp;Accept loss</source>
        <translation>Verlust &amp;akzeptieren</translation>
    </message>
    <message>
        <source>Forget the block&apos;s data; the next write to it goes to the spare.</source>
        <translation>Die Daten des Blocks aufgeben; der nächste Schreibvorgang darauf geht auf das Reservegerät.</translation>
    </message>
    <message>
        <source>Blocks that could not be read. Their data is not on the spare yet.</source>
        <translation>Blöcke, die nicht gelesen werden konnten. Ihre Daten sind noch nicht auf dem Reservegerät.</translation>
    </message>
    <message>
        <source>&amp;Pending blocks</source>
        <translation>&amp;Ausstehende Blöcke</translation>
    </message>
    <message>
        <source>Remap &amp;list</source>
        <translation>Umleitungs&amp;liste</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Ereignisse</translation>
    </message>
    <message>
        <source>&lt;b&gt;Events&lt;/b&gt;</source>
        <translation>&lt;b&gt;Ereignisse&lt;/b&gt;</translation>
    </message>
    <message>
        <source>State:</source>
        <translation>Zustand:</translation>
    </message>
    <message>
        <source>Spare used:</source>
        <translation>Reserve belegt:</translation>
    </message>
    <message>
        <source>Remapped:</source>
        <translation>Umgeleitet:</translation>
    </message>
    <message>
        <source>Pending:</source>
        <translation>Ausstehend:</translation>
    </message>
    <message>
        <source>Failed requests:</source>
        <translation>Fehlgeschlagene Anfragen:</translation>
    </message>
    <message>
        <source>Read and write requests to the failing drive that ended in an I/O error since the remap device was set up. One request can cover several blocks.</source>
        <translation>Lese- und Schreibanfragen an das ausfallende Laufwerk, die seit dem Einrichten des Remap-Geräts mit einem E/A-Fehler endeten. Eine Anfrage kann mehrere Blöcke umfassen.</translation>
    </message>
    <message>
        <source>Working normally</source>
        <translation>Arbeitet normal</translation>
    </message>
    <message>
        <source>Degraded: one copy of the metadata is damaged; the spare may be failing</source>
        <translation>Eingeschränkt: Eine Kopie der Metadaten ist beschädigt; das Reservegerät fällt möglicherweise aus</translation>
    </message>
    <message>
        <source>Spare full: new bad blocks can no longer be remapped. Replace the drive now.</source>
        <translation>Reserve voll: Neue defekte Blöcke können nicht mehr umgeleitet werden. Ersetzen Sie das Laufwerk jetzt.</translation>
    </message>
    <message>
        <source>Read-only: the spare failed; copy your data off now</source>
        <translation>Nur lesbar: Das Reservegerät ist ausgefallen; kopieren Sie Ihre Daten jetzt herunter</translation>
    </message>
    <message>
        <source>Failed: the device no longer works</source>
        <translation>Ausgefallen: Das Gerät funktioniert nicht mehr</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <source>No remap device</source>
        <translation>Kein Remap-Gerät</translation>
    </message>
    <message numerus="yes">
        <source>%n block(s) remapped (%1 in all)</source>
        <translation>
            <numerusform>%n Block umgeleitet (insgesamt %1)</numerusform>
            <numerusform>%n Blöcke umgeleitet (insgesamt %1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n block(s) could not be read and are pending (%1 in all)</source>
        <translation>
            <numerusform>%n Block konnte nicht gelesen werden und steht aus (insgesamt %1)</numerusform>
            <numerusform>%n Blöcke konnten nicht gelesen werden und stehen aus (insgesamt %1)</numerusform>
        </translation>
    </message>
    <message>
        <source>The spare is nearly full: %1 of %2 slots used</source>
        <translation>Das Reservegerät ist fast voll: %1 von %2 Plätzen belegt</translation>
    </message>
    <message>
        <source>The spare is full: new bad blocks cannot be remapped</source>
        <translation>Das Reservegerät ist voll: Neue defekte Blöcke können nicht umgeleitet werden</translation>
    </message>
    <message>
        <source>State: %1 → %2</source>
        <translation>Zustand: %1 → %2</translation>
    </message>
    <message>
        <source>Watching /dev/mapper/%1</source>
        <translation>/dev/mapper/%1 wird beobachtet</translation>
    </message>
    <message>
        <source>/dev/mapper/%1 — /dev/%2 with spare /dev/%3</source>
        <translation>/dev/mapper/%1 — /dev/%2 mit Reservegerät /dev/%3</translation>
    </message>
    <message>
        <source>%1 of %2 spare slots</source>
        <translation>%1 von %2 Reserveplätzen</translation>
    </message>
    <message>
        <source>— since setup: %1 after failed writes, %2 on request</source>
        <translation>— seit dem Einrichten: %1 nach fehlgeschlagenen Schreibvorgängen, %2 auf Anfrage</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>%1 read(s), %2 write(s) on /dev/%3</source>
        <translation>%1 Lesevorgänge, %2 Schreibvorgänge auf /dev/%3</translation>
    </message>
    <message>
        <source>Cannot read the remap list: %1</source>
        <translation>Die Umleitungsliste kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Rescuing the block at sector %1…</source>
        <translation>Der Block bei Sektor %1 wird gerettet …</translation>
    </message>
    <message>
        <source>Sector %1 rescued: its data is on the spare now.</source>
        <translation>Sektor %1 gerettet: Seine Daten sind jetzt auf dem Reservegerät.</translation>
    </message>
    <message>
        <source>Sector %1 could not be rescued: %2</source>
        <translation>Sektor %1 konnte nicht gerettet werden: %2</translation>
    </message>
    <message>
        <source>Sector %1: %2</source>
        <translation>Sektor %1: %2</translation>
    </message>
    <message>
        <source>Accept the loss of this block?</source>
        <translation>Den Verlust dieses Blocks akzeptieren?</translation>
    </message>
    <message>
        <source>The data of the block at sector %1 could not be read and will be given up. Files that use it will contain garbage or zeros there. Continue?</source>
        <translation>Die Daten des Blocks bei Sektor %1 konnten nicht gelesen werden und werden aufgegeben. Dateien, die ihn verwenden, enthalten dort Datenmüll oder Nullen. Fortfahren?</translation>
    </message>
    <message>
        <source>Sector %1: loss accepted; the next write to it goes to the spare.</source>
        <translation>Sektor %1: Verlust akzeptiert; der nächste Schreibvorgang darauf geht auf das Reservegerät.</translation>
    </message>
    <message numerus="yes">
        <source>%n block(s) of %1 (%2)</source>
        <translation>
            <numerusform>%n Block zu %1 (%2)</numerusform>
            <numerusform>%n Blöcke zu %1 (%2)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n block(s) need attention (see below)</source>
        <translation>
            <numerusform>%n Block braucht Aufmerksamkeit (siehe unten)</numerusform>
            <numerusform>%n Blöcke brauchen Aufmerksamkeit (siehe unten)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dmremap::gui::RemapListModel</name>
    <message>
        <source>%1–%2</source>
        <translation>%1–%2</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Pending: unreadable until rewritten</source>
        <translation>Ausstehend: unlesbar bis zum Neuschreiben</translation>
    </message>
    <message>
        <source>Remapped to the spare</source>
        <translation>Auf das Reservegerät umgeleitet</translation>
    </message>
    <message>
        <source>Main unit %1 (%2 at byte %3)</source>
        <translation>Haupteinheit %1 (%2 bei Byte %3)</translation>
    </message>
    <message>
        <source>Main unit</source>
        <translation>Haupteinheit</translation>
    </message>
    <message>
        <source>Sectors</source>
        <translation>Sektoren</translation>
    </message>
    <message>
        <source>Spare slot</source>
        <translation>Reserveplatz</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
</context>
<context>
    <name>dmremap::gui::RescuePlan</name>
    <message>
        <source>Scan /dev/%1 again, reading every block (nothing is written to it).</source>
        <translation>/dev/%1 erneut prüfen und dabei jeden Block lesen (nichts wird darauf geschrieben).</translation>
    </message>
    <message>
        <source>Erase the spare /dev/%1 (%2): everything on it is lost. dm-remap metadata for /dev/%3 is written at its start; the rest holds the remapped blocks.</source>
        <translation>Das Reservegerät /dev/%1 (%2) löschen: Alles darauf geht verloren. dm-remap-Metadaten für /dev/%3 werden an seinen Anfang geschrieben; der Rest nimmt die umgeleiteten Blöcke auf.</translation>
    </message>
    <message>
        <source>Create /dev/mapper/%1 over /dev/%2 (%3): reads and writes go to /dev/%2, bad blocks go to /dev/%4. %5</source>
        <translation>/dev/mapper/%1 über /dev/%2 (%3) anlegen: Lese- und Schreibzugriffe gehen an /dev/%2, defekte Blöcke an /dev/%4. %5</translation>
    </message>
    <message>
        <source>A write that fails on /dev/%1 is remapped to the spare automatically.</source>
        <translation>Ein Schreibvorgang, der auf /dev/%1 fehlschlägt, wird automatisch auf das Reservegerät umgeleitet.</translation>
    </message>
    <message>
        <source>Blocks are remapped only when you ask.</source>
        <translation>Blöcke werden nur auf Anforderung umgeleitet.</translation>
    </message>
    <message>
        <source>/dev/%1 itself is not written to: use /dev/mapper/%2 instead of it from now on.</source>
        <translation>/dev/%1 selbst wird nicht beschrieben: Verwenden Sie ab jetzt /dev/mapper/%2 statt seiner.</translation>
    </message>
    <message>
        <source>Choose the failing drive.</source>
        <translation>Wählen Sie das ausfallende Laufwerk.</translation>
    </message>
    <message>
        <source>Choose a spare device.</source>
        <translation>Wählen Sie ein Reservegerät.</translation>
    </message>
    <message>
        <source>The spare must be another device than the failing drive.</source>
        <translation>Das Reservegerät muss ein anderes Gerät als das ausfallende Laufwerk sein.</translation>
    </message>
    <message>
        <source>The spare /dev/%1 is on the failing drive itself; choose a device on another disk.</source>
        <translation>Das Reservegerät /dev/%1 liegt auf dem ausfallenden Laufwerk selbst; wählen Sie ein Gerät auf einer anderen Platte.</translation>
    </message>
    <message>
        <source>The failing drive /dev/%1 is a partition of /dev/%2; choose a spare on another disk.</source>
        <translation>Das ausfallende Laufwerk /dev/%1 ist eine Partition von /dev/%2; wählen Sie ein Reservegerät auf einer anderen Platte.</translation>
    </message>
    <message>
        <source>The spare /dev/%1 is too small (%2): it needs at least 1 MiB.</source>
        <translation>Das Reservegerät /dev/%1 ist zu klein (%2): Es braucht mindestens 1 MiB.</translation>
    </message>
    <message>
        <source>The device name may use letters, digits and _ . + - only, at most 64 of them.</source>
        <translation>Der Gerätename darf nur Buchstaben, Ziffern und _ . + - enthalten, höchstens 64 davon.</translation>
    </message>
    <message numerus="yes">
        <source>Remap the %n block(s) the scan found unreadable (sectors %1): what can still be read is copied to /dev/%2; nothing is written to /dev/%3.</source>
        <translation>
            <numerusform>Den %n von der Prüfung als unlesbar gefundenen Block umleiten (Sektoren %1): Was noch lesbar ist, wird nach /dev/%2 kopiert; auf /dev/%3 wird nichts geschrieben.</numerusform>
            <numerusform>Die %n von der Prüfung als unlesbar gefundenen Blöcke umleiten (Sektoren %1): Was noch lesbar ist, wird nach /dev/%2 kopiert; auf /dev/%3 wird nichts geschrieben.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The other %n unreadable block(s) are remapped by the target when they are written.</source>
        <translation>
            <numerusform>Der übrige %n unlesbare Block wird vom Target umgeleitet, wenn er geschrieben wird.</numerusform>
            <numerusform>Die übrigen %n unlesbaren Blöcke werden vom Target umgeleitet, wenn sie geschrieben werden.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %n unreadable block(s) the scan found are remapped when they are written.</source>
        <translation>
            <numerusform>Der %n von der Prüfung gefundene unlesbare Block wird umgeleitet, wenn er geschrieben wird.</numerusform>
            <numerusform>Die %n von der Prüfung gefundenen unlesbaren Blöcke werden umgeleitet, wenn sie geschrieben werden.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dmremap::gui::RescueWizard</name>
    <message>
        <source>Rescue a failing drive</source>
        <translation>Ein ausfallendes Laufwerk retten</translation>
    </message>
    <message>
        <source>Rescue wizard</source>
        <translation>Rettungsassistent</translation>
    </message>
    <message>
        <source>&amp;Erase spare and create</source>
        <translation>Reserve &amp;löschen und anlegen</translation>
    </message>
    <message>
        <source>Erase spare and create</source>
        <translation>Reserve löschen und anlegen</translation>
    </message>
</context>
<context>
    <name>dmremap::gui::ReviewPage</name>
    <message>
        <source>Review the plan</source>
        <translation>Den Plan prüfen</translation>
    </message>
    <message>
        <source>Nothing has been written yet. This is exactly what happens when you confirm.</source>
        <translation>Noch wurde nichts geschrieben. Genau das geschieht, wenn Sie bestätigen.</translation>
    </message>
    <message>
        <source>I understand that everything on /dev/%1 is erased.</source>
        <translation>Mir ist klar, dass alles auf /dev/%1 gelöscht wird.</translation>
    </message>
</context>
<context>
    <name>dmremap::gui::RunPage</name>
    <message>
        <source>Rescue</source>
        <translation>Rettung</translation>
    </message>
    <message>
        <source>What was done</source>
        <translation>Was getan wurde</translation>
    </message>
    <message>
        <source>Open the remap &amp;dashboard</source>
        <translation>Remap-&amp;Übersicht öffnen</translation>
    </message>
    <message>
        <source>Working… Do not unplug the drives.</source>
        <translation>In Arbeit … Ziehen Sie die Laufwerke nicht ab.</translation>
    </message>
    <message>
        <source>&lt;b&gt;The rescue stopped.&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Die Rettung wurde angehalten.&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>Nothing was created. Fix the problem above and run the wizard again.</source>
        <translation>Es wurde nichts angelegt. Beheben Sie das obige Problem und starten Sie den Assistenten erneut.</translation>
    </message>
    <message>
        <source>The device /dev/mapper/%1 exists and can be used; the remaining steps can be done from its dashboard.</source>
        <translation>Das Gerät /dev/mapper/%1 existiert und kann verwendet werden; die übrigen Schritte können in seiner Übersicht erledigt werden.</translation>
    </message>
    <message>
        <source>Scanning /dev/%1…</source>
        <translation>/dev/%1 wird geprüft …</translation>
    </message>
    <message>
        <source>The scan failed: %1</source>
        <translation>Die Prüfung ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>The drive went away.</source>
        <translation>Das Laufwerk ist verschwunden.</translation>
    </message>
    <message>
        <source>The dm-remap kernel module is loaded.</source>
        <translation>Das dm-remap-Kernelmodul ist geladen.</translation>
    </message>
    <message>
        <source>Loading the dm-remap kernel module…</source>
        <translation>Das dm-remap-Kernelmodul wird geladen …</translation>
    </message>
    <message>
        <source>The module is loaded.</source>
        <translation>Das Modul ist geladen.</translation>
    </message>
    <message>
        <source>Erasing /dev/%1 and writing dm-remap metadata…</source>
        <translation>/dev/%1 wird gelöscht und dm-remap-Metadaten werden geschrieben …</translation>
    </message>
    <message>
        <source>The spare is formatted.</source>
        <translation>Das Reservegerät ist formatiert.</translation>
    </message>
    <message>
        <source>Creating /dev/mapper/%1…</source>
        <translation>/dev/mapper/%1 wird angelegt …</translation>
    </message>
    <message>
        <source>Created /dev/mapper/%1.</source>
        <translation>/dev/mapper/%1 angelegt.</translation>
    </message>
    <message>
        <source>The new device went away.</source>
        <translation>Das neue Gerät ist verschwunden.</translation>
    </message>
    <message>
        <source>Sector %1: %2</source>
        <translation>Sektor %1: %2</translation>
    </message>
    <message>
        <source>&lt;b&gt;Done.&lt;/b&gt; The failing drive now works through its new device.</source>
        <translation>&lt;b&gt;Fertig.&lt;/b&gt; Das ausfallende Laufwerk arbeitet jetzt über sein neues Gerät.</translation>
    </message>
    <message>
        <source>/dev/mapper/%1</source>
        <translation>/dev/mapper/%1</translation>
    </message>
    <message>
        <source>What to do next: use /dev/mapper/%1 instead of /dev/%2 (mount it, or copy your data from it to a new disk). Do not write to /dev/%2 directly. Keep /dev/%3 attached; it holds the remapped blocks. The dashboard shows new remaps and blocks that still need attention.</source>
        <translation>Wie es weitergeht: Verwenden Sie /dev/mapper/%1 statt /dev/%2 (hängen Sie es ein oder kopieren Sie Ihre Daten von dort auf eine neue Platte). Schreiben Sie nicht direkt auf /dev/%2. Lassen Sie /dev/%3 angeschlossen; es enthält die umgeleiteten Blöcke. Die Übersicht zeigt neue Umleitungen und Blöcke, die noch Aufmerksamkeit brauchen.</translation>
    </message>
    <message numerus="yes">
        <source>The scan found %n unreadable block(s).</source>
        <translation>
            <numerusform>Die Prüfung hat %n unlesbaren Block gefunden.</numerusform>
            <numerusform>Die Prüfung hat %n unlesbare Blöcke gefunden.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remapping %n unreadable block(s)…</source>
        <translation>
            <numerusform>%n unlesbarer Block wird umgeleitet …</numerusform>
            <numerusform>%n unlesbare Blöcke werden umgeleitet …</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remapped %1 of %n block(s).</source>
        <translation>
            <numerusform>%1 von %n Block umgeleitet.</numerusform>
            <numerusform>%1 von %n Blöcken umgeleitet.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dmremap::gui::ScanControls</name>
    <message>
        <source>&amp;Scan surface</source>
        <translation>Oberfläche &amp;prüfen</translation>
    </message>
    <message>
        <source>Start a surface scan</source>
        <translation>Eine Oberflächenprüfung starten</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pause</translation>
    </message>
    <message>
        <source>Pause the scan</source>
        <translation>Die Prüfung anhalten</translation>
    </message>
    <message>
        <source>Ca&amp;ncel</source>
        <translation>Ab&amp;brechen</translation>
    </message>
    <message>
        <source>Cancel the scan</source>
        <translation>Die Prüfung abbrechen</translation>
    </message>
    <message>
        <source>&amp;Export ddrescue mapfile…</source>
        <translation>ddrescue-Mapdatei &amp;exportieren …</translation>
    </message>
    <message>
        <source>Export the health map as a GNU ddrescue mapfile</source>
        <translation>Die Zustandskarte als GNU-ddrescue-Mapdatei exportieren</translation>
    </message>
    <message>
        <source>&amp;Rescue this drive…</source>
        <translation>Dieses Laufwerk &amp;retten …</translation>
    </message>
    <message>
        <source>Open the rescue wizard for this drive</source>
        <translation>Den Rettungsassistenten für dieses Laufwerk öffnen</translation>
    </message>
    <message>
        <source>Scan progress</source>
        <translation>Prüffortschritt</translation>
    </message>
    <message>
        <source>Scan status</source>
        <translation>Prüfstatus</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>%1/s</source>
        <translation>%1/s</translation>
    </message>
    <message>
        <source>about %1 left</source>
        <translation>noch etwa %1</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message numerus="yes">
        <source>%n unreadable block(s)</source>
        <translation>
            <numerusform>%n unlesbarer Block</numerusform>
            <numerusform>%n unlesbare Blöcke</numerusform>
        </translation>
    </message>
    <message>
        <source>The helper cannot pause a scan; cancel it and start again later.</source>
        <translation>Der Helfer kann eine Prüfung nicht anhalten; brechen Sie sie ab und starten Sie sie später erneut.</translation>
    </message>
</context>
<context>
    <name>dmremap::gui::ScanHistoryModel</name>
    <message>
        <source>%1%</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source> (+%1)</source>
        <translation> (+%1)</translation>
    </message>
    <message>
        <source> (−%1)</source>
        <translation> (−%1)</translation>
    </message>
    <message>
        <source>%1 bad units, %2 suspect units (read failed, not narrowed down)</source>
        <translation>%1 defekte Einheiten, %2 verdächtige Einheiten (Lesen fehlgeschlagen, nicht eingegrenzt)</translation>
    </message>
    <message>
        <source>Regions in the two slowest latency buckets</source>
        <translation>Bereiche in den beiden langsamsten Latenzstufen</translation>
    </message>
    <message>
        <source>Scan ended</source>
        <translation>Prüfung beendet</translation>
    </message>
    <message>
        <source>Scanned</source>
        <translation>Geprüft</translation>
    </message>
    <message>
        <source>Slow regions</source>
        <translation>Langsame Bereiche</translation>
    </message>
    <message>
        <source>Unreadable units</source>
        <translation>Unlesbare Einheiten</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Ausstehend</translation>
    </message>
    <message>
        <source>Remapped</source>
        <translation>Umgeleitet</translation>
    </message>
</context>
<context>
    <name>dmremap::gui::SmartAttributeModel</name>
    <message>
        <source>Raw read error rate</source>
        <translation>Rohe Lesefehlerrate</translation>
    </message>
    <message>
        <source>Throughput performance</source>
        <translation>Durchsatzleistung</translation>
    </message>
    <message>
        <source>Spin-up time</source>
        <translation>Anlaufzeit</translation>
    </message>
    <message>
        <source>Start/stop count</source>
        <translation>Start-/Stopp-Zähler</translation>
    </message>
    <message>
        <source>Reallocated sector count</source>
        <translation>Anzahl neu zugewiesener Sektoren</translation>
    </message>
    <message>
        <source>Read channel margin</source>
        <translation>Lesekanalreserve</translation>
    </message>
    <message>
        <source>Seek error rate</source>
        <translation>Suchfehlerrate</translation>
    </message>
    <message>
        <source>Seek time performance</source>
        <translation>Suchzeitleistung</translation>
    </message>
    <message>
        <source>Power-on hours</source>
        <translation>Betriebsstunden</translation>
    </message>
    <message>
        <source>Power-on minutes</source>
        <translation>Betriebsminuten</translation>
    </message>
    <message>
        <source>Power-on seconds</source>
        <translation>Betriebssekunden</translation>
    </message>
    <message>
        <source>Power-on half minutes</source>
        <translation>Betriebshalbminuten</translation>
    </message>
    <message>
        <source>Spin retry count</source>
        <translation>Anlauf-Wiederholungen</translation>
    </message>
    <message>
        <source>Calibration retry count</source>
        <translation>Kalibrierungs-Wiederholungen</translation>
    </message>
    <message>
        <source>Power cycle count</source>
        <translation>Einschaltvorgänge</translation>
    </message>
    <message>
        <source>Read soft error rate</source>
        <translation>Rate weicher Lesefehler</translation>
    </message>
    <message>
        <source>Reported uncorrectable errors</source>
        <translation>Gemeldete nicht korrigierbare Fehler</translation>
    </message>
    <message>
        <source>Command timeout</source>
        <translation>Befehlszeitüberschreitung</translation>
    </message>
    <message>
        <source>High fly writes</source>
        <translation>Schreibvorgänge mit zu hohem Kopf</translation>
    </message>
    <message>
        <source>Airflow temperature</source>
        <translation>Luftstromtemperatur</translation>
    </message>
    <message>
        <source>G-sense error rate</source>
        <translation>G-Sensor-Fehlerrate</translation>
    </message>
    <message>
        <source>Power-off retract count</source>
        <translation>Notparkvorgänge</translation>
    </message>
    <message>
        <source>Load/unload cycle count</source>
        <translation>Lade-/Entladezyklen</translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation>Temperatur</translation>
    </message>
    <message>
        <source>Hardware ECC recovered</source>
        <translation>Per Hardware-ECC korrigiert</translation>
    </message>
    <message>
        <source>Reallocation event count</source>
        <translation>Neuzuweisungsereignisse</translation>
    </message>
    <message>
        <source>Current pending sectors</source>
        <translation>Aktuell ausstehende Sektoren</translation>
    </message>
    <message>
        <source>Offline uncorrectable sectors</source>
        <translation>Offline nicht korrigierbare Sektoren</translation>
    </message>
    <message>
        <source>UDMA CRC error count (cable)</source>
        <translation>UDMA-CRC-Fehler (Kabel)</translation>
    </message>
    <message>
        <source>Multi-zone error rate</source>
        <translation>Mehrzonen-Fehlerrate</translation>
    </message>
    <message>
        <source>Soft read error rate</source>
        <translation>Rate weicher Lesefehler</translation>
    </message>
    <message>
        <source>Head flying hours</source>
        <translation>Kopfflugstunden</translation>
    </message>
    <message>
        <source>Total LBAs written</source>
        <translation>Insgesamt geschriebene LBAs</translation>
    </message>
    <message>
        <source>Total LBAs read</source>
        <translation>Insgesamt gelesene LBAs</translation>
    </message>
    <message>
        <source>%1 years</source>
        <translation>%1 Jahre</translation>
    </message>
    <message>
        <source>%1 months</source>
        <translation>%1 Monate</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 Tage</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>%1 °C</source>
        <translation>%1 °C</translation>
    </message>
    <message>
        <source>%1 sectors</source>
        <translation>%1 Sektoren</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>%1 TB</source>
        <translation>%1 TB</translation>
    </message>
    <message>
        <source>%1 GB</source>
        <translation>%1 GB</translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation>%1 MB</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>k. A.</translation>
    </message>
    <message>
        <source>Pre-failure</source>
        <translation>Vorausfall</translation>
    </message>
    <message>
        <source>Old-age</source>
        <translation>Alterung</translation>
    </message>
    <message>
        <source>Failing now</source>
        <translation>Fällt jetzt aus</translation>
    </message>
    <message>
        <source>Failed in the past</source>
        <translation>Früher ausgefallen</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>%1 (libatasmart: %2, attribute %3)
%4, %5; raw %6</source>
        <translation>%1 (libatasmart: %2, Attribut %3)
%4, %5; roh %6</translation>
    </message>
    <message>
        <source>pre-failure: crossing the threshold predicts a failure</source>
        <translation>Vorausfall: Das Unterschreiten der Schwelle sagt einen Ausfall voraus</translation>
    </message>
    <message>
        <source>old-age: wear, not a failure predictor</source>
        <translation>Alterung: Verschleiß, kein Vorbote eines Ausfalls</translation>
    </message>
    <message>
        <source>updated online</source>
        <translation>online aktualisiert</translation>
    </message>
    <message>
        <source>updated offline only</source>
        <translation>nur offline aktualisiert</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Attribute</source>
        <translation>Attribut</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Worst</source>
        <translation>Schlechtester</translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation>Schwelle</translation>
    </message>
    <message>
        <source>Raw</source>
        <translation>Roh</translation>
    </message>
    <message>
        <source>Interpreted</source>
        <translation>Gedeutet</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Bewertung</translation>
    </message>
</context>
<context>
    <name>dmremap::gui::SmartVerdict</name>
    <message>
        <source>This disk says it is failing</source>
        <translation>Diese Platte meldet, dass sie ausfällt</translation>
    </message>
    <message>
        <source>The health of this disk is unknown</source>
        <translation>Der Zustand dieser Platte ist unbekannt</translation>
    </message>
    <message>
        <source>This disk is healthy</source>
        <translation>Diese Platte ist gesund</translation>
    </message>
    <message>
        <source>This disk had a problem in the past</source>
        <translation>Diese Platte hatte früher ein Problem</translation>
    </message>
    <message>
        <source>This disk has bad sectors</source>
        <translation>Diese Platte hat defekte Sektoren</translation>
    </message>
    <message>
        <source>This disk is failing</source>
        <translation>Diese Platte fällt aus</translation>
    </message>
    <message>
        <source>This disk has many bad sectors</source>
        <translation>Diese Platte hat viele defekte Sektoren</translation>
    </message>
    <message>
        <source>Back up your data now and replace the disk.</source>
        <translation>Sichern Sie Ihre Daten jetzt und ersetzen Sie die Platte.</translation>
    </message>
    <message>
        <source>The saved SMART data does not include the disk&apos;s own assessment.</source>
        <translation>Die gespeicherten SMART-Daten enthalten nicht die eigene Bewertung der Platte.</translation>
    </message>
    <message>
        <source>No attribute is near its failure threshold and no sector is known to be bad.</source>
        <translation>Kein Attribut ist nahe seiner Ausfallschwelle und kein Sektor ist als defekt bekannt.</translation>
    </message>
    <message>
        <source>A pre-failure attribute crossed its threshold once but is fine now. Keep a backup and watch the disk.</source>
        <translation>Ein Vorausfall-Attribut hat seine Schwelle einmal unterschritten, ist jetzt aber in Ordnung. Halten Sie eine Sicherung bereit und beobachten Sie die Platte.</translation>
    </message>
    <message numerus="yes">
        <source>%n sector(s) could not be read or were replaced by the disk. Back up your data and scan the disk; dm-remap can keep it usable until a new one arrives.</source>
        <translation>
            <numerusform>%n Sektor konnte nicht gelesen werden oder wurde von der Platte ersetzt. Sichern Sie Ihre Daten und prüfen Sie die Platte; dm-remap kann sie nutzbar halten, bis eine neue eintrifft.</numerusform>
            <numerusform>%n Sektoren konnten nicht gelesen werden oder wurden von der Platte ersetzt. Sichern Sie Ihre Daten und prüfen Sie die Platte; dm-remap kann sie nutzbar halten, bis eine neue eintrifft.</numerusform>
        </translation>
    </message>
    <message>
        <source>A pre-failure attribute is below its threshold: the disk predicts its own failure. Back up your data now and replace the disk.</source>
        <translation>Ein Vorausfall-Attribut liegt unter seiner Schwelle: Die Platte sagt ihren eigenen Ausfall voraus. Sichern Sie Ihre Daten jetzt und ersetzen Sie die Platte.</translation>
    </message>
    <message numerus="yes">
        <source>%n sector(s) are bad and more are likely to follow. Back up your data now; remap the bad blocks to a spare only to keep working until the new disk arrives.</source>
        <translation>
            <numerusform>%n Sektor ist defekt und weitere werden wahrscheinlich folgen. Sichern Sie Ihre Daten jetzt; leiten Sie die defekten Blöcke nur auf ein Reservegerät um, um weiterarbeiten zu können, bis die neue Platte eintrifft.</numerusform>
            <numerusform>%n Sektoren sind defekt und weitere werden wahrscheinlich folgen. Sichern Sie Ihre Daten jetzt; leiten Sie die defekten Blöcke nur auf ein Reservegerät um, um weiterarbeiten zu können, bis die neue Platte eintrifft.</numerusform>
        </translation>
    </message>
    <message>
        <source>The disk&apos;s own SMART assessment says it is failing. Back up your data now and replace the disk.</source>
        <translation>Die eigene SMART-Bewertung der Platte meldet einen Ausfall. Sichern Sie Ihre Daten jetzt und ersetzen Sie die Platte.</translation>
    </message>
</context>
<context>
    <name>dmremap::gui::SparePage</name>
    <message>
        <source>Which device becomes the spare?</source>
        <translation>Welches Gerät wird zum Reservegerät?</translation>
    </message>
    <message>
        <source>Everything on the spare is erased. It must be on another, healthy disk.</source>
        <translation>Alles auf dem Reservegerät wird gelöscht. Es muss auf einer anderen, gesunden Platte liegen.</translation>
    </message>
    <message>
        <source>Spare device</source>
        <translation>Reservegerät</translation>
    </message>
</context>
<context>
    <name>dmremap::report::DriveReport</name>
    <message>
        <source>SMART</source>
        <translation>SMART</translation>
    </message>
    <message>
        <source>This drive does not report ATA SMART data.</source>
        <translation>Dieses Laufwerk meldet keine ATA-SMART-Daten.</translation>
    </message>
    <message>
        <source>Verdict (libatasmart)</source>
        <translation>Urteil (libatasmart)</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>Drive&apos;s self-assessment</source>
        <translation>Selbstbewertung des Laufwerks</translation>
    </message>
    <message>
        <source>passed</source>
        <translation>bestanden</translation>
    </message>
    <message>
        <source>FAILED</source>
        <translation>FEHLGESCHLAGEN</translation>
    </message>
    <message>
        <source>Bad sectors (reallocated + pending)</source>
        <translation>Defekte Sektoren (neu zugewiesen + ausstehend)</translation>
    </message>
    <message>
        <source>Power-on time</source>
        <translation>Betriebszeit</translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n Stunde</numerusform>
            <numerusform>%n Stunden</numerusform>
        </translation>
    </message>
    <message>
        <source>Power cycles</source>
        <translation>Einschaltvorgänge</translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation>Temperatur</translation>
    </message>
    <message>
        <source>Attributes</source>
        <translation>Attribute</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Worst</source>
        <translation>Schlechtester</translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation>Schwelle</translation>
    </message>
    <message>
        <source>Raw</source>
        <translation>Roh</translation>
    </message>
    <message>
        <source>Meaning</source>
        <translation>Bedeutung</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>good</source>
        <translation>gut</translation>
    </message>
    <message>
        <source>FAILING NOW</source>
        <translation>FÄLLT JETZT AUS</translation>
    </message>
    <message>
        <source>failed in the past</source>
        <translation>früher ausgefallen</translation>
    </message>
    <message>
        <source>pre-failure</source>
        <translation>Vorausfall</translation>
    </message>
    <message>
        <source>old-age</source>
        <translation>Alterung</translation>
    </message>
    <message>
        <source>Surface scan</source>
        <translation>Oberflächenprüfung</translation>
    </message>
    <message>
        <source>This drive has not been scanned.</source>
        <translation>Dieses Laufwerk wurde nicht geprüft.</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Kapazität</translation>
    </message>
    <message>
        <source>Scanned</source>
        <translation>Geprüft</translation>
    </message>
    <message>
        <source>%1 of %2 regions of %3</source>
        <translation>%1 von %2 Bereichen zu %3</translation>
    </message>
    <message numerus="yes">
        <source>%n unit(s) of %1</source>
        <translation>
            <numerusform>%n Einheit zu %1</numerusform>
            <numerusform>%n Einheiten zu %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Unreadable</source>
        <translation>Unlesbar</translation>
    </message>
    <message>
        <source>Pending (read failed, not yet rewritten)</source>
        <translation>Ausstehend (Lesen fehlgeschlagen, noch nicht neu geschrieben)</translation>
    </message>
    <message>
        <source>Remapped to the spare</source>
        <translation>Auf das Reservegerät umgeleitet</translation>
    </message>
    <message>
        <source>Slow regions</source>
        <translation>Langsame Bereiche</translation>
    </message>
    <message>
        <source>Unreadable sectors (first ones):</source>
        <translation>Unlesbare Sektoren (die ersten):</translation>
    </message>
    <message>
        <source>Scan history</source>
        <translation>Prüfverlauf</translation>
    </message>
    <message>
        <source>No earlier scans are recorded.</source>
        <translation>Es sind keine früheren Prüfungen verzeichnet.</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Beendet</translation>
    </message>
    <message>
        <source>Scanned regions</source>
        <translation>Geprüfte Bereiche</translation>
    </message>
    <message>
        <source>Unreadable units</source>
        <translation>Unlesbare Einheiten</translation>
    </message>
    <message>
        <source>Remap devices</source>
        <translation>Remap-Geräte</translation>
    </message>
    <message>
        <source>No remap device uses this drive.</source>
        <translation>Kein Remap-Gerät verwendet dieses Laufwerk.</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Gerät</translation>
    </message>
    <message>
        <source>Spare</source>
        <translation>Reserve</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Remapped / capacity</source>
        <translation>Umgeleitet / Kapazität</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Ausstehend</translation>
    </message>
    <message>
        <source>Read errors</source>
        <translation>Lesefehler</translation>
    </message>
    <message>
        <source>Write errors</source>
        <translation>Schreibfehler</translation>
    </message>
    <message>
        <source>Metadata copies</source>
        <translation>Metadatenkopien</translation>
    </message>
    <message>
        <source>Cannot write the report to %1: %2</source>
        <translation>Der Bericht kann nicht nach %1 geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Health report: %1 (%2)</source>
        <translation>Zustandsbericht: %1 (%2)</translation>
    </message>
    <message>
        <source>Health report: %1</source>
        <translation>Zustandsbericht: %1</translation>
    </message>
    <message>
        <source>Generated %1 by dm-remap %2.</source>
        <translation>Erstellt am %1 von dm-remap %2.</translation>
    </message>
    <message>
        <source>Model %1, serial number %2, firmware %3.</source>
        <translation>Modell %1, Seriennummer %2, Firmware %3.</translation>
    </message>
    <message>
        <source>Cannot write the report to %1: the PDF could not be made.</source>
        <translation>Der Bericht kann nicht nach %1 geschrieben werden: Das PDF konnte nicht erstellt werden.</translation>
    </message>
</context>
<context>
    <name>dmremap::report::SaveReport</name>
    <message>
        <source>Save report</source>
        <translation>Bericht speichern</translation>
    </message>
    <message>
        <source>Save &amp;report…</source>
        <translation>&amp;Bericht speichern …</translation>
    </message>
    <message>
        <source>Save this drive&apos;s health report as PDF or HTML</source>
        <translation>Den Zustandsbericht dieses Laufwerks als PDF oder HTML speichern</translation>
    </message>
    <message>
        <source>health-report-%1.pdf</source>
        <translation>zustandsbericht-%1.pdf</translation>
    </message>
    <message>
        <source>drive</source>
        <translation>laufwerk</translation>
    </message>
    <message>
        <source>PDF (*.pdf);;HTML (*.html *.htm)</source>
        <translation>PDF (*.pdf);;HTML (*.html *.htm)</translation>
    </message>
</context>
<context>
    <name>dmremap::tray::TrayText</name>
    <message>
        <source>/dev/%1 is failing</source>
        <translation>/dev/%1 fällt aus</translation>
    </message>
    <message>
        <source>/dev/%1 has problems</source>
        <translation>/dev/%1 hat Probleme</translation>
    </message>
    <message numerus="yes">
        <source>/dev/%1: %n block(s) remapped</source>
        <translation>
            <numerusform>/dev/%1: %n Block umgeleitet</numerusform>
            <numerusform>/dev/%1: %n Blöcke umgeleitet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>/dev/%1: %n unreadable block(s)</source>
        <translation>
            <numerusform>/dev/%1: %n unlesbarer Block</numerusform>
            <numerusform>/dev/%1: %n unlesbare Blöcke</numerusform>
        </translation>
    </message>
    <message>
        <source>The spare of /dev/%1 is nearly full</source>
        <translation>Das Reservegerät von /dev/%1 ist fast voll</translation>
    </message>
    <message>
        <source>The spare of /dev/%1 is full</source>
        <translation>Das Reservegerät von /dev/%1 ist voll</translation>
    </message>
    <message>
        <source>The disk&apos;s SMART data says it is failing. Back up your data now and replace the disk.</source>
        <translation>Die SMART-Daten der Platte melden einen Ausfall. Sichern Sie Ihre Daten jetzt und ersetzen Sie die Platte.</translation>
    </message>
    <message>
        <source>The disk&apos;s SMART data shows bad sectors or an earlier problem. Keep a backup and scan the disk.</source>
        <translation>Die SMART-Daten der Platte zeigen defekte Sektoren oder ein früheres Problem. Halten Sie eine Sicherung bereit und prüfen Sie die Platte.</translation>
    </message>
    <message numerus="yes">
        <source>/dev/mapper/%1 moved them to the spare; their data is safe. %n block(s) remapped in all.</source>
        <translation>
            <numerusform>/dev/mapper/%1 hat sie auf das Reservegerät verlegt; ihre Daten sind sicher. Insgesamt %n Block umgeleitet.</numerusform>
            <numerusform>/dev/mapper/%1 hat sie auf das Reservegerät verlegt; ihre Daten sind sicher. Insgesamt %n Blöcke umgeleitet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>/dev/mapper/%1 could not read them; they are remapped when written. %n block(s) pending in all.</source>
        <translation>
            <numerusform>/dev/mapper/%1 konnte sie nicht lesen; sie werden beim Schreiben umgeleitet. Insgesamt %n Block ausstehend.</numerusform>
            <numerusform>/dev/mapper/%1 konnte sie nicht lesen; sie werden beim Schreiben umgeleitet. Insgesamt %n Blöcke ausstehend.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 spare slots of /dev/mapper/%3 are used. Replace the failing disk soon.</source>
        <translation>%1 von %2 Reserveplätzen von /dev/mapper/%3 sind belegt. Ersetzen Sie die ausfallende Platte bald.</translation>
    </message>
    <message>
        <source>/dev/mapper/%1 cannot remap any more blocks. Replace the failing disk now.</source>
        <translation>/dev/mapper/%1 kann keine weiteren Blöcke umleiten. Ersetzen Sie die ausfallende Platte jetzt.</translation>
    </message>
    <message>
        <source>Show the drive</source>
        <translation>Laufwerk anzeigen</translation>
    </message>
    <message>
        <source>Open the dashboard</source>
        <translation>Übersicht öffnen</translation>
    </message>
    <message>
        <source>Mute /dev/%1</source>
        <translation>/dev/%1 stummschalten</translation>
    </message>
    <message>
        <source>dm-remap</source>
        <translation>dm-remap</translation>
    </message>
    <message>
        <source>/dev/%1: failing</source>
        <translation>/dev/%1: fällt aus</translation>
    </message>
    <message>
        <source>/dev/%1: needs attention</source>
        <translation>/dev/%1: braucht Aufmerksamkeit</translation>
    </message>
    <message>
        <source>All drives are healthy.</source>
        <translation>Alle Laufwerke sind gesund.</translation>
    </message>
    <message>
        <source>&amp;Open dm-remap</source>
        <translation>dm-remap ö&amp;ffnen</translation>
    </message>
    <message>
        <source>&amp;Mute notifications</source>
        <translation>Benachrichtigungen &amp;stummschalten</translation>
    </message>
    <message>
        <source>&amp;Quit the tray monitor</source>
        <translation>Systemabschnitt-Überwachung &amp;beenden</translation>
    </message>
    <message>
        <source>No drive has had an event</source>
        <translation>Kein Laufwerk hatte bisher ein Ereignis</translation>
    </message>
    <message>
        <source>/dev/%1</source>
        <translation>/dev/%1</translation>
    </message>
</context>
<context>
    <name>dmremapctl</name>
    <message>
        <source>Usage: dmremapctl [--json] [--no-interaction] COMMAND [ARGS...]
       dmremapctl COMMAND --help

Commands:
</source>
        <translation>Aufruf: dmremapctl [--json] [--no-interaction] BEFEHL [ARGUMENTE...]
       dmremapctl BEFEHL --help

Befehle:
</translation>
    </message>
    <message>
        <source>Devices are kernel names (sdb, nvme0n1p2); remap devices are device-mapper names.
Sectors are 512-byte sectors. Offline: smart --load FILE, map --import MAPFILE.

Exit codes: 0 ok, 1 failed, 2 usage, 3 helper unavailable, 4 not authorized,
5 invalid arguments, 6 not found, 7 busy or exists, 8 not supported or not available,
9 cancelled, 10 medium or I/O error, 11 corrupt data.
</source>
        <translation>Geräte sind Kernel-Namen (sdb, nvme0n1p2); Remap-Geräte sind Device-Mapper-Namen.
Sektoren sind 512-Byte-Sektoren. Offline: smart --load DATEI, map --import MAPDATEI.

Exit-Codes: 0 OK, 1 fehlgeschlagen, 2 Aufruf, 3 Helfer nicht erreichbar, 4 nicht berechtigt,
5 ungültige Argumente, 6 nicht gefunden, 7 belegt oder vorhanden, 8 nicht unterstützt oder nicht verfügbar,
9 abgebrochen, 10 Medien- oder E/A-Fehler, 11 beschädigte Daten.
</translation>
    </message>
    <message>
        <source>dmremapctl: unknown option %1</source>
        <translation>dmremapctl: unbekannte Option %1</translation>
    </message>
    <message>
        <source>dmremapctl: unknown command %1 (see --help)</source>
        <translation>dmremapctl: unbekannter Befehl %1 (siehe --help)</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>JSON ausgeben.</translation>
    </message>
    <message>
        <source>Never ask for a password (fail instead).</source>
        <translation>Nie nach einem Passwort fragen (stattdessen scheitern).</translation>
    </message>
    <message>
        <source>dmremapctl %1: expects %2 (see --help)</source>
        <translation>dmremapctl %1: erwartet %2 (siehe --help)</translation>
    </message>
    <message>
        <source>cannot connect to the system bus</source>
        <translation>keine Verbindung zum Systembus möglich</translation>
    </message>
    <message>
        <source>the job vanished before its outcome was seen</source>
        <translation>der Auftrag verschwand, bevor sein Ergebnis gesehen wurde</translation>
    </message>
    <message>
        <source>dmremapctl: %1 (see --help)</source>
        <translation>dmremapctl: %1 (siehe --help)</translation>
    </message>
    <message>
        <source>job %1</source>
        <translation>Auftrag %1</translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation>fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Print the job&apos;s path and return at once.</source>
        <translation>Den Pfad des Auftrags ausgeben und sofort zurückkehren.</translation>
    </message>
    <message>
        <source>Helper version, module state, drives, remap devices and jobs</source>
        <translation>Helfer-Version, Modulzustand, Laufwerke, Remap-Geräte und Aufträge</translation>
    </message>
    <message>
        <source>Load the dm-remap kernel module</source>
        <translation>Das dm-remap-Kernelmodul laden</translation>
    </message>
    <message>
        <source>Properties of a drive (SMART summary, identity, scan history)</source>
        <translation>Eigenschaften eines Laufwerks (SMART-Zusammenfassung, Identität, Prüfverlauf)</translation>
    </message>
    <message>
        <source>Read SMART of a drive now; or analyse a saved blob offline (--load FILE)</source>
        <translation>SMART eines Laufwerks jetzt lesen; oder einen gespeicherten Blob offline auswerten (--load DATEI)</translation>
    </message>
    <message>
        <source>Analyse a saved SMART blob (skdump --save) without the helper.</source>
        <translation>Einen gespeicherten SMART-Blob (skdump --save) ohne den Helfer auswerten.</translation>
    </message>
    <message>
        <source>Read even when the disk sleeps.</source>
        <translation>Auch lesen, wenn die Platte schläft.</translation>
    </message>
    <message>
        <source>smart needs a drive NAME or --load FILE</source>
        <translation>smart braucht einen Laufwerks-NAMEN oder --load DATEI</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Worst</source>
        <translation>Schl.</translation>
    </message>
    <message>
        <source>Thres</source>
        <translation>Schw.</translation>
    </message>
    <message>
        <source>Pretty</source>
        <translation>Gedeutet</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>Gut</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>k. A.</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>NO</source>
        <translation>NEIN</translation>
    </message>
    <message>
        <source>Start (short, extended, conveyance) or abort a SMART self-test</source>
        <translation>Einen SMART-Selbsttest starten (short, extended, conveyance) oder abbrechen (abort)</translation>
    </message>
    <message>
        <source>Scan the surface of a drive (read-only) and wait for the result</source>
        <translation>Die Oberfläche eines Laufwerks prüfen (nur lesend) und auf das Ergebnis warten</translation>
    </message>
    <message>
        <source>Read request size.</source>
        <translation>Größe der Leseanfragen.</translation>
    </message>
    <message>
        <source>Health map region size.</source>
        <translation>Bereichsgröße der Zustandskarte.</translation>
    </message>
    <message>
        <source>Remap unit to narrow errors to.</source>
        <translation>Remap-Einheit, auf die Fehler eingegrenzt werden.</translation>
    </message>
    <message>
        <source>First byte.</source>
        <translation>Erstes Byte.</translation>
    </message>
    <message>
        <source>End byte (exclusive).</source>
        <translation>End-Byte (ausschließlich).</translation>
    </message>
    <message>
        <source>Bytes per second at most.</source>
        <translation>Höchstens so viele Bytes pro Sekunde.</translation>
    </message>
    <message>
        <source>Health map of a drive; or summarize a GNU ddrescue mapfile offline (--import MAPFILE)</source>
        <translation>Zustandskarte eines Laufwerks; oder eine GNU-ddrescue-Mapdatei offline zusammenfassen (--import MAPDATEI)</translation>
    </message>
    <message>
        <source>Summarize a ddrescue mapfile without the helper.</source>
        <translation>Eine ddrescue-Mapdatei ohne den Helfer zusammenfassen.</translation>
    </message>
    <message>
        <source>Unit for --import (default 4096).</source>
        <translation>Einheit für --import (Vorgabe 4096).</translation>
    </message>
    <message>
        <source>Region for --import (default 1 MiB).</source>
        <translation>Bereich für --import (Vorgabe 1 MiB).</translation>
    </message>
    <message>
        <source>One scan of the history (its time) instead of all merged.</source>
        <translation>Eine Prüfung des Verlaufs (ihre Zeit) statt aller zusammengeführten.</translation>
    </message>
    <message>
        <source>map needs a drive NAME or --import MAPFILE</source>
        <translation>map braucht einen Laufwerks-NAMEN oder --import MAPDATEI</translation>
    </message>
    <message>
        <source>Regions:        %1 of %2 bytes, %3 scanned, %4 with read errors</source>
        <translation>Bereiche:       %1 zu %2 Bytes, %3 geprüft, %4 mit Lesefehlern</translation>
    </message>
    <message>
        <source>%1 (unit %2 bytes; first, count pairs)</source>
        <translation>%1 (Einheit %2 Bytes; Paare aus Anfang, Anzahl)</translation>
    </message>
    <message>
        <source>Write fresh dm-remap metadata on SPARE for MAIN (destroys SPARE&apos;s contents)</source>
        <translation>Frische dm-remap-Metadaten für MAIN auf SPARE schreiben (zerstört den Inhalt von SPARE)</translation>
    </message>
    <message>
        <source>Remap unit.</source>
        <translation>Remap-Einheit.</translation>
    </message>
    <message>
        <source>Overwrite existing dm-remap metadata.</source>
        <translation>Vorhandene dm-remap-Metadaten überschreiben.</translation>
    </message>
    <message>
        <source>Create the remap device over MAIN with SPARE</source>
        <translation>Das Remap-Gerät über MAIN mit SPARE anlegen</translation>
    </message>
    <message>
        <source>Device-mapper name (default remap-MAIN).</source>
        <translation>Device-Mapper-Name (Vorgabe remap-MAIN).</translation>
    </message>
    <message>
        <source>Format a blank spare first (its contents are lost).</source>
        <translation>Ein leeres Reservegerät zuerst formatieren (sein Inhalt geht verloren).</translation>
    </message>
    <message>
        <source>Remap unit when formatting.</source>
        <translation>Remap-Einheit beim Formatieren.</translation>
    </message>
    <message>
        <source>Extra read attempts (0-16).</source>
        <translation>Zusätzliche Leseversuche (0-16).</translation>
    </message>
    <message>
        <source>Remap only on request.</source>
        <translation>Nur auf Anforderung umleiten.</translation>
    </message>
    <message>
        <source>Status of a remap device</source>
        <translation>Status eines Remap-Geräts</translation>
    </message>
    <message>
        <source>The remap table of a remap device</source>
        <translation>Die Umleitungstabelle eines Remap-Geräts</translation>
    </message>
    <message>
        <source>First entry (default 0).</source>
        <translation>Erster Eintrag (Vorgabe 0).</translation>
    </message>
    <message>
        <source>Entries (default 1000).</source>
        <translation>Einträge (Vorgabe 1000).</translation>
    </message>
    <message>
        <source>SECTOR must be a number</source>
        <translation>SECTOR muss eine Zahl sein</translation>
    </message>
    <message>
        <source>Remap the unit holding SECTOR (512-byte sectors), copying readable data</source>
        <translation>Die Einheit mit SECTOR umleiten (512-Byte-Sektoren) und lesbare Daten kopieren</translation>
    </message>
    <message>
        <source>Forget the pending mark of the unit holding SECTOR</source>
        <translation>Die Ausstehend-Markierung der Einheit mit SECTOR vergessen</translation>
    </message>
    <message>
        <source>Re-read the unit holding SECTOR and write it to the spare</source>
        <translation>Die Einheit mit SECTOR erneut lesen und auf das Reservegerät schreiben</translation>
    </message>
    <message>
        <source>Read attempts (1-64, default 8).</source>
        <translation>Leseversuche (1-64, Vorgabe 8).</translation>
    </message>
    <message>
        <source>Write zeros when unreadable: the unit&apos;s data is given up.</source>
        <translation>Nullen schreiben, wenn unlesbar: Die Daten der Einheit werden aufgegeben.</translation>
    </message>
    <message>
        <source>Remove a remap device (the remaps stay on the spare)</source>
        <translation>Ein Remap-Gerät entfernen (die Umleitungen bleiben auf dem Reservegerät)</translation>
    </message>
    <message>
        <source>Properties of a job</source>
        <translation>Eigenschaften eines Auftrags</translation>
    </message>
    <message>
        <source>Cancel a job</source>
        <translation>Einen Auftrag abbrechen</translation>
    </message>
    <message>
        <source>Stream the status of a remap device (PropertiesChanged) until interrupted</source>
        <translation>Den Status eines Remap-Geräts (PropertiesChanged) bis zur Unterbrechung ausgeben</translation>
    </message>
    <message>
        <source>Stop after this long (default: never).</source>
        <translation>Nach so vielen Sekunden aufhören (Vorgabe: nie).</translation>
    </message>
    <message>
        <source>Model:        %1</source>
        <translation>Modell:       %1</translation>
    </message>
    <message>
        <source>Serial:       %1</source>
        <translation>Seriennr.:    %1</translation>
    </message>
    <message>
        <source>Firmware:     %1</source>
        <translation>Firmware:     %1</translation>
    </message>
    <message>
        <source>Verdict:      %1</source>
        <translation>Urteil:       %1</translation>
    </message>
    <message>
        <source>unknown (no self-assessment saved)</source>
        <translation>unbekannt (keine Selbstbewertung gespeichert)</translation>
    </message>
    <message>
        <source>Bad sectors:  %1</source>
        <translation>Defekte Sekt.: %1</translation>
    </message>
    <message>
        <source>Powered on:   %1</source>
        <translation>Betriebszeit: %1</translation>
    </message>
    <message>
        <source>Power cycles: %1</source>
        <translation>Einschaltv.:  %1</translation>
    </message>
    <message>
        <source>Temperature:  %1</source>
        <translation>Temperatur:   %1</translation>
    </message>
    <message>
        <source>Raw</source>
        <translation>Roh</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message numerus="yes">
        <source>Mapfile:         %1 (%n blocks, %2 bytes)</source>
        <translation>
            <numerusform>Mapdatei:        %1 (%n Block, %2 Bytes)</numerusform>
            <numerusform>Mapdatei:        %1 (%n Blöcke, %2 Bytes)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 Bytes</translation>
    </message>
    <message numerus="yes">
        <source>Bad units:       %1 of %2 bytes (%n ranges)</source>
        <translation>
            <numerusform>Defekte Einh.:   %1 zu %2 Bytes (%n Bereich)</numerusform>
            <numerusform>Defekte Einh.:   %1 zu %2 Bytes (%n Bereiche)</numerusform>
        </translation>
    </message>
    <message>
        <source>Suspect units:   %1</source>
        <translation>Verdächt. Einh.: %1</translation>
    </message>
    <message>
        <source>Regions scanned: %1 of %2</source>
        <translation>Geprüfte Ber.:   %1 von %2</translation>
    </message>
    <message>
        <source>Write a drive&apos;s health report as HTML or PDF (offline with --load/--map)</source>
        <translation>Den Zustandsbericht eines Laufwerks als HTML oder PDF schreiben (offline mit --load/--map)</translation>
    </message>
    <message>
        <source>Write the report to FILE: PDF when it ends in .pdf, HTML otherwise.</source>
        <translation>Den Bericht nach FILE schreiben: PDF, wenn der Name auf .pdf endet, sonst HTML.</translation>
    </message>
    <message>
        <source>Offline: SMART from a saved blob (skdump --save) instead of the helper.</source>
        <translation>Offline: SMART aus einem gespeicherten Blob (skdump --save) statt vom Helfer.</translation>
    </message>
    <message>
        <source>Offline: the health map (or GNU ddrescue mapfile) of the drive.</source>
        <translation>Offline: die Zustandskarte (oder GNU-ddrescue-Mapdatei) des Laufwerks.</translation>
    </message>
    <message>
        <source>dmremapctl report: --output FILE is needed (see --help)</source>
        <translation>dmremapctl report: --output FILE wird benötigt (siehe --help)</translation>
    </message>
    <message>
        <source>dmremapctl report: a drive NAME or --load FILE is needed</source>
        <translation>dmremapctl report: ein Laufwerks-NAME oder --load FILE wird benötigt</translation>
    </message>
    <message>
        <source>No SMART data was given (--load).</source>
        <translation>Es wurden keine SMART-Daten angegeben (--load).</translation>
    </message>
    <message>
        <source>Wrote the report of %1 to %2.</source>
        <translation>Bericht von %1 nach %2 geschrieben.</translation>
    </message>
    <message>
        <source>Pause a scan job</source>
        <translation>Einen Prüfauftrag anhalten</translation>
    </message>
    <message>
        <source>Resume a paused job</source>
        <translation>Einen angehaltenen Auftrag fortsetzen</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Disk health maps, SMART and bad-block remapping.</source>
        <translation>Zustandskarten von Platten, SMART und Umleitung defekter Blöcke.</translation>
    </message>
    <message>
        <source>Open a health map or GNU ddrescue mapfile.</source>
        <translation>Eine Zustandskarte oder GNU-ddrescue-Mapdatei öffnen.</translation>
    </message>
    <message>
        <source>Compare --map with this older scan.</source>
        <translation>--map mit dieser älteren Prüfung vergleichen.</translation>
    </message>
    <message>
        <source>Open saved SMART data (skdump --save).</source>
        <translation>Gespeicherte SMART-Daten öffnen (skdump --save).</translation>
    </message>
    <message>
        <source>Region size for ddrescue mapfiles, in bytes (default 1 MiB).</source>
        <translation>Bereichsgröße für ddrescue-Mapdateien, in Bytes (Vorgabe 1 MiB).</translation>
    </message>
    <message>
        <source>Remap unit for ddrescue mapfiles, in bytes (default 4096).</source>
        <translation>Remap-Einheit für ddrescue-Mapdateien, in Bytes (Vorgabe 4096).</translation>
    </message>
    <message>
        <source>Device size for ddrescue mapfiles, in bytes (default: the mapfile&apos;s end).</source>
        <translation>Gerätegröße für ddrescue-Mapdateien, in Bytes (Vorgabe: das Ende der Mapdatei).</translation>
    </message>
    <message>
        <source>Use the colour-blind safe palette.</source>
        <translation>Die farbenblind-sichere Palette verwenden.</translation>
    </message>
    <message>
        <source>Start at this zoom step (0: whole disk).</source>
        <translation>Mit dieser Zoomstufe beginnen (0: ganze Platte).</translation>
    </message>
    <message>
        <source>Start on this tab (0 SMART, 1 history, 2 compare).</source>
        <translation>Mit diesem Reiter beginnen (0 SMART, 1 Verlauf, 2 Vergleich).</translation>
    </message>
    <message>
        <source>Show the comparison as a difference map.</source>
        <translation>Den Vergleich als Unterschiedskarte zeigen.</translation>
    </message>
    <message>
        <source>Window size, WIDTHxHEIGHT.</source>
        <translation>Fenstergröße, BREITExHÖHE.</translation>
    </message>
    <message>
        <source>Save the first frame of the window to this PNG file and quit.</source>
        <translation>Das erste Bild des Fensters in diese PNG-Datei speichern und beenden.</translation>
    </message>
    <message>
        <source>Run the tray monitor: notifications about failing disks, new remaps, pending blocks and a nearly full spare.</source>
        <translation>Die Überwachung im Systemabschnitt starten: Benachrichtigungen über ausfallende Platten, neue Umleitungen, ausstehende Blöcke und ein fast volles Reservegerät.</translation>
    </message>
    <message>
        <source>Start on this page: drives, drive:NAME or dashboard:DMNAME.</source>
        <translation>Auf dieser Seite beginnen: drives, drive:NAME oder dashboard:DMNAME.</translation>
    </message>
</context>
</TS>
