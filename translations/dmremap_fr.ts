<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>dmremap::gui::ByteFormat</name>
    <message>
        <source>%1 byte</source>
        <translation>%1 octet</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 octets</translation>
    </message>
    <message>
        <source>%1 KiB</source>
        <translation>%1 Kio</translation>
    </message>
    <message>
        <source>%1 MiB</source>
        <translation>%1 Mio</translation>
    </message>
    <message>
        <source>%1 GiB</source>
        <translation>%1 Gio</translation>
    </message>
    <message>
        <source>%1 TiB</source>
        <translation>%1 Tio</translation>
    </message>
    <message>
        <source>%1 PiB</source>
        <translation>%1 Pio</translation>
    </message>
    <message>
        <source>%1 kB</source>
        <translation>%1 ko</translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation>%1 Mo</translation>
    </message>
    <message>
        <source>%1 GB</source>
        <translation>%1 Go</translation>
    </message>
    <message>
        <source>%1 TB</source>
        <translation>%1 To</translation>
    </message>
    <message>
        <source>%1 PB</source>
        <translation>%1 Po</translation>
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
        <translation>Lecture de l&apos;état du disque…</translation>
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
        <translation>Ce disque n&apos;a jamais été analysé.</translation>
    </message>
    <message numerus="yes">
        <source>%n earlier scan(s).</source>
        <translation>
            <numerusform>%n analyse antérieure.</numerusform>
            <numerusform>%n analyses antérieures.</numerusform>
        </translation>
    </message>
    <message>
        <source>Starting the scan…</source>
        <translation>Démarrage de l&apos;analyse…</translation>
    </message>
    <message numerus="yes">
        <source>Scan complete: %n unreadable block(s).</source>
        <translation>
            <numerusform>Analyse terminée : %n bloc illisible.</numerusform>
            <numerusform>Analyse terminée : %n blocs illisibles.</numerusform>
        </translation>
    </message>
    <message>
        <source>The scan was cancelled.</source>
        <translation>L&apos;analyse a été annulée.</translation>
    </message>
    <message>
        <source>The scan failed: %1</source>
        <translation>L&apos;analyse a échoué : %1</translation>
    </message>
</context>
<context>
    <name>dmremap::gui::DriveListModel</name>
    <message numerus="yes">
        <source>%n unreadable block(s) found by the last scan</source>
        <translation>
            <numerusform>%n bloc illisible trouvé par la dernière analyse</numerusform>
            <numerusform>%n blocs illisibles trouvés par la dernière analyse</numerusform>
        </translation>
    </message>
    <message>
        <source>Healthy</source>
        <translation>En bonne santé</translation>
    </message>
    <message>
        <source>Some bad sectors</source>
        <translation>Quelques secteurs défectueux</translation>
    </message>
    <message>
        <source>Had problems in the past</source>
        <translation>A eu des problèmes par le passé</translation>
    </message>
    <message>
        <source>Failing</source>
        <translation>Défaillant</translation>
    </message>
    <message>
        <source>Health unknown</source>
        <translation>État inconnu</translation>
    </message>
    <message>
        <source>%1
%2</source>
        <translation>%1
%2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
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
        <translation>Zoom arrière (−)</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Zoom arrière</translation>
    </message>
    <message>
        <source>+</source>
        <translation>+</translation>
    </message>
    <message>
        <source>Zoom in (+)</source>
        <translation>Zoom avant (+)</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Zoom avant</translation>
    </message>
    <message>
        <source>Whole disk</source>
        <translation>Disque entier</translation>
    </message>
    <message>
        <source>Show the whole disk (0)</source>
        <translation>Afficher le disque entier (0)</translation>
    </message>
    <message>
        <source>Colour-blind safe colours</source>
        <translation>Couleurs adaptées aux daltoniens</translation>
    </message>
    <message>
        <source>SMART attributes</source>
        <translation>Attributs SMART</translation>
    </message>
    <message>
        <source>Scan history</source>
        <translation>Historique des analyses</translation>
    </message>
    <message>
        <source>SMART &amp;attributes</source>
        <translation>&amp;Attributs SMART</translation>
    </message>
    <message>
        <source>Scan &amp;history</source>
        <translation>&amp;Historique des analyses</translation>
    </message>
    <message>
        <source>&amp;Compare scans</source>
        <translation>&amp;Comparer les analyses</translation>
    </message>
    <message>
        <source>&lt;b&gt;No SMART data&lt;/b&gt;</source>
        <translation>&lt;b&gt;Aucune donnée SMART&lt;/b&gt;</translation>
    </message>
    <message>
        <source>SMART data is shown once the drive has been read or a saved report is opened.</source>
        <translation>Les données SMART s&apos;affichent dès que le disque a été lu ou qu&apos;un rapport enregistré est ouvert.</translation>
    </message>
    <message>
        <source>No SMART data</source>
        <translation>Aucune donnée SMART</translation>
    </message>
    <message>
        <source>No health map</source>
        <translation>Aucune carte de santé</translation>
    </message>
    <message>
        <source>Zoom %1 of %2: %3 per cell</source>
        <translation>Zoom %1 sur %2 : %3 par cellule</translation>
    </message>
</context>
<context>
    <name>dmremap::gui::DrivesPage</name>
    <message>
        <source>&lt;b&gt;Drives&lt;/b&gt;</source>
        <translation>&lt;b&gt;Disques&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Drives</source>
        <translation>Disques</translation>
    </message>
    <message>
        <source>&amp;Open drive</source>
        <translation>&amp;Ouvrir le disque</translation>
    </message>
    <message>
        <source>&amp;Rescue a drive…</source>
        <translation>&amp;Secourir un disque…</translation>
    </message>
    <message>
        <source>&lt;b&gt;Remap devices&lt;/b&gt;</source>
        <translation>&lt;b&gt;Périphériques de remappage&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Remap devices</source>
        <translation>Périphériques de remappage</translation>
    </message>
    <message>
        <source>Open &amp;dashboard</source>
        <translation>Ouvrir le &amp;tableau de bord</translation>
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
        <translation>L&apos;opération a échoué.</translation>
    </message>
    <message>
        <source>A value is out of range or malformed.</source>
        <translation>Une valeur est hors limites ou mal formée.</translation>
    </message>
    <message>
        <source>The device or file does not exist.</source>
        <translation>Le périphérique ou le fichier n&apos;existe pas.</translation>
    </message>
    <message>
        <source>Permission denied.</source>
        <translation>Permission refusée.</translation>
    </message>
    <message>
        <source>The device is busy.</source>
        <translation>Le périphérique est occupé.</translation>
    </message>
    <message>
        <source>This is not supported here.</source>
        <translation>Ceci n&apos;est pas pris en charge ici.</translation>
    </message>
    <message>
        <source>This drive does not offer the feature.</source>
        <translation>Ce disque ne propose pas cette fonction.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <source>The operation took too long.</source>
        <translation>L&apos;opération a pris trop de temps.</translation>
    </message>
    <message>
        <source>Input/output error.</source>
        <translation>Erreur d&apos;entrée/sortie.</translation>
    </message>
    <message>
        <source>The disk could not read the data.</source>
        <translation>Le disque n&apos;a pas pu lire les données.</translation>
    </message>
    <message>
        <source>The disk is asleep and was not woken up.</source>
        <translation>Le disque est en veille et n&apos;a pas été réveillé.</translation>
    </message>
    <message>
        <source>The file or data is damaged or not in the expected format.</source>
        <translation>Le fichier ou les données sont endommagés ou pas au format attendu.</translation>
    </message>
    <message>
        <source>The file was made by a newer version.</source>
        <translation>Le fichier a été créé par une version plus récente.</translation>
    </message>
    <message>
        <source>There is no space left.</source>
        <translation>Il n&apos;y a plus d&apos;espace libre.</translation>
    </message>
    <message>
        <source>It exists already.</source>
        <translation>Cela existe déjà.</translation>
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
        <translation>Côte à côte</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Différence</translation>
    </message>
    <message>
        <source>Comparison mode</source>
        <translation>Mode de comparaison</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Afficher :</translation>
    </message>
    <message>
        <source>Health map of the older scan, %1</source>
        <translation>Carte de santé de l&apos;analyse la plus ancienne, %1</translation>
    </message>
    <message>
        <source>Health map of the newer scan, %1</source>
        <translation>Carte de santé de l&apos;analyse la plus récente, %1</translation>
    </message>
    <message>
        <source>%1 regions slower, %2 with new read errors, %3 better</source>
        <translation>%1 régions plus lentes, %2 avec de nouvelles erreurs de lecture, %3 meilleures</translation>
    </message>
    <message>
        <source>These scans cannot be compared: they were made with different region sizes.</source>
        <translation>Ces analyses ne peuvent pas être comparées : elles ont été faites avec des tailles de région différentes.</translation>
    </message>
</context>
<context>
    <name>dmremap::gui::HealthMapLegend</name>
    <message>
        <source>Health map legend</source>
        <translation>Légende de la carte de santé</translation>
    </message>
    <message>
        <source>Read, latency unknown</source>
        <translation>Lu, latence inconnue</translation>
    </message>
    <message>
        <source>Not scanned</source>
        <translation>Non analysé</translation>
    </message>
    <message>
        <source>Timed out</source>
        <translation>Délai dépassé</translation>
    </message>
    <message>
        <source>Read error</source>
        <translation>Erreur de lecture</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Remapped</source>
        <translation>Remappé</translation>
    </message>
</context>
<context>
    <name>dmremap::gui::HealthMapToolTip</name>
    <message>
        <source>any latency</source>
        <translation>toute latence</translation>
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
        <translation>Absent de l&apos;une des analyses</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Inchangé</translation>
    </message>
    <message>
        <source>Better</source>
        <translation>Meilleur</translation>
    </message>
    <message>
        <source>Newly remapped</source>
        <translation>Nouvellement remappé</translation>
    </message>
    <message>
        <source>Slower</source>
        <translation>Plus lent</translation>
    </message>
    <message>
        <source>Much slower</source>
        <translation>Beaucoup plus lent</translation>
    </message>
    <message>
        <source>New read error</source>
        <translation>Nouvelle erreur de lecture</translation>
    </message>
    <message>
        <source>Sectors %1–%2 (LBA, 512 bytes each)</source>
        <translation>Secteurs %1–%2 (LBA, 512 octets chacun)</translation>
    </message>
    <message>
        <source>Bytes %1–%2 (%3 at %4)</source>
        <translation>Octets %1–%2 (%3 à %4)</translation>
    </message>
    <message>
        <source>Region %1 of %2</source>
        <translation>Région %1 sur %2</translation>
    </message>
    <message>
        <source>Regions %1–%2 of %3</source>
        <translation>Régions %1–%2 sur %3</translation>
    </message>
    <message>
        <source>%1, units %2–%3 (%4 each)</source>
        <translation>%1, unités %2–%3 (%4 chacune)</translation>
    </message>
    <message>
        <source>Latency: not scanned</source>
        <translation>Latence : non analysé</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 à %2</translation>
    </message>
    <message>
        <source>Latency: %1</source>
        <translation>Latence : %1</translation>
    </message>
    <message>
        <source>Latency: read fine, latency unknown (imported)</source>
        <translation>Latence : lu correctement, latence inconnue (importé)</translation>
    </message>
    <message>
        <source>Scanned: %1 of %2 regions</source>
        <translation>Analysé : %1 régions sur %2</translation>
    </message>
    <message numerus="yes">
        <source>%n bad unit(s) of %1</source>
        <translation>
            <numerusform>%n unité défectueuse sur %1</numerusform>
            <numerusform>%n unités défectueuses sur %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n suspect unit(s) (read failed, not narrowed down)</source>
        <translation>
            <numerusform>%n unité suspecte (lecture échouée, non localisée)</numerusform>
            <numerusform>%n unités suspectes (lecture échouée, non localisées)</numerusform>
        </translation>
    </message>
    <message>
        <source>read error</source>
        <translation>erreur de lecture</translation>
    </message>
    <message>
        <source>read timed out</source>
        <translation>délai de lecture dépassé</translation>
    </message>
    <message numerus="yes">
        <source>%n pending unit(s): unreadable until rewritten</source>
        <translation>
            <numerusform>%n unité en attente : illisible jusqu&apos;à réécriture</numerusform>
            <numerusform>%n unités en attente : illisibles jusqu&apos;à réécriture</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unit(s) remapped to the spare</source>
        <translation>
            <numerusform>%n unité remappée vers le disque de réserve</numerusform>
            <numerusform>%n unités remappées vers le disque de réserve</numerusform>
        </translation>
    </message>
    <message>
        <source>State: healthy</source>
        <translation>État : sain</translation>
    </message>
    <message>
        <source>State: unknown</source>
        <translation>État : inconnu</translation>
    </message>
    <message>
        <source>State: %1</source>
        <translation>État : %1</translation>
    </message>
    <message>
        <source>; </source>
        <translation> ; </translation>
    </message>
    <message>
        <source>Change: %1</source>
        <translation>Changement : %1</translation>
    </message>
    <message>
        <source>Older scan:</source>
        <translation>Analyse plus ancienne :</translation>
    </message>
    <message>
        <source>Newer scan:</source>
        <translation>Analyse plus récente :</translation>
    </message>
</context>
<context>
    <name>dmremap::gui::HealthMapView</name>
    <message>
        <source>Health map</source>
        <translation>Carte de santé</translation>
    </message>
    <message>
        <source>No health map loaded.</source>
        <translation>Aucune carte de santé chargée.</translation>
    </message>
    <message>
        <source>Difference of two scans of a %1 drive: %2 regions worse, %3 better, %4 with new read errors.</source>
        <translation>Différence de deux analyses d&apos;un disque de %1 : %2 régions moins bonnes, %3 meilleures, %4 avec de nouvelles erreurs de lecture.</translation>
    </message>
    <message>
        <source>Health map of a %1 drive in %2 regions of %3: %4 scanned, %5 bad units, %6 pending, %7 remapped.</source>
        <translation>Carte de santé d&apos;un disque de %1 en %2 régions de %3 : %4 analysées, %5 unités défectueuses, %6 en attente, %7 remappées.</translation>
    </message>
</context>
<context>
    <name>dmremap::gui::HelperErrorText</name>
    <message>
        <source>The dm-remap helper is not installed, so drives cannot be scanned or rescued. Install the dmremap package, which contains it (for example: sudo apt install dmremap), and start the application again.</source>
        <translation>L&apos;assistant dm-remap n&apos;est pas installé : les disques ne peuvent être ni analysés ni secourus. Installez le paquet dmremap qui le contient (par exemple : sudo apt install dmremap), puis relancez l&apos;application.</translation>
    </message>
    <message>
        <source>The dm-remap helper did not answer in time.</source>
        <translation>L&apos;assistant dm-remap n&apos;a pas répondu à temps.</translation>
    </message>
    <message>
        <source>The connection to the system bus was lost.</source>
        <translation>La connexion au bus système a été perdue.</translation>
    </message>
    <message>
        <source>The system bus refused the call to the dm-remap helper. Its bus policy file (org.dmremap.Helper1.conf) may be missing.</source>
        <translation>Le bus système a refusé l&apos;appel à l&apos;assistant dm-remap. Son fichier de politique du bus (org.dmremap.Helper1.conf) est peut-être absent.</translation>
    </message>
    <message>
        <source>You are not authorized to do this. An administrator&apos;s password is needed; if no password dialog appeared, no polkit authentication agent is running in your session.</source>
        <translation>Vous n&apos;êtes pas autorisé à faire cela. Le mot de passe d&apos;un administrateur est nécessaire ; si aucune fenêtre de mot de passe n&apos;est apparue, aucun agent d&apos;authentification polkit ne tourne dans votre session.</translation>
    </message>
    <message>
        <source>The device is in use: it is mounted, used as swap, held by another device or a job runs on it. Unmount it (and stop what uses it) first.</source>
        <translation>Le périphérique est utilisé : il est monté, sert d&apos;espace d&apos;échange, est tenu par un autre périphérique ou une tâche s&apos;y exécute. Démontez-le d&apos;abord (et arrêtez ce qui l&apos;utilise).</translation>
    </message>
    <message>
        <source>The device is busy: another job runs on it. Wait for it to finish or cancel it.</source>
        <translation>Le périphérique est occupé : une autre tâche s&apos;y exécute. Attendez qu&apos;elle se termine ou annulez-la.</translation>
    </message>
    <message>
        <source>The spare device is too small: it cannot hold the metadata and at least one spare slot. Choose a larger spare.</source>
        <translation>Le périphérique de réserve est trop petit : il ne peut contenir les métadonnées et au moins un emplacement de réserve. Choisissez une réserve plus grande.</translation>
    </message>
    <message>
        <source>The spare device is full: no further blocks can be remapped. Replace the failing disk.</source>
        <translation>Le périphérique de réserve est plein : aucun autre bloc ne peut être remappé. Remplacez le disque défaillant.</translation>
    </message>
    <message>
        <source>The dm-remap kernel module is not loaded and could not be loaded. Install the dm-remap-dkms package for the running kernel; under Secure Boot its signing key must be enrolled (mokutil).</source>
        <translation>Le module noyau dm-remap n&apos;est pas chargé et n&apos;a pas pu l&apos;être. Installez le paquet dm-remap-dkms pour le noyau en cours ; avec Secure Boot, sa clé de signature doit être enregistrée (mokutil).</translation>
    </message>
    <message>
        <source>There is no dm-remap kernel module for the running kernel. Install the dm-remap-dkms package.</source>
        <translation>Il n&apos;y a pas de module noyau dm-remap pour le noyau en cours. Installez le paquet dm-remap-dkms.</translation>
    </message>
    <message>
        <source>The kernel refused to load the dm-remap module. Under Secure Boot the module must be signed with a key the firmware trusts: enroll the DKMS signing key with mokutil.</source>
        <translation>Le noyau a refusé de charger le module dm-remap. Avec Secure Boot, le module doit être signé par une clé reconnue par le micrologiciel : enregistrez la clé de signature DKMS avec mokutil.</translation>
    </message>
    <message>
        <source>The spare already holds dm-remap metadata. Formatting it again would erase its remaps.</source>
        <translation>La réserve contient déjà des métadonnées dm-remap. La formater à nouveau effacerait ses remappages.</translation>
    </message>
    <message>
        <source>A device with this name exists already. Choose another name.</source>
        <translation>Un périphérique portant ce nom existe déjà. Choisissez un autre nom.</translation>
    </message>
    <message>
        <source>The spare holds no dm-remap metadata for this drive (it is blank or belongs to another drive). It must be formatted first.</source>
        <translation>La réserve ne contient pas de métadonnées dm-remap pour ce disque (elle est vierge ou appartient à un autre disque). Elle doit d&apos;abord être formatée.</translation>
    </message>
    <message>
        <source>The helper refused the request as invalid (for example the spare is on the same disk as the failing drive).</source>
        <translation>L&apos;assistant a refusé la demande comme invalide (par exemple, la réserve est sur le même disque que le disque défaillant).</translation>
    </message>
    <message>
        <source>This drive does not report SMART data (virtual, NVMe or SCSI drives often do not).</source>
        <translation>Ce disque ne fournit pas de données SMART (c&apos;est souvent le cas des disques virtuels, NVMe ou SCSI).</translation>
    </message>
    <message>
        <source>This drive does not offer the feature.</source>
        <translation>Ce disque ne propose pas cette fonction.</translation>
    </message>
    <message>
        <source>The device or its data was not found.</source>
        <translation>Le périphérique ou ses données sont introuvables.</translation>
    </message>
    <message>
        <source>The disk is asleep; it was not woken up.</source>
        <translation>Le disque est en veille ; il n&apos;a pas été réveillé.</translation>
    </message>
    <message>
        <source>The disk could not read the data, even after retries.</source>
        <translation>Le disque n&apos;a pas pu lire les données, même après plusieurs essais.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <source>The device reported an input/output error.</source>
        <translation>Le périphérique a signalé une erreur d&apos;entrée/sortie.</translation>
    </message>
    <message>
        <source>The dm-remap helper reported an error.</source>
        <translation>L&apos;assistant dm-remap a signalé une erreur.</translation>
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
        <translation>Quel disque est défaillant ?</translation>
    </message>
    <message>
        <source>Its data stays where it is; nothing is written to it.</source>
        <translation>Ses données restent en place ; rien n&apos;y est écrit.</translation>
    </message>
    <message>
        <source>Failing drive</source>
        <translation>Disque défaillant</translation>
    </message>
    <message>
        <source>Choose the drive that shows read or write errors. The rescue builds a new device over it that sends its bad blocks to a healthy spare.</source>
        <translation>Choisissez le disque qui présente des erreurs de lecture ou d&apos;écriture. Le secours construit par-dessus un nouveau périphérique qui envoie ses blocs défectueux vers une réserve saine.</translation>
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
        <translation>Aucun disque</translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation>Navigation</translation>
    </message>
    <message>
        <source>&amp;Drives</source>
        <translation>&amp;Disques</translation>
    </message>
    <message>
        <source>&amp;Rescue a drive…</source>
        <translation>&amp;Secourir un disque…</translation>
    </message>
    <message>
        <source>Export as ddrescue mapfile</source>
        <translation>Exporter en fichier map ddrescue</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>Open &amp;health map or ddrescue mapfile…</source>
        <translation>Ouvrir une carte de &amp;santé ou un fichier map ddrescue…</translation>
    </message>
    <message>
        <source>Open health map</source>
        <translation>Ouvrir une carte de santé</translation>
    </message>
    <message>
        <source>Health maps and ddrescue mapfiles (*)</source>
        <translation>Cartes de santé et fichiers map ddrescue (*)</translation>
    </message>
    <message>
        <source>&amp;Compare with an older scan…</source>
        <translation>&amp;Comparer avec une analyse plus ancienne…</translation>
    </message>
    <message>
        <source>Open an older scan of this drive</source>
        <translation>Ouvrir une analyse plus ancienne de ce disque</translation>
    </message>
    <message>
        <source>Open saved &amp;SMART data…</source>
        <translation>Ouvrir des données &amp;SMART enregistrées…</translation>
    </message>
    <message>
        <source>Open SMART data (skdump --save)</source>
        <translation>Ouvrir des données SMART (skdump --save)</translation>
    </message>
    <message>
        <source>&amp;Export as ddrescue mapfile…</source>
        <translation>&amp;Exporter en fichier map ddrescue…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>The helper is not connected: showing files only.</source>
        <translation>L&apos;assistant n&apos;est pas connecté : seuls des fichiers sont affichés.</translation>
    </message>
    <message>
        <source>Connecting to the dm-remap helper…</source>
        <translation>Connexion à l&apos;assistant dm-remap…</translation>
    </message>
    <message>
        <source>Connected to the dm-remap helper; the kernel module is loaded.</source>
        <translation>Connecté à l&apos;assistant dm-remap ; le module noyau est chargé.</translation>
    </message>
    <message>
        <source>Connected to the dm-remap helper; the kernel module is not loaded yet.</source>
        <translation>Connecté à l&apos;assistant dm-remap ; le module noyau n&apos;est pas encore chargé.</translation>
    </message>
    <message>
        <source>The dm-remap helper is not available.</source>
        <translation>L&apos;assistant dm-remap n&apos;est pas disponible.</translation>
    </message>
    <message>
        <source>The rescue needs the dm-remap helper.</source>
        <translation>Le secours a besoin de l&apos;assistant dm-remap.</translation>
    </message>
    <message>
        <source>Start dm-remap without files to connect to it.</source>
        <translation>Lancez dm-remap sans fichier pour vous y connecter.</translation>
    </message>
    <message>
        <source>Cannot open the health map %1.</source>
        <translation>Impossible d&apos;ouvrir la carte de santé %1.</translation>
    </message>
    <message>
        <source>Open the newer scan first.</source>
        <translation>Ouvrez d&apos;abord l&apos;analyse la plus récente.</translation>
    </message>
    <message>
        <source>The two scans cannot be compared.</source>
        <translation>Les deux analyses ne peuvent pas être comparées.</translation>
    </message>
    <message>
        <source>They were made with different region sizes.</source>
        <translation>Elles ont été faites avec des tailles de région différentes.</translation>
    </message>
    <message>
        <source>There is no health map to export.</source>
        <translation>Il n&apos;y a pas de carte de santé à exporter.</translation>
    </message>
    <message>
        <source>Cannot write the mapfile %1.</source>
        <translation>Impossible d&apos;écrire le fichier map %1.</translation>
    </message>
    <message>
        <source>Exported the health map to %1.</source>
        <translation>Carte de santé exportée vers %1.</translation>
    </message>
    <message>
        <source>Cannot open the SMART data %1.</source>
        <translation>Impossible d&apos;ouvrir les données SMART %1.</translation>
    </message>
    <message>
        <source>Cannot read the SMART data %1.</source>
        <translation>Impossible de lire les données SMART %1.</translation>
    </message>
</context>
<context>
    <name>dmremap::gui::ManagerClient</name>
    <message>
        <source>There is no system D-Bus, so the dm-remap helper cannot be reached. Saved health maps and SMART files can still be opened.</source>
        <translation>Il n&apos;y a pas de D-Bus système : l&apos;assistant dm-remap est injoignable. Les cartes de santé et fichiers SMART enregistrés peuvent toujours être ouverts.</translation>
    </message>
</context>
<context>
    <name>dmremap::gui::OptionsPage</name>
    <message>
        <source>Scan and remap options</source>
        <translation>Options d&apos;analyse et de remappage</translation>
    </message>
    <message>
        <source>What the last scan found decides what is remapped right away.</source>
        <translation>Ce que la dernière analyse a trouvé décide de ce qui est remappé tout de suite.</translation>
    </message>
    <message>
        <source>Scan the drive &amp;again before creating the device (reads every block; slow)</source>
        <translation>&amp;Analyser à nouveau le disque avant de créer le périphérique (lit chaque bloc ; lent)</translation>
    </message>
    <message>
        <source>&amp;Remap the unreadable blocks the scan found right away</source>
        <translation>&amp;Remapper tout de suite les blocs illisibles trouvés par l&apos;analyse</translation>
    </message>
    <message>
        <source>Remap blocks &amp;automatically when a write to them fails</source>
        <translation>Remapper les blocs &amp;automatiquement quand une écriture échoue</translation>
    </message>
    <message>
        <source>Extra read attempts</source>
        <translation>Tentatives de lecture supplémentaires</translation>
    </message>
    <message>
        <source>Name of the new device</source>
        <translation>Nom du nouveau périphérique</translation>
    </message>
    <message>
        <source>Extra read attempts on errors:</source>
        <translation>Tentatives de lecture supplémentaires en cas d&apos;erreur :</translation>
    </message>
    <message>
        <source>New device: /dev/mapper/</source>
        <translation>Nouveau périphérique : /dev/mapper/</translation>
    </message>
    <message>
        <source>Looking for the last scan of /dev/%1…</source>
        <translation>Recherche de la dernière analyse de /dev/%1…</translation>
    </message>
    <message>
        <source>The helper does not know /dev/%1 yet: it is scanned first.</source>
        <translation>L&apos;assistant ne connaît pas encore /dev/%1 : il est d&apos;abord analysé.</translation>
    </message>
    <message>
        <source>/dev/%1 was never scanned: scan it first to find its unreadable blocks.</source>
        <translation>/dev/%1 n&apos;a jamais été analysé : analysez-le d&apos;abord pour trouver ses blocs illisibles.</translation>
    </message>
    <message>
        <source>The last scan of /dev/%1 found no unreadable block.</source>
        <translation>La dernière analyse de /dev/%1 n&apos;a trouvé aucun bloc illisible.</translation>
    </message>
    <message numerus="yes">
        <source>The last scan of /dev/%1 found %n unreadable block(s) of %2.</source>
        <translation>
            <numerusform>La dernière analyse de /dev/%1 a trouvé %n bloc illisible de %2.</numerusform>
            <numerusform>La dernière analyse de /dev/%1 a trouvé %n blocs illisibles de %2.</numerusform>
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
        <translation>Emplacements de réserve utilisés</translation>
    </message>
    <message>
        <source>I/O, error and remap rates</source>
        <translation>Débits d&apos;E/S, d&apos;erreurs et de remappages</translation>
    </message>
    <message>
        <source>reads</source>
        <translation>lectures</translation>
    </message>
    <message>
        <source>writes</source>
        <translation>écritures</translation>
    </message>
    <message>
        <source>errors</source>
        <translation>erreurs</translation>
    </message>
    <message>
        <source>remaps</source>
        <translation>remappages</translation>
    </message>
    <message>
        <source>Pending blocks</source>
        <translation>Blocs en attente</translation>
    </message>
    <message>
        <source>Remapped blocks</source>
        <translation>Blocs remappés</translation>
    </message>
    <message>
        <source>&amp;Rescue block</source>
        <translation>&amp;Secourir le bloc</translation>
    </message>
    <message>
        <source>Read the block again and again; when a read succeeds, its data goes to the spare.</source>
        <translation>Relire le bloc encore et encore ; dès qu&apos;une lecture réussit, ses données vont sur la réserve.</translation>
    </message>
    <message>
        <source>&amp;Accept loss</source>
        <translation>&amp;Accepter la perte</translation>
    </message>
    <message>
        <source>Forget the block&apos;s data; the next write to it goes to the spare.</source>
        <translation>Abandonner les données du bloc ; la prochaine écriture sur lui ira vers la réserve.</translation>
    </message>
    <message>
        <source>Blocks that could not be read. Their data is not on the spare yet.</source>
        <translation>Blocs qui n&apos;ont pas pu être lus. Leurs données ne sont pas encore sur la réserve.</translation>
    </message>
    <message>
        <source>&amp;Pending blocks</source>
        <translation>Blocs en &amp;attente</translation>
    </message>
    <message>
        <source>Remap &amp;list</source>
        <translation>&amp;Liste des remappages</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Événements</translation>
    </message>
    <message>
        <source>&lt;b&gt;Events&lt;/b&gt;</source>
        <translation>&lt;b&gt;Événements&lt;/b&gt;</translation>
    </message>
    <message>
        <source>State:</source>
        <translation>État :</translation>
    </message>
    <message>
        <source>Spare used:</source>
        <translation>Réserve utilisée :</translation>
    </message>
    <message>
        <source>Remapped:</source>
        <translation>Remappés :</translation>
    </message>
    <message>
        <source>Pending:</source>
        <translation>En attente :</translation>
    </message>
    <message>
        <source>Failed requests:</source>
        <translation>Requêtes échouées :</translation>
    </message>
    <message>
        <source>Read and write requests to the failing drive that ended in an I/O error since the remap device was set up. One request can cover several blocks.</source>
        <translation>Requêtes de lecture et d&apos;écriture vers le disque défaillant terminées par une erreur d&apos;E/S depuis la mise en place du périphérique de remappage. Une requête peut couvrir plusieurs blocs.</translation>
    </message>
    <message>
        <source>Working normally</source>
        <translation>Fonctionne normalement</translation>
    </message>
    <message>
        <source>Degraded: one copy of the metadata is damaged; the spare may be failing</source>
        <translation>Dégradé : une copie des métadonnées est endommagée ; la réserve est peut-être défaillante</translation>
    </message>
    <message>
        <source>Spare full: new bad blocks can no longer be remapped. Replace the drive now.</source>
        <translation>Réserve pleine : les nouveaux blocs défectueux ne peuvent plus être remappés. Remplacez le disque maintenant.</translation>
    </message>
    <message>
        <source>Read-only: the spare failed; copy your data off now</source>
        <translation>Lecture seule : la réserve est tombée en panne ; copiez vos données maintenant</translation>
    </message>
    <message>
        <source>Failed: the device no longer works</source>
        <translation>En échec : le périphérique ne fonctionne plus</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Inconnu</translation>
    </message>
    <message>
        <source>No remap device</source>
        <translation>Aucun périphérique de remappage</translation>
    </message>
    <message numerus="yes">
        <source>%n block(s) remapped (%1 in all)</source>
        <translation>
            <numerusform>%n bloc remappé (%1 au total)</numerusform>
            <numerusform>%n blocs remappés (%1 au total)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n block(s) could not be read and are pending (%1 in all)</source>
        <translation>
            <numerusform>%n bloc n&apos;a pas pu être lu et est en attente (%1 au total)</numerusform>
            <numerusform>%n blocs n&apos;ont pas pu être lus et sont en attente (%1 au total)</numerusform>
        </translation>
    </message>
    <message>
        <source>The spare is nearly full: %1 of %2 slots used</source>
        <translation>La réserve est presque pleine : %1 emplacements utilisés sur %2</translation>
    </message>
    <message>
        <source>The spare is full: new bad blocks cannot be remapped</source>
        <translation>La réserve est pleine : les nouveaux blocs défectueux ne peuvent pas être remappés</translation>
    </message>
    <message>
        <source>State: %1 → %2</source>
        <translation>État : %1 → %2</translation>
    </message>
    <message>
        <source>Watching /dev/mapper/%1</source>
        <translation>Surveillance de /dev/mapper/%1</translation>
    </message>
    <message>
        <source>/dev/mapper/%1 — /dev/%2 with spare /dev/%3</source>
        <translation>/dev/mapper/%1 — /dev/%2 avec la réserve /dev/%3</translation>
    </message>
    <message>
        <source>%1 of %2 spare slots</source>
        <translation>%1 emplacements de réserve sur %2</translation>
    </message>
    <message>
        <source>— since setup: %1 after failed writes, %2 on request</source>
        <translation>— depuis la mise en place : %1 après des écritures échouées, %2 sur demande</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>%1 read(s), %2 write(s) on /dev/%3</source>
        <translation>%1 lecture(s), %2 écriture(s) sur /dev/%3</translation>
    </message>
    <message>
        <source>Cannot read the remap list: %1</source>
        <translation>Impossible de lire la liste des remappages : %1</translation>
    </message>
    <message>
        <source>Rescuing the block at sector %1…</source>
        <translation>Secours du bloc au secteur %1…</translation>
    </message>
    <message>
        <source>Sector %1 rescued: its data is on the spare now.</source>
        <translation>Secteur %1 secouru : ses données sont maintenant sur la réserve.</translation>
    </message>
    <message>
        <source>Sector %1 could not be rescued: %2</source>
        <translation>Le secteur %1 n&apos;a pas pu être secouru : %2</translation>
    </message>
    <message>
        <source>Sector %1: %2</source>
        <translation>Secteur %1 : %2</translation>
    </message>
    <message>
        <source>Accept the loss of this block?</source>
        <translation>Accepter la perte de ce bloc ?</translation>
    </message>
    <message>
        <source>The data of the block at sector %1 could not be read and will be given up. Files that use it will contain garbage or zeros there. Continue?</source>
        <translation>Les données du bloc au secteur %1 n&apos;ont pas pu être lues et seront abandonnées. Les fichiers qui l&apos;utilisent contiendront là des données aléatoires ou des zéros. Continuer ?</translation>
    </message>
    <message>
        <source>Sector %1: loss accepted; the next write to it goes to the spare.</source>
        <translation>Secteur %1 : perte acceptée ; la prochaine écriture ira vers la réserve.</translation>
    </message>
    <message numerus="yes">
        <source>%n block(s) of %1 (%2)</source>
        <translation>
            <numerusform>%n bloc de %1 (%2)</numerusform>
            <numerusform>%n blocs de %1 (%2)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n block(s) need attention (see below)</source>
        <translation>
            <numerusform>%n bloc demande votre attention (voir ci-dessous)</numerusform>
            <numerusform>%n blocs demandent votre attention (voir ci-dessous)</numerusform>
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
        <translation>En attente : illisible jusqu&apos;à réécriture</translation>
    </message>
    <message>
        <source>Remapped to the spare</source>
        <translation>Remappé vers la réserve</translation>
    </message>
    <message>
        <source>Main unit %1 (%2 at byte %3)</source>
        <translation>Unité principale %1 (%2 à l&apos;octet %3)</translation>
    </message>
    <message>
        <source>Main unit</source>
        <translation>Unité principale</translation>
    </message>
    <message>
        <source>Sectors</source>
        <translation>Secteurs</translation>
    </message>
    <message>
        <source>Spare slot</source>
        <translation>Emplacement de réserve</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
</context>
<context>
    <name>dmremap::gui::RescuePlan</name>
    <message>
        <source>Scan /dev/%1 again, reading every block (nothing is written to it).</source>
        <translation>Analyser à nouveau /dev/%1 en lisant chaque bloc (rien n&apos;y est écrit).</translation>
    </message>
    <message>
        <source>Erase the spare /dev/%1 (%2): everything on it is lost. dm-remap metadata for /dev/%3 is written at its start; the rest holds the remapped blocks.</source>
        <translation>Effacer la réserve /dev/%1 (%2) : tout son contenu est perdu. Les métadonnées dm-remap pour /dev/%3 sont écrites à son début ; le reste contient les blocs remappés.</translation>
    </message>
    <message>
        <source>Create /dev/mapper/%1 over /dev/%2 (%3): reads and writes go to /dev/%2, bad blocks go to /dev/%4. %5</source>
        <translation>Créer /dev/mapper/%1 par-dessus /dev/%2 (%3) : lectures et écritures vont vers /dev/%2, les blocs défectueux vers /dev/%4. %5</translation>
    </message>
    <message>
        <source>A write that fails on /dev/%1 is remapped to the spare automatically.</source>
        <translation>Une écriture qui échoue sur /dev/%1 est automatiquement remappée vers la réserve.</translation>
    </message>
    <message>
        <source>Blocks are remapped only when you ask.</source>
        <translation>Les blocs ne sont remappés que sur demande.</translation>
    </message>
    <message>
        <source>/dev/%1 itself is not written to: use /dev/mapper/%2 instead of it from now on.</source>
        <translation>/dev/%1 lui-même n&apos;est pas écrit : utilisez désormais /dev/mapper/%2 à sa place.</translation>
    </message>
    <message>
        <source>Choose the failing drive.</source>
        <translation>Choisissez le disque défaillant.</translation>
    </message>
    <message>
        <source>Choose a spare device.</source>
        <translation>Choisissez un périphérique de réserve.</translation>
    </message>
    <message>
        <source>The spare must be another device than the failing drive.</source>
        <translation>La réserve doit être un autre périphérique que le disque défaillant.</translation>
    </message>
    <message>
        <source>The spare /dev/%1 is on the failing drive itself; choose a device on another disk.</source>
        <translation>La réserve /dev/%1 est sur le disque défaillant lui-même ; choisissez un périphérique sur un autre disque.</translation>
    </message>
    <message>
        <source>The failing drive /dev/%1 is a partition of /dev/%2; choose a spare on another disk.</source>
        <translation>Le disque défaillant /dev/%1 est une partition de /dev/%2 ; choisissez une réserve sur un autre disque.</translation>
    </message>
    <message>
        <source>The spare /dev/%1 is too small (%2): it needs at least 1 MiB.</source>
        <translation>La réserve /dev/%1 est trop petite (%2) : il faut au moins 1 Mio.</translation>
    </message>
    <message>
        <source>The device name may use letters, digits and _ . + - only, at most 64 of them.</source>
        <translation>Le nom du périphérique ne peut contenir que des lettres, des chiffres et _ . + -, 64 au plus.</translation>
    </message>
    <message numerus="yes">
        <source>Remap the %n block(s) the scan found unreadable (sectors %1): what can still be read is copied to /dev/%2; nothing is written to /dev/%3.</source>
        <translation>
            <numerusform>Remapper le bloc que l&apos;analyse a trouvé illisible (%n, secteurs %1) : ce qui peut encore être lu est copié vers /dev/%2 ; rien n&apos;est écrit sur /dev/%3.</numerusform>
            <numerusform>Remapper les %n blocs que l&apos;analyse a trouvés illisibles (secteurs %1) : ce qui peut encore être lu est copié vers /dev/%2 ; rien n&apos;est écrit sur /dev/%3.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The other %n unreadable block(s) are remapped by the target when they are written.</source>
        <translation>
            <numerusform>L&apos;autre bloc illisible (%n) est remappé par la cible lorsqu&apos;il est écrit.</numerusform>
            <numerusform>Les %n autres blocs illisibles sont remappés par la cible lorsqu&apos;ils sont écrits.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %n unreadable block(s) the scan found are remapped when they are written.</source>
        <translation>
            <numerusform>Le bloc illisible trouvé par l&apos;analyse (%n) est remappé lorsqu&apos;il est écrit.</numerusform>
            <numerusform>Les %n blocs illisibles trouvés par l&apos;analyse sont remappés lorsqu&apos;ils sont écrits.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dmremap::gui::RescueWizard</name>
    <message>
        <source>Rescue a failing drive</source>
        <translation>Secourir un disque défaillant</translation>
    </message>
    <message>
        <source>Rescue wizard</source>
        <translation>Assistant de secours</translation>
    </message>
    <message>
        <source>&amp;Erase spare and create</source>
        <translation>&amp;Effacer la réserve et créer</translation>
    </message>
    <message>
        <source>Erase spare and create</source>
        <translation>Effacer la réserve et créer</translation>
    </message>
</context>
<context>
    <name>dmremap::gui::ReviewPage</name>
    <message>
        <source>Review the plan</source>
        <translation>Vérifier le plan</translation>
    </message>
    <message>
        <source>Nothing has been written yet. This is exactly what happens when you confirm.</source>
        <translation>Rien n&apos;a encore été écrit. Voici exactement ce qui se passera si vous confirmez.</translation>
    </message>
    <message>
        <source>I understand that everything on /dev/%1 is erased.</source>
        <translation>Je comprends que tout le contenu de /dev/%1 sera effacé.</translation>
    </message>
</context>
<context>
    <name>dmremap::gui::RunPage</name>
    <message>
        <source>Rescue</source>
        <translation>Secours</translation>
    </message>
    <message>
        <source>What was done</source>
        <translation>Ce qui a été fait</translation>
    </message>
    <message>
        <source>Open the remap &amp;dashboard</source>
        <translation>Ouvrir le &amp;tableau de bord</translation>
    </message>
    <message>
        <source>Working… Do not unplug the drives.</source>
        <translation>En cours… Ne débranchez pas les disques.</translation>
    </message>
    <message>
        <source>&lt;b&gt;The rescue stopped.&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Le secours s&apos;est arrêté.&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>Nothing was created. Fix the problem above and run the wizard again.</source>
        <translation>Rien n&apos;a été créé. Corrigez le problème ci-dessus et relancez l&apos;assistant.</translation>
    </message>
    <message>
        <source>The device /dev/mapper/%1 exists and can be used; the remaining steps can be done from its dashboard.</source>
        <translation>Le périphérique /dev/mapper/%1 existe et peut être utilisé ; les étapes restantes peuvent être faites depuis son tableau de bord.</translation>
    </message>
    <message>
        <source>Scanning /dev/%1…</source>
        <translation>Analyse de /dev/%1…</translation>
    </message>
    <message>
        <source>The scan failed: %1</source>
        <translation>L&apos;analyse a échoué : %1</translation>
    </message>
    <message>
        <source>The drive went away.</source>
        <translation>Le disque a disparu.</translation>
    </message>
    <message>
        <source>The dm-remap kernel module is loaded.</source>
        <translation>Le module noyau dm-remap est chargé.</translation>
    </message>
    <message>
        <source>Loading the dm-remap kernel module…</source>
        <translation>Chargement du module noyau dm-remap…</translation>
    </message>
    <message>
        <source>The module is loaded.</source>
        <translation>Le module est chargé.</translation>
    </message>
    <message>
        <source>Erasing /dev/%1 and writing dm-remap metadata…</source>
        <translation>Effacement de /dev/%1 et écriture des métadonnées dm-remap…</translation>
    </message>
    <message>
        <source>The spare is formatted.</source>
        <translation>La réserve est formatée.</translation>
    </message>
    <message>
        <source>Creating /dev/mapper/%1…</source>
        <translation>Création de /dev/mapper/%1…</translation>
    </message>
    <message>
        <source>Created /dev/mapper/%1.</source>
        <translation>/dev/mapper/%1 créé.</translation>
    </message>
    <message>
        <source>The new device went away.</source>
        <translation>Le nouveau périphérique a disparu.</translation>
    </message>
    <message>
        <source>Sector %1: %2</source>
        <translation>Secteur %1 : %2</translation>
    </message>
    <message>
        <source>&lt;b&gt;Done.&lt;/b&gt; The failing drive now works through its new device.</source>
        <translation>&lt;b&gt;Terminé.&lt;/b&gt; Le disque défaillant fonctionne désormais à travers son nouveau périphérique.</translation>
    </message>
    <message>
        <source>/dev/mapper/%1</source>
        <translation>/dev/mapper/%1</translation>
    </message>
    <message>
        <source>What to do next: use /dev/mapper/%1 instead of /dev/%2 (mount it, or copy your data from it to a new disk). Do not write to /dev/%2 directly. Keep /dev/%3 attached; it holds the remapped blocks. The dashboard shows new remaps and blocks that still need attention.</source>
        <translation>Et maintenant : utilisez /dev/mapper/%1 au lieu de /dev/%2 (montez-le, ou copiez vos données depuis lui vers un nouveau disque). N&apos;écrivez pas directement sur /dev/%2. Gardez /dev/%3 branché ; il contient les blocs remappés. Le tableau de bord montre les nouveaux remappages et les blocs qui demandent encore votre attention.</translation>
    </message>
    <message numerus="yes">
        <source>The scan found %n unreadable block(s).</source>
        <translation>
            <numerusform>L&apos;analyse a trouvé %n bloc illisible.</numerusform>
            <numerusform>L&apos;analyse a trouvé %n blocs illisibles.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remapping %n unreadable block(s)…</source>
        <translation>
            <numerusform>Remappage de %n bloc illisible…</numerusform>
            <numerusform>Remappage de %n blocs illisibles…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remapped %1 of %n block(s).</source>
        <translation>
            <numerusform>%1 bloc remappé sur %n.</numerusform>
            <numerusform>%1 blocs remappés sur %n.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dmremap::gui::ScanControls</name>
    <message>
        <source>&amp;Scan surface</source>
        <translation>&amp;Analyser la surface</translation>
    </message>
    <message>
        <source>Start a surface scan</source>
        <translation>Démarrer une analyse de surface</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pause</translation>
    </message>
    <message>
        <source>Pause the scan</source>
        <translation>Mettre l&apos;analyse en pause</translation>
    </message>
    <message>
        <source>Ca&amp;ncel</source>
        <translation>A&amp;nnuler</translation>
    </message>
    <message>
        <source>Cancel the scan</source>
        <translation>Annuler l&apos;analyse</translation>
    </message>
    <message>
        <source>&amp;Export ddrescue mapfile…</source>
        <translation>&amp;Exporter un fichier map ddrescue…</translation>
    </message>
    <message>
        <source>Export the health map as a GNU ddrescue mapfile</source>
        <translation>Exporter la carte de santé en fichier map GNU ddrescue</translation>
    </message>
    <message>
        <source>&amp;Rescue this drive…</source>
        <translation>&amp;Secourir ce disque…</translation>
    </message>
    <message>
        <source>Open the rescue wizard for this drive</source>
        <translation>Ouvrir l&apos;assistant de secours pour ce disque</translation>
    </message>
    <message>
        <source>Scan progress</source>
        <translation>Progression de l&apos;analyse</translation>
    </message>
    <message>
        <source>Scan status</source>
        <translation>État de l&apos;analyse</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>%1/s</source>
        <translation>%1/s</translation>
    </message>
    <message>
        <source>about %1 left</source>
        <translation>environ %1 restant</translation>
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
            <numerusform>%n bloc illisible</numerusform>
            <numerusform>%n blocs illisibles</numerusform>
        </translation>
    </message>
    <message>
        <source>The helper cannot pause a scan; cancel it and start again later.</source>
        <translation>L&apos;assistant ne peut pas mettre une analyse en pause ; annulez-la et relancez-la plus tard.</translation>
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
        <translation>%1 unités défectueuses, %2 unités suspectes (lecture échouée, non localisées)</translation>
    </message>
    <message>
        <source>Regions in the two slowest latency buckets</source>
        <translation>Régions dans les deux tranches de latence les plus lentes</translation>
    </message>
    <message>
        <source>Scan ended</source>
        <translation>Fin de l&apos;analyse</translation>
    </message>
    <message>
        <source>Scanned</source>
        <translation>Analysé</translation>
    </message>
    <message>
        <source>Slow regions</source>
        <translation>Régions lentes</translation>
    </message>
    <message>
        <source>Unreadable units</source>
        <translation>Unités illisibles</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Remapped</source>
        <translation>Remappées</translation>
    </message>
</context>
<context>
    <name>dmremap::gui::SmartAttributeModel</name>
    <message>
        <source>Raw read error rate</source>
        <translation>Taux d&apos;erreurs de lecture brut</translation>
    </message>
    <message>
        <source>Throughput performance</source>
        <translation>Performance de débit</translation>
    </message>
    <message>
        <source>Spin-up time</source>
        <translation>Temps de démarrage</translation>
    </message>
    <message>
        <source>Start/stop count</source>
        <translation>Nombre de démarrages/arrêts</translation>
    </message>
    <message>
        <source>Reallocated sector count</source>
        <translation>Nombre de secteurs réalloués</translation>
    </message>
    <message>
        <source>Read channel margin</source>
        <translation>Marge du canal de lecture</translation>
    </message>
    <message>
        <source>Seek error rate</source>
        <translation>Taux d&apos;erreurs de positionnement</translation>
    </message>
    <message>
        <source>Seek time performance</source>
        <translation>Performance du temps de positionnement</translation>
    </message>
    <message>
        <source>Power-on hours</source>
        <translation>Heures de fonctionnement</translation>
    </message>
    <message>
        <source>Power-on minutes</source>
        <translation>Minutes de fonctionnement</translation>
    </message>
    <message>
        <source>Power-on seconds</source>
        <translation>Secondes de fonctionnement</translation>
    </message>
    <message>
        <source>Power-on half minutes</source>
        <translation>Demi-minutes de fonctionnement</translation>
    </message>
    <message>
        <source>Spin retry count</source>
        <translation>Nombre de relances de rotation</translation>
    </message>
    <message>
        <source>Calibration retry count</source>
        <translation>Nombre de relances de calibrage</translation>
    </message>
    <message>
        <source>Power cycle count</source>
        <translation>Nombre de cycles d&apos;alimentation</translation>
    </message>
    <message>
        <source>Read soft error rate</source>
        <translation>Taux d&apos;erreurs de lecture logicielles</translation>
    </message>
    <message>
        <source>Reported uncorrectable errors</source>
        <translation>Erreurs non corrigibles signalées</translation>
    </message>
    <message>
        <source>Command timeout</source>
        <translation>Délais de commande dépassés</translation>
    </message>
    <message>
        <source>High fly writes</source>
        <translation>Écritures en vol haut</translation>
    </message>
    <message>
        <source>Airflow temperature</source>
        <translation>Température du flux d&apos;air</translation>
    </message>
    <message>
        <source>G-sense error rate</source>
        <translation>Taux d&apos;erreurs du capteur G</translation>
    </message>
    <message>
        <source>Power-off retract count</source>
        <translation>Nombre de rétractions à la coupure</translation>
    </message>
    <message>
        <source>Load/unload cycle count</source>
        <translation>Cycles de chargement/déchargement</translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation>Température</translation>
    </message>
    <message>
        <source>Hardware ECC recovered</source>
        <translation>Récupéré par ECC matériel</translation>
    </message>
    <message>
        <source>Reallocation event count</source>
        <translation>Événements de réallocation</translation>
    </message>
    <message>
        <source>Current pending sectors</source>
        <translation>Secteurs actuellement en attente</translation>
    </message>
    <message>
        <source>Offline uncorrectable sectors</source>
        <translation>Secteurs non corrigibles hors ligne</translation>
    </message>
    <message>
        <source>UDMA CRC error count (cable)</source>
        <translation>Erreurs CRC UDMA (câble)</translation>
    </message>
    <message>
        <source>Multi-zone error rate</source>
        <translation>Taux d&apos;erreurs multizone</translation>
    </message>
    <message>
        <source>Soft read error rate</source>
        <translation>Taux d&apos;erreurs de lecture douces</translation>
    </message>
    <message>
        <source>Head flying hours</source>
        <translation>Heures de vol des têtes</translation>
    </message>
    <message>
        <source>Total LBAs written</source>
        <translation>Total des LBA écrits</translation>
    </message>
    <message>
        <source>Total LBAs read</source>
        <translation>Total des LBA lus</translation>
    </message>
    <message>
        <source>%1 years</source>
        <translation>%1 ans</translation>
    </message>
    <message>
        <source>%1 months</source>
        <translation>%1 mois</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 jours</translation>
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
        <translation>%1 secteurs</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>%1 TB</source>
        <translation>%1 To</translation>
    </message>
    <message>
        <source>%1 GB</source>
        <translation>%1 Go</translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation>%1 Mo</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>n/d</translation>
    </message>
    <message>
        <source>Pre-failure</source>
        <translation>Pré-défaillance</translation>
    </message>
    <message>
        <source>Old-age</source>
        <translation>Usure</translation>
    </message>
    <message>
        <source>Failing now</source>
        <translation>Défaillant maintenant</translation>
    </message>
    <message>
        <source>Failed in the past</source>
        <translation>Défaillant par le passé</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Avertissement</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>%1 (libatasmart: %2, attribute %3)
%4, %5; raw %6</source>
        <translation>%1 (libatasmart : %2, attribut %3)
%4, %5 ; brut %6</translation>
    </message>
    <message>
        <source>pre-failure: crossing the threshold predicts a failure</source>
        <translation>pré-défaillance : franchir le seuil annonce une panne</translation>
    </message>
    <message>
        <source>old-age: wear, not a failure predictor</source>
        <translation>usure : vieillissement, pas un signe de panne</translation>
    </message>
    <message>
        <source>updated online</source>
        <translation>mis à jour en ligne</translation>
    </message>
    <message>
        <source>updated offline only</source>
        <translation>mis à jour hors ligne seulement</translation>
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
        <translation>Type</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Worst</source>
        <translation>Pire</translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation>Seuil</translation>
    </message>
    <message>
        <source>Raw</source>
        <translation>Brut</translation>
    </message>
    <message>
        <source>Interpreted</source>
        <translation>Interprété</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Évaluation</translation>
    </message>
</context>
<context>
    <name>dmremap::gui::SmartVerdict</name>
    <message>
        <source>This disk says it is failing</source>
        <translation>Ce disque signale sa propre défaillance</translation>
    </message>
    <message>
        <source>The health of this disk is unknown</source>
        <translation>L&apos;état de ce disque est inconnu</translation>
    </message>
    <message>
        <source>This disk is healthy</source>
        <translation>Ce disque est en bonne santé</translation>
    </message>
    <message>
        <source>This disk had a problem in the past</source>
        <translation>Ce disque a eu un problème par le passé</translation>
    </message>
    <message>
        <source>This disk has bad sectors</source>
        <translation>Ce disque a des secteurs défectueux</translation>
    </message>
    <message>
        <source>This disk is failing</source>
        <translation>Ce disque est défaillant</translation>
    </message>
    <message>
        <source>This disk has many bad sectors</source>
        <translation>Ce disque a de nombreux secteurs défectueux</translation>
    </message>
    <message>
        <source>Back up your data now and replace the disk.</source>
        <translation>Sauvegardez vos données maintenant et remplacez le disque.</translation>
    </message>
    <message>
        <source>The saved SMART data does not include the disk&apos;s own assessment.</source>
        <translation>Les données SMART enregistrées ne contiennent pas l&apos;auto-évaluation du disque.</translation>
    </message>
    <message>
        <source>No attribute is near its failure threshold and no sector is known to be bad.</source>
        <translation>Aucun attribut n&apos;est proche de son seuil de défaillance et aucun secteur n&apos;est connu comme défectueux.</translation>
    </message>
    <message>
        <source>A pre-failure attribute crossed its threshold once but is fine now. Keep a backup and watch the disk.</source>
        <translation>Un attribut de pré-défaillance a franchi son seuil une fois mais est correct maintenant. Gardez une sauvegarde et surveillez le disque.</translation>
    </message>
    <message numerus="yes">
        <source>%n sector(s) could not be read or were replaced by the disk. Back up your data and scan the disk; dm-remap can keep it usable until a new one arrives.</source>
        <translation>
            <numerusform>%n secteur n&apos;a pas pu être lu ou a été remplacé par le disque. Sauvegardez vos données et analysez le disque ; dm-remap peut le garder utilisable jusqu&apos;à l&apos;arrivée d&apos;un nouveau.</numerusform>
            <numerusform>%n secteurs n&apos;ont pas pu être lus ou ont été remplacés par le disque. Sauvegardez vos données et analysez le disque ; dm-remap peut le garder utilisable jusqu&apos;à l&apos;arrivée d&apos;un nouveau.</numerusform>
        </translation>
    </message>
    <message>
        <source>A pre-failure attribute is below its threshold: the disk predicts its own failure. Back up your data now and replace the disk.</source>
        <translation>Un attribut de pré-défaillance est sous son seuil : le disque prédit sa propre panne. Sauvegardez vos données maintenant et remplacez le disque.</translation>
    </message>
    <message numerus="yes">
        <source>%n sector(s) are bad and more are likely to follow. Back up your data now; remap the bad blocks to a spare only to keep working until the new disk arrives.</source>
        <translation>
            <numerusform>%n secteur est défectueux et d&apos;autres suivront probablement. Sauvegardez vos données maintenant ; ne remappez les blocs défectueux vers une réserve que pour continuer à travailler jusqu&apos;à l&apos;arrivée du nouveau disque.</numerusform>
            <numerusform>%n secteurs sont défectueux et d&apos;autres suivront probablement. Sauvegardez vos données maintenant ; ne remappez les blocs défectueux vers une réserve que pour continuer à travailler jusqu&apos;à l&apos;arrivée du nouveau disque.</numerusform>
        </translation>
    </message>
    <message>
        <source>The disk&apos;s own SMART assessment says it is failing. Back up your data now and replace the disk.</source>
        <translation>L&apos;auto-évaluation SMART du disque signale une défaillance. Sauvegardez vos données maintenant et remplacez le disque.</translation>
    </message>
</context>
<context>
    <name>dmremap::gui::SparePage</name>
    <message>
        <source>Which device becomes the spare?</source>
        <translation>Quel périphérique devient la réserve ?</translation>
    </message>
    <message>
        <source>Everything on the spare is erased. It must be on another, healthy disk.</source>
        <translation>Tout le contenu de la réserve est effacé. Elle doit se trouver sur un autre disque, en bonne santé.</translation>
    </message>
    <message>
        <source>Spare device</source>
        <translation>Périphérique de réserve</translation>
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
        <translation>Ce disque ne fournit pas de données ATA SMART.</translation>
    </message>
    <message>
        <source>Verdict (libatasmart)</source>
        <translation>Verdict (libatasmart)</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>Drive&apos;s self-assessment</source>
        <translation>Auto-évaluation du disque</translation>
    </message>
    <message>
        <source>passed</source>
        <translation>réussie</translation>
    </message>
    <message>
        <source>FAILED</source>
        <translation>ÉCHOUÉE</translation>
    </message>
    <message>
        <source>Bad sectors (reallocated + pending)</source>
        <translation>Secteurs défectueux (réalloués + en attente)</translation>
    </message>
    <message>
        <source>Power-on time</source>
        <translation>Durée de fonctionnement</translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n heure</numerusform>
            <numerusform>%n heures</numerusform>
        </translation>
    </message>
    <message>
        <source>Power cycles</source>
        <translation>Cycles d&apos;alimentation</translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation>Température</translation>
    </message>
    <message>
        <source>Attributes</source>
        <translation>Attributs</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Worst</source>
        <translation>Pire</translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation>Seuil</translation>
    </message>
    <message>
        <source>Raw</source>
        <translation>Brut</translation>
    </message>
    <message>
        <source>Meaning</source>
        <translation>Signification</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>good</source>
        <translation>bon</translation>
    </message>
    <message>
        <source>FAILING NOW</source>
        <translation>DÉFAILLANT MAINTENANT</translation>
    </message>
    <message>
        <source>failed in the past</source>
        <translation>défaillant par le passé</translation>
    </message>
    <message>
        <source>pre-failure</source>
        <translation>pré-défaillance</translation>
    </message>
    <message>
        <source>old-age</source>
        <translation>usure</translation>
    </message>
    <message>
        <source>Surface scan</source>
        <translation>Analyse de surface</translation>
    </message>
    <message>
        <source>This drive has not been scanned.</source>
        <translation>Ce disque n&apos;a pas été analysé.</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Capacité</translation>
    </message>
    <message>
        <source>Scanned</source>
        <translation>Analysé</translation>
    </message>
    <message>
        <source>%1 of %2 regions of %3</source>
        <translation>%1 régions sur %2 de %3</translation>
    </message>
    <message numerus="yes">
        <source>%n unit(s) of %1</source>
        <translation>
            <numerusform>%n unité de %1</numerusform>
            <numerusform>%n unités de %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Unreadable</source>
        <translation>Illisible</translation>
    </message>
    <message>
        <source>Pending (read failed, not yet rewritten)</source>
        <translation>En attente (lecture échouée, pas encore réécrit)</translation>
    </message>
    <message>
        <source>Remapped to the spare</source>
        <translation>Remappé vers la réserve</translation>
    </message>
    <message>
        <source>Slow regions</source>
        <translation>Régions lentes</translation>
    </message>
    <message>
        <source>Unreadable sectors (first ones):</source>
        <translation>Secteurs illisibles (les premiers) :</translation>
    </message>
    <message>
        <source>Scan history</source>
        <translation>Historique des analyses</translation>
    </message>
    <message>
        <source>No earlier scans are recorded.</source>
        <translation>Aucune analyse antérieure n&apos;est enregistrée.</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Terminée</translation>
    </message>
    <message>
        <source>Scanned regions</source>
        <translation>Régions analysées</translation>
    </message>
    <message>
        <source>Unreadable units</source>
        <translation>Unités illisibles</translation>
    </message>
    <message>
        <source>Remap devices</source>
        <translation>Périphériques de remappage</translation>
    </message>
    <message>
        <source>No remap device uses this drive.</source>
        <translation>Aucun périphérique de remappage n&apos;utilise ce disque.</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Périphérique</translation>
    </message>
    <message>
        <source>Spare</source>
        <translation>Réserve</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Remapped / capacity</source>
        <translation>Remappés / capacité</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Read errors</source>
        <translation>Erreurs de lecture</translation>
    </message>
    <message>
        <source>Write errors</source>
        <translation>Erreurs d&apos;écriture</translation>
    </message>
    <message>
        <source>Metadata copies</source>
        <translation>Copies des métadonnées</translation>
    </message>
    <message>
        <source>Cannot write the report to %1: %2</source>
        <translation>Impossible d&apos;écrire le rapport dans %1 : %2</translation>
    </message>
    <message>
        <source>Health report: %1 (%2)</source>
        <translation>Rapport de santé : %1 (%2)</translation>
    </message>
    <message>
        <source>Health report: %1</source>
        <translation>Rapport de santé : %1</translation>
    </message>
    <message>
        <source>Generated %1 by dm-remap %2.</source>
        <translation>Généré le %1 par dm-remap %2.</translation>
    </message>
    <message>
        <source>Model %1, serial number %2, firmware %3.</source>
        <translation>Modèle %1, numéro de série %2, micrologiciel %3.</translation>
    </message>
    <message>
        <source>Cannot write the report to %1: the PDF could not be made.</source>
        <translation>Impossible d&apos;écrire le rapport dans %1 : le PDF n&apos;a pas pu être créé.</translation>
    </message>
</context>
<context>
    <name>dmremap::report::SaveReport</name>
    <message>
        <source>Save report</source>
        <translation>Enregistrer le rapport</translation>
    </message>
    <message>
        <source>Save &amp;report…</source>
        <translation>Enregistrer le &amp;rapport…</translation>
    </message>
    <message>
        <source>Save this drive&apos;s health report as PDF or HTML</source>
        <translation>Enregistrer le rapport de santé de ce disque en PDF ou HTML</translation>
    </message>
    <message>
        <source>health-report-%1.pdf</source>
        <translation>rapport-sante-%1.pdf</translation>
    </message>
    <message>
        <source>drive</source>
        <translation>disque</translation>
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
        <translation>/dev/%1 est défaillant</translation>
    </message>
    <message>
        <source>/dev/%1 has problems</source>
        <translation>/dev/%1 a des problèmes</translation>
    </message>
    <message numerus="yes">
        <source>/dev/%1: %n block(s) remapped</source>
        <translation>
            <numerusform>/dev/%1 : %n bloc remappé</numerusform>
            <numerusform>/dev/%1 : %n blocs remappés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>/dev/%1: %n unreadable block(s)</source>
        <translation>
            <numerusform>/dev/%1 : %n bloc illisible</numerusform>
            <numerusform>/dev/%1 : %n blocs illisibles</numerusform>
        </translation>
    </message>
    <message>
        <source>The spare of /dev/%1 is nearly full</source>
        <translation>La réserve de /dev/%1 est presque pleine</translation>
    </message>
    <message>
        <source>The spare of /dev/%1 is full</source>
        <translation>La réserve de /dev/%1 est pleine</translation>
    </message>
    <message>
        <source>The disk&apos;s SMART data says it is failing. Back up your data now and replace the disk.</source>
        <translation>Les données SMART du disque signalent une défaillance. Sauvegardez vos données maintenant et remplacez le disque.</translation>
    </message>
    <message>
        <source>The disk&apos;s SMART data shows bad sectors or an earlier problem. Keep a backup and scan the disk.</source>
        <translation>Les données SMART du disque montrent des secteurs défectueux ou un problème passé. Gardez une sauvegarde et analysez le disque.</translation>
    </message>
    <message numerus="yes">
        <source>/dev/mapper/%1 moved them to the spare; their data is safe. %n block(s) remapped in all.</source>
        <translation>
            <numerusform>/dev/mapper/%1 les a déplacés vers la réserve ; leurs données sont sauves. %n bloc remappé au total.</numerusform>
            <numerusform>/dev/mapper/%1 les a déplacés vers la réserve ; leurs données sont sauves. %n blocs remappés au total.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>/dev/mapper/%1 could not read them; they are remapped when written. %n block(s) pending in all.</source>
        <translation>
            <numerusform>/dev/mapper/%1 n&apos;a pas pu les lire ; ils seront remappés à l&apos;écriture. %n bloc en attente au total.</numerusform>
            <numerusform>/dev/mapper/%1 n&apos;a pas pu les lire ; ils seront remappés à l&apos;écriture. %n blocs en attente au total.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 spare slots of /dev/mapper/%3 are used. Replace the failing disk soon.</source>
        <translation>%1 emplacements de réserve sur %2 de /dev/mapper/%3 sont utilisés. Remplacez bientôt le disque défaillant.</translation>
    </message>
    <message>
        <source>/dev/mapper/%1 cannot remap any more blocks. Replace the failing disk now.</source>
        <translation>/dev/mapper/%1 ne peut plus remapper de blocs. Remplacez le disque défaillant maintenant.</translation>
    </message>
    <message>
        <source>Show the drive</source>
        <translation>Afficher le disque</translation>
    </message>
    <message>
        <source>Open the dashboard</source>
        <translation>Ouvrir le tableau de bord</translation>
    </message>
    <message>
        <source>Mute /dev/%1</source>
        <translation>Rendre /dev/%1 muet</translation>
    </message>
    <message>
        <source>dm-remap</source>
        <translation>dm-remap</translation>
    </message>
    <message>
        <source>/dev/%1: failing</source>
        <translation>/dev/%1 : défaillant</translation>
    </message>
    <message>
        <source>/dev/%1: needs attention</source>
        <translation>/dev/%1 : demande votre attention</translation>
    </message>
    <message>
        <source>All drives are healthy.</source>
        <translation>Tous les disques sont en bonne santé.</translation>
    </message>
    <message>
        <source>&amp;Open dm-remap</source>
        <translation>&amp;Ouvrir dm-remap</translation>
    </message>
    <message>
        <source>&amp;Mute notifications</source>
        <translation>&amp;Désactiver les notifications</translation>
    </message>
    <message>
        <source>&amp;Quit the tray monitor</source>
        <translation>&amp;Quitter le moniteur de la zone de notification</translation>
    </message>
    <message>
        <source>No drive has had an event</source>
        <translation>Aucun disque n&apos;a encore eu d&apos;événement</translation>
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
        <translation>Usage : dmremapctl [--json] [--no-interaction] COMMANDE [ARGUMENTS...]
        dmremapctl COMMANDE --help

Commandes :
</translation>
    </message>
    <message>
        <source>Devices are kernel names (sdb, nvme0n1p2); remap devices are device-mapper names.
Sectors are 512-byte sectors. Offline: smart --load FILE, map --import MAPFILE.

Exit codes: 0 ok, 1 failed, 2 usage, 3 helper unavailable, 4 not authorized,
5 invalid arguments, 6 not found, 7 busy or exists, 8 not supported or not available,
9 cancelled, 10 medium or I/O error, 11 corrupt data.
</source>
        <translation>Les périphériques sont des noms du noyau (sdb, nvme0n1p2) ; les périphériques de remappage sont des noms device-mapper.
Les secteurs sont des secteurs de 512 octets. Hors ligne : smart --load FICHIER, map --import FICHIERMAP.

Codes de sortie : 0 ok, 1 échec, 2 usage, 3 assistant indisponible, 4 non autorisé,
5 arguments invalides, 6 introuvable, 7 occupé ou existant, 8 non pris en charge ou indisponible,
9 annulé, 10 erreur de support ou d&apos;E/S, 11 données corrompues.
</translation>
    </message>
    <message>
        <source>dmremapctl: unknown option %1</source>
        <translation>dmremapctl : option inconnue %1</translation>
    </message>
    <message>
        <source>dmremapctl: unknown command %1 (see --help)</source>
        <translation>dmremapctl : commande inconnue %1 (voir --help)</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>Afficher du JSON.</translation>
    </message>
    <message>
        <source>Never ask for a password (fail instead).</source>
        <translation>Ne jamais demander de mot de passe (échouer à la place).</translation>
    </message>
    <message>
        <source>dmremapctl %1: expects %2 (see --help)</source>
        <translation>dmremapctl %1 : attend %2 (voir --help)</translation>
    </message>
    <message>
        <source>cannot connect to the system bus</source>
        <translation>impossible de se connecter au bus système</translation>
    </message>
    <message>
        <source>the job vanished before its outcome was seen</source>
        <translation>la tâche a disparu avant que son résultat soit connu</translation>
    </message>
    <message>
        <source>dmremapctl: %1 (see --help)</source>
        <translation>dmremapctl : %1 (voir --help)</translation>
    </message>
    <message>
        <source>job %1</source>
        <translation>tâche %1</translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation>échec : %1</translation>
    </message>
    <message>
        <source>Print the job&apos;s path and return at once.</source>
        <translation>Afficher le chemin de la tâche et rendre la main aussitôt.</translation>
    </message>
    <message>
        <source>Helper version, module state, drives, remap devices and jobs</source>
        <translation>Version de l&apos;assistant, état du module, disques, périphériques de remappage et tâches</translation>
    </message>
    <message>
        <source>Load the dm-remap kernel module</source>
        <translation>Charger le module noyau dm-remap</translation>
    </message>
    <message>
        <source>Properties of a drive (SMART summary, identity, scan history)</source>
        <translation>Propriétés d&apos;un disque (résumé SMART, identité, historique des analyses)</translation>
    </message>
    <message>
        <source>Read SMART of a drive now; or analyse a saved blob offline (--load FILE)</source>
        <translation>Lire le SMART d&apos;un disque maintenant ; ou analyser un blob enregistré hors ligne (--load FICHIER)</translation>
    </message>
    <message>
        <source>Analyse a saved SMART blob (skdump --save) without the helper.</source>
        <translation>Analyser un blob SMART enregistré (skdump --save) sans l&apos;assistant.</translation>
    </message>
    <message>
        <source>Read even when the disk sleeps.</source>
        <translation>Lire même si le disque est en veille.</translation>
    </message>
    <message>
        <source>smart needs a drive NAME or --load FILE</source>
        <translation>smart a besoin d&apos;un NOM de disque ou de --load FICHIER</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Worst</source>
        <translation>Pire</translation>
    </message>
    <message>
        <source>Thres</source>
        <translation>Seuil</translation>
    </message>
    <message>
        <source>Pretty</source>
        <translation>Lisible</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>Bon</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>n/d</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>NO</source>
        <translation>NON</translation>
    </message>
    <message>
        <source>Start (short, extended, conveyance) or abort a SMART self-test</source>
        <translation>Démarrer (short, extended, conveyance) ou arrêter (abort) un autotest SMART</translation>
    </message>
    <message>
        <source>Scan the surface of a drive (read-only) and wait for the result</source>
        <translation>Analyser la surface d&apos;un disque (en lecture seule) et attendre le résultat</translation>
    </message>
    <message>
        <source>Read request size.</source>
        <translation>Taille des requêtes de lecture.</translation>
    </message>
    <message>
        <source>Health map region size.</source>
        <translation>Taille de région de la carte de santé.</translation>
    </message>
    <message>
        <source>Remap unit to narrow errors to.</source>
        <translation>Unité de remappage à laquelle les erreurs sont réduites.</translation>
    </message>
    <message>
        <source>First byte.</source>
        <translation>Premier octet.</translation>
    </message>
    <message>
        <source>End byte (exclusive).</source>
        <translation>Octet de fin (exclu).</translation>
    </message>
    <message>
        <source>Bytes per second at most.</source>
        <translation>Octets par seconde au plus.</translation>
    </message>
    <message>
        <source>Health map of a drive; or summarize a GNU ddrescue mapfile offline (--import MAPFILE)</source>
        <translation>Carte de santé d&apos;un disque ; ou résumer un fichier map GNU ddrescue hors ligne (--import FICHIERMAP)</translation>
    </message>
    <message>
        <source>Summarize a ddrescue mapfile without the helper.</source>
        <translation>Résumer un fichier map ddrescue sans l&apos;assistant.</translation>
    </message>
    <message>
        <source>Unit for --import (default 4096).</source>
        <translation>Unité pour --import (4096 par défaut).</translation>
    </message>
    <message>
        <source>Region for --import (default 1 MiB).</source>
        <translation>Région pour --import (1 Mio par défaut).</translation>
    </message>
    <message>
        <source>One scan of the history (its time) instead of all merged.</source>
        <translation>Une analyse de l&apos;historique (son heure) au lieu de toutes fusionnées.</translation>
    </message>
    <message>
        <source>map needs a drive NAME or --import MAPFILE</source>
        <translation>map a besoin d&apos;un NOM de disque ou de --import FICHIERMAP</translation>
    </message>
    <message>
        <source>Regions:        %1 of %2 bytes, %3 scanned, %4 with read errors</source>
        <translation>Régions :       %1 de %2 octets, %3 analysées, %4 avec erreurs de lecture</translation>
    </message>
    <message>
        <source>%1 (unit %2 bytes; first, count pairs)</source>
        <translation>%1 (unité %2 octets ; paires début, nombre)</translation>
    </message>
    <message>
        <source>Write fresh dm-remap metadata on SPARE for MAIN (destroys SPARE&apos;s contents)</source>
        <translation>Écrire de nouvelles métadonnées dm-remap sur SPARE pour MAIN (détruit le contenu de SPARE)</translation>
    </message>
    <message>
        <source>Remap unit.</source>
        <translation>Unité de remappage.</translation>
    </message>
    <message>
        <source>Overwrite existing dm-remap metadata.</source>
        <translation>Écraser les métadonnées dm-remap existantes.</translation>
    </message>
    <message>
        <source>Create the remap device over MAIN with SPARE</source>
        <translation>Créer le périphérique de remappage sur MAIN avec SPARE</translation>
    </message>
    <message>
        <source>Device-mapper name (default remap-MAIN).</source>
        <translation>Nom device-mapper (remap-MAIN par défaut).</translation>
    </message>
    <message>
        <source>Format a blank spare first (its contents are lost).</source>
        <translation>Formater d&apos;abord une réserve vierge (son contenu est perdu).</translation>
    </message>
    <message>
        <source>Remap unit when formatting.</source>
        <translation>Unité de remappage lors du formatage.</translation>
    </message>
    <message>
        <source>Extra read attempts (0-16).</source>
        <translation>Tentatives de lecture supplémentaires (0-16).</translation>
    </message>
    <message>
        <source>Remap only on request.</source>
        <translation>Remapper seulement sur demande.</translation>
    </message>
    <message>
        <source>Status of a remap device</source>
        <translation>État d&apos;un périphérique de remappage</translation>
    </message>
    <message>
        <source>The remap table of a remap device</source>
        <translation>La table de remappage d&apos;un périphérique de remappage</translation>
    </message>
    <message>
        <source>First entry (default 0).</source>
        <translation>Première entrée (0 par défaut).</translation>
    </message>
    <message>
        <source>Entries (default 1000).</source>
        <translation>Entrées (1000 par défaut).</translation>
    </message>
    <message>
        <source>SECTOR must be a number</source>
        <translation>SECTOR doit être un nombre</translation>
    </message>
    <message>
        <source>Remap the unit holding SECTOR (512-byte sectors), copying readable data</source>
        <translation>Remapper l&apos;unité contenant SECTOR (secteurs de 512 octets) en copiant les données lisibles</translation>
    </message>
    <message>
        <source>Forget the pending mark of the unit holding SECTOR</source>
        <translation>Oublier la marque « en attente » de l&apos;unité contenant SECTOR</translation>
    </message>
    <message>
        <source>Re-read the unit holding SECTOR and write it to the spare</source>
        <translation>Relire l&apos;unité contenant SECTOR et l&apos;écrire sur la réserve</translation>
    </message>
    <message>
        <source>Read attempts (1-64, default 8).</source>
        <translation>Tentatives de lecture (1-64, 8 par défaut).</translation>
    </message>
    <message>
        <source>Write zeros when unreadable: the unit&apos;s data is given up.</source>
        <translation>Écrire des zéros si illisible : les données de l&apos;unité sont abandonnées.</translation>
    </message>
    <message>
        <source>Remove a remap device (the remaps stay on the spare)</source>
        <translation>Supprimer un périphérique de remappage (les remappages restent sur la réserve)</translation>
    </message>
    <message>
        <source>Properties of a job</source>
        <translation>Propriétés d&apos;une tâche</translation>
    </message>
    <message>
        <source>Cancel a job</source>
        <translation>Annuler une tâche</translation>
    </message>
    <message>
        <source>Stream the status of a remap device (PropertiesChanged) until interrupted</source>
        <translation>Diffuser l&apos;état d&apos;un périphérique de remappage (PropertiesChanged) jusqu&apos;à interruption</translation>
    </message>
    <message>
        <source>Stop after this long (default: never).</source>
        <translation>S&apos;arrêter après cette durée (par défaut : jamais).</translation>
    </message>
    <message>
        <source>Model:        %1</source>
        <translation>Modèle :      %1</translation>
    </message>
    <message>
        <source>Serial:       %1</source>
        <translation>N° de série : %1</translation>
    </message>
    <message>
        <source>Firmware:     %1</source>
        <translation>Micrologiciel : %1</translation>
    </message>
    <message>
        <source>Verdict:      %1</source>
        <translation>Verdict :     %1</translation>
    </message>
    <message>
        <source>unknown (no self-assessment saved)</source>
        <translation>inconnu (aucune auto-évaluation enregistrée)</translation>
    </message>
    <message>
        <source>Bad sectors:  %1</source>
        <translation>Secteurs défectueux : %1</translation>
    </message>
    <message>
        <source>Powered on:   %1</source>
        <translation>En fonction : %1</translation>
    </message>
    <message>
        <source>Power cycles: %1</source>
        <translation>Cycles d&apos;alimentation : %1</translation>
    </message>
    <message>
        <source>Temperature:  %1</source>
        <translation>Température : %1</translation>
    </message>
    <message>
        <source>Raw</source>
        <translation>Brut</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message numerus="yes">
        <source>Mapfile:         %1 (%n blocks, %2 bytes)</source>
        <translation>
            <numerusform>Fichier map :   %1 (%n bloc, %2 octets)</numerusform>
            <numerusform>Fichier map :   %1 (%n blocs, %2 octets)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 octets</translation>
    </message>
    <message numerus="yes">
        <source>Bad units:       %1 of %2 bytes (%n ranges)</source>
        <translation>
            <numerusform>Unités défect. : %1 de %2 octets (%n plage)</numerusform>
            <numerusform>Unités défect. : %1 de %2 octets (%n plages)</numerusform>
        </translation>
    </message>
    <message>
        <source>Suspect units:   %1</source>
        <translation>Unités suspectes : %1</translation>
    </message>
    <message>
        <source>Regions scanned: %1 of %2</source>
        <translation>Régions analysées : %1 sur %2</translation>
    </message>
    <message>
        <source>Write a drive&apos;s health report as HTML or PDF (offline with --load/--map)</source>
        <translation>Écrire le rapport de santé d&apos;un disque en HTML ou PDF (hors ligne avec --load/--map)</translation>
    </message>
    <message>
        <source>Write the report to FILE: PDF when it ends in .pdf, HTML otherwise.</source>
        <translation>Écrire le rapport dans FILE : PDF si son nom finit par .pdf, HTML sinon.</translation>
    </message>
    <message>
        <source>Offline: SMART from a saved blob (skdump --save) instead of the helper.</source>
        <translation>Hors ligne : SMART depuis un blob enregistré (skdump --save) au lieu de l&apos;assistant.</translation>
    </message>
    <message>
        <source>Offline: the health map (or GNU ddrescue mapfile) of the drive.</source>
        <translation>Hors ligne : la carte de santé (ou le fichier map GNU ddrescue) du disque.</translation>
    </message>
    <message>
        <source>dmremapctl report: --output FILE is needed (see --help)</source>
        <translation>dmremapctl report : --output FILE est nécessaire (voir --help)</translation>
    </message>
    <message>
        <source>dmremapctl report: a drive NAME or --load FILE is needed</source>
        <translation>dmremapctl report : un NOM de disque ou --load FILE est nécessaire</translation>
    </message>
    <message>
        <source>No SMART data was given (--load).</source>
        <translation>Aucune donnée SMART n&apos;a été fournie (--load).</translation>
    </message>
    <message>
        <source>Wrote the report of %1 to %2.</source>
        <translation>Rapport de %1 écrit dans %2.</translation>
    </message>
    <message>
        <source>Pause a scan job</source>
        <translation>Mettre une tâche d&apos;analyse en pause</translation>
    </message>
    <message>
        <source>Resume a paused job</source>
        <translation>Reprendre une tâche en pause</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Disk health maps, SMART and bad-block remapping.</source>
        <translation>Cartes de santé des disques, SMART et remappage des blocs défectueux.</translation>
    </message>
    <message>
        <source>Open a health map or GNU ddrescue mapfile.</source>
        <translation>Ouvrir une carte de santé ou un fichier map GNU ddrescue.</translation>
    </message>
    <message>
        <source>Compare --map with this older scan.</source>
        <translation>Comparer --map avec cette analyse plus ancienne.</translation>
    </message>
    <message>
        <source>Open saved SMART data (skdump --save).</source>
        <translation>Ouvrir des données SMART enregistrées (skdump --save).</translation>
    </message>
    <message>
        <source>Region size for ddrescue mapfiles, in bytes (default 1 MiB).</source>
        <translation>Taille de région pour les fichiers map ddrescue, en octets (1 Mio par défaut).</translation>
    </message>
    <message>
        <source>Remap unit for ddrescue mapfiles, in bytes (default 4096).</source>
        <translation>Unité de remappage pour les fichiers map ddrescue, en octets (4096 par défaut).</translation>
    </message>
    <message>
        <source>Device size for ddrescue mapfiles, in bytes (default: the mapfile&apos;s end).</source>
        <translation>Taille du périphérique pour les fichiers map ddrescue, en octets (par défaut : la fin du fichier map).</translation>
    </message>
    <message>
        <source>Use the colour-blind safe palette.</source>
        <translation>Utiliser la palette adaptée aux daltoniens.</translation>
    </message>
    <message>
        <source>Start at this zoom step (0: whole disk).</source>
        <translation>Commencer à ce niveau de zoom (0 : disque entier).</translation>
    </message>
    <message>
        <source>Start on this tab (0 SMART, 1 history, 2 compare).</source>
        <translation>Commencer sur cet onglet (0 SMART, 1 historique, 2 comparaison).</translation>
    </message>
    <message>
        <source>Show the comparison as a difference map.</source>
        <translation>Afficher la comparaison comme carte des différences.</translation>
    </message>
    <message>
        <source>Window size, WIDTHxHEIGHT.</source>
        <translation>Taille de la fenêtre, LARGEURxHAUTEUR.</translation>
    </message>
    <message>
        <source>Save the first frame of the window to this PNG file and quit.</source>
        <translation>Enregistrer la première image de la fenêtre dans ce fichier PNG et quitter.</translation>
    </message>
    <message>
        <source>Run the tray monitor: notifications about failing disks, new remaps, pending blocks and a nearly full spare.</source>
        <translation>Lancer le moniteur de la zone de notification : notifications des disques défaillants, nouveaux remappages, blocs en attente et réserve presque pleine.</translation>
    </message>
    <message>
        <source>Start on this page: drives, drive:NAME or dashboard:DMNAME.</source>
        <translation>Commencer sur cette page : drives, drive:NOM ou dashboard:NOMDM.</translation>
    </message>
</context>
</TS>
