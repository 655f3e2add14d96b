<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>dmremap::gui::DriveController</name>
    <message numerus="yes">
        <source>%n earlier scan(s).</source>
        <translation>
            <numerusform>%n earlier scan.</numerusform>
            <numerusform>%n earlier scans.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Scan complete: %n unreadable block(s).</source>
        <translation>
            <numerusform>Scan complete: %n unreadable block.</numerusform>
            <numerusform>Scan complete: %n unreadable blocks.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dmremap::gui::DriveListModel</name>
    <message numerus="yes">
        <source>%n unreadable block(s) found by the last scan</source>
        <translation>
            <numerusform>%n unreadable block found by the last scan</numerusform>
            <numerusform>%n unreadable blocks found by the last scan</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dmremap::gui::HealthMapToolTip</name>
    <message numerus="yes">
        <source>%n bad unit(s) of %1</source>
        <translation>
            <numerusform>%n bad unit of %1</numerusform>
            <numerusform>%n bad units of %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n suspect unit(s) (read failed, not narrowed down)</source>
        <translation>
            <numerusform>%n suspect unit (read failed, not narrowed down)</numerusform>
            <numerusform>%n suspect units (read failed, not narrowed down)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pending unit(s): unreadable until rewritten</source>
        <translation>
            <numerusform>%n pending unit: unreadable until rewritten</numerusform>
            <numerusform>%n pending units: unreadable until rewritten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unit(s) remapped to the spare</source>
        <translation>
            <numerusform>%n unit remapped to the spare</numerusform>
            <numerusform>%n units remapped to the spare</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dmremap::gui::OptionsPage</name>
    <message numerus="yes">
        <source>The last scan of /dev/%1 found %n unreadable block(s) of %2.</source>
        <translation>
            <numerusform>The last scan of /dev/%1 found %n unreadable block of %2.</numerusform>
            <numerusform>The last scan of /dev/%1 found %n unreadable blocks of %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dmremap::gui::RemapDashboard</name>
    <message numerus="yes">
        <source>%n block(s) remapped (%1 in all)</source>
        <translation>
            <numerusform>%n block remapped (%1 in all)</numerusform>
            <numerusform>%n blocks remapped (%1 in all)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n block(s) could not be read and are pending (%1 in all)</source>
        <translation>
            <numerusform>%n block could not be read and is pending (%1 in all)</numerusform>
            <numerusform>%n blocks could not be read and are pending (%1 in all)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n block(s) of %1 (%2)</source>
        <translation>
            <numerusform>%n block of %1 (%2)</numerusform>
            <numerusform>%n blocks of %1 (%2)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n block(s) need attention (see below)</source>
        <translation>
            <numerusform>%n block need attention (see below)</numerusform>
            <numerusform>%n blocks need attention (see below)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dmremap::gui::RescuePlan</name>
    <message numerus="yes">
        <source>Remap the %n block(s) the scan found unreadable (sectors %1): what can still be read is copied to /dev/%2; nothing is written to /dev/%3.</source>
        <translation>
            <numerusform>Remap the %n block the scan found unreadable (sectors %1): what can still be read is copied to /dev/%2; nothing is written to /dev/%3.</numerusform>
            <numerusform>Remap the %n blocks the scan found unreadable (sectors %1): what can still be read is copied to /dev/%2; nothing is written to /dev/%3.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The other %n unreadable block(s) are remapped by the target when they are written.</source>
        <translation>
            <numerusform>The other %n unreadable block are remapped by the target when they are written.</numerusform>
            <numerusform>The other %n unreadable blocks are remapped by the target when they are written.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %n unreadable block(s) the scan found are remapped when they are written.</source>
        <translation>
            <numerusform>The %n unreadable block the scan found are remapped when they are written.</numerusform>
            <numerusform>The %n unreadable blocks the scan found are remapped when they are written.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dmremap::gui::RunPage</name>
    <message numerus="yes">
        <source>The scan found %n unreadable block(s).</source>
        <translation>
            <numerusform>The scan found %n unreadable block.</numerusform>
            <numerusform>The scan found %n unreadable blocks.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remapping %n unreadable block(s)…</source>
        <translation>
            <numerusform>Remapping %n unreadable block…</numerusform>
            <numerusform>Remapping %n unreadable blocks…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remapped %1 of %n block(s).</source>
        <translation>
            <numerusform>Remapped %1 of %n block.</numerusform>
            <numerusform>Remapped %1 of %n blocks.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dmremap::gui::ScanControls</name>
    <message numerus="yes">
        <source>%n unreadable block(s)</source>
        <translation>
            <numerusform>%n unreadable block</numerusform>
            <numerusform>%n unreadable blocks</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dmremap::gui::SmartVerdict</name>
    <message numerus="yes">
        <source>%n sector(s) could not be read or were replaced by the disk. Back up your data and scan the disk; dm-remap can keep it usable until a new one arrives.</source>
        <translation>
            <numerusform>%n sector could not be read or was replaced by the disk. Back up your data and scan the disk; dm-remap can keep it usable until a new one arrives.</numerusform>
            <numerusform>%n sectors could not be read or were replaced by the disk. Back up your data and scan the disk; dm-remap can keep it usable until a new one arrives.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sector(s) are bad and more are likely to follow. Back up your data now; remap the bad blocks to a spare only to keep working until the new disk arrives.</source>
        <translation>
            <numerusform>%n sector is bad and more are likely to follow. Back up your data now; remap the bad blocks to a spare only to keep working until the new disk arrives.</numerusform>
            <numerusform>%n sectors are bad and more are likely to follow. Back up your data now; remap the bad blocks to a spare only to keep working until the new disk arrives.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dmremap::report::DriveReport</name>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n hour</numerusform>
            <numerusform>%n hours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unit(s) of %1</source>
        <translation>
            <numerusform>%n unit of %1</numerusform>
            <numerusform>%n units of %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dmremap::tray::TrayText</name>
    <message numerus="yes">
        <source>/dev/%1: %n block(s) remapped</source>
        <translation>
            <numerusform>/dev/%1: %n block remapped</numerusform>
            <numerusform>/dev/%1: %n blocks remapped</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>/dev/%1: %n unreadable block(s)</source>
        <translation>
            <numerusform>/dev/%1: %n unreadable block</numerusform>
            <numerusform>/dev/%1: %n unreadable blocks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>/dev/mapper/%1 moved them to the spare; their data is safe. %n block(s) remapped in all.</source>
        <translation>
            <numerusform>/dev/mapper/%1 moved them to the spare; their data is safe. %n block remapped in all.</numerusform>
            <numerusform>/dev/mapper/%1 moved them to the spare; their data is safe. %n blocks remapped in all.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>/dev/mapper/%1 could not read them; they are remapped when written. %n block(s) pending in all.</source>
        <translation>
            <numerusform>/dev/mapper/%1 could not read them; they are remapped when written. %n block pending in all.</numerusform>
            <numerusform>/dev/mapper/%1 could not read them; they are remapped when written. %n blocks pending in all.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dmremapctl</name>
    <message numerus="yes">
        <source>Mapfile:         %1 (%n blocks, %2 bytes)</source>
        <translation>
            <numerusform>Mapfile:         %1 (%n block, %2 bytes)</numerusform>
            <numerusform>Mapfile:         %1 (%n blocks, %2 bytes)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Bad units:       %1 of %2 bytes (%n ranges)</source>
        <translation>
            <numerusform>Bad units:       %1 of %2 bytes (%n range)</numerusform>
            <numerusform>Bad units:       %1 of %2 bytes (%n ranges)</numerusform>
        </translation>
    </message>
</context>
</TS>
