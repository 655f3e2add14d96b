#include "scancontrols.h"

#include "byteformat.h"

#include <QDateTime>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalBlocker>

namespace dmremap::gui {

namespace {
QPushButton* makeButton(QWidget* parent, const QString& name, const QString& text, const QString& accessible)
{
    auto* b = new QPushButton(text, parent);
    b->setObjectName(name);
    b->setAccessibleName(accessible);
    return b;
}
} // namespace

ScanControls::ScanControls(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("scanControls"));
    m_start = makeButton(this, QStringLiteral("startScanButton"), tr("&Scan surface"), tr("Start a surface scan"));
    m_pause = makeButton(this, QStringLiteral("pauseScanButton"), tr("&Pause"), tr("Pause the scan"));
    m_pause->setCheckable(true);
    m_cancel = makeButton(this, QStringLiteral("cancelScanButton"), tr("Ca&ncel"), tr("Cancel the scan"));
    m_export = makeButton(this, QStringLiteral("exportMapfileButton"), tr("&Export ddrescue mapfile…"),
                          tr("Export the health map as a GNU ddrescue mapfile"));
    m_rescue = makeButton(this, QStringLiteral("rescueDriveButton"), tr("&Rescue this drive…"),
                          tr("Open the rescue wizard for this drive"));
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("scanProgress"));
    m_progress->setAccessibleName(tr("Scan progress"));
    m_progress->setRange(0, 1000);
    m_progress->setTextVisible(true);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("scanStatus"));
    m_status->setAccessibleName(tr("Scan status"));

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_start);
    layout->addWidget(m_pause);
    layout->addWidget(m_cancel);
    layout->addWidget(m_progress, 1);
    layout->addWidget(m_status, 2);
    layout->addWidget(m_export);
    layout->addWidget(m_rescue);

    connect(m_start, &QPushButton::clicked, this, &ScanControls::startRequested);
    connect(m_cancel, &QPushButton::clicked, this, &ScanControls::cancelRequested);
    connect(m_pause, &QPushButton::toggled, this, &ScanControls::pauseRequested);
    connect(m_export, &QPushButton::clicked, this, &ScanControls::exportRequested);
    connect(m_rescue, &QPushButton::clicked, this, &ScanControls::rescueRequested);
    setPauseSupported(false);
    setIdle(false, {});
    setExportEnabled(false);
}

void ScanControls::setIdle(bool helperAvailable, const QString& status)
{
    m_running = false;
    m_start->setEnabled(helperAvailable);
    m_rescue->setEnabled(helperAvailable);
    m_pause->setEnabled(false);
    m_pause->setChecked(false);
    m_cancel->setEnabled(false);
    m_progress->setVisible(false);
    m_status->setText(status);
}

void ScanControls::setRunning(double progress, quint64 bytesDone, quint64 bytesTotal, quint64 rate,
                              quint64 expectedEndUs, quint64 badUnits)
{
    m_running = true;
    m_start->setEnabled(false);
    m_pause->setEnabled(m_pauseSupported);
    m_cancel->setEnabled(true);
    m_progress->setVisible(true);
    m_progress->setValue(int(std::clamp(progress, 0.0, 1.0) * 1000));
    m_progress->setFormat(QStringLiteral("%1 %").arg(progress * 100, 0, 'f', 1));
    QStringList parts;
    parts << tr("%1 of %2").arg(ByteFormat::size(bytesDone), ByteFormat::size(bytesTotal));
    if (rate)
        parts << tr("%1/s").arg(ByteFormat::size(rate));
    if (expectedEndUs) {
        const qint64 left = qint64(expectedEndUs / 1000) - QDateTime::currentMSecsSinceEpoch();
        if (left > 0)
            parts << tr("about %1 left").arg(left >= 3600000 ? tr("%1 h %2 min").arg(left / 3600000).arg(left / 60000 % 60)
                                             : left >= 60000   ? tr("%1 min %2 s").arg(left / 60000).arg(left / 1000 % 60)
                                                               : tr("%1 s").arg(left / 1000 + 1));
    }
    parts << tr("%n unreadable block(s)", nullptr, int(std::min<quint64>(badUnits, INT_MAX)));
    m_status->setText(parts.join(QStringLiteral(" · ")));
}

void ScanControls::setPauseSupported(bool on)
{
    m_pauseSupported = on;
    m_pause->setToolTip(on ? QString() : tr("The helper cannot pause a scan; cancel it and start again later."));
}

void ScanControls::setPaused(bool paused)
{
    // The job's state, not a request: no pauseRequested.
    const QSignalBlocker block(m_pause);
    m_pause->setChecked(paused);
}

void ScanControls::setStatusText(const QString& text)
{
    m_status->setText(text);
}

void ScanControls::setExportEnabled(bool on)
{
    m_export->setEnabled(on);
}

QString ScanControls::statusText() const
{
    return m_status->text();
}

} // namespace dmremap::gui
