#pragma once

#include <QPointer>
#include <QWidget>

class QLabel;
class QListWidget;
class QProgressBar;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;
class QTimer;

namespace dmremap::gui {

class RateChart;
class RemapDeviceClient;
class RemapListModel;

/// The dashboard of one remap device: its state in words, the
/// remapped/capacity gauge, the pending blocks with "rescue" and "accept
/// loss", the whole remap list, live I/O, error and remap rates (one sample
/// a second: I/O from /sys/block/dm-N/stat, errors and remaps from the
/// helper's status stream) and an event log of the helper's signals.
class RemapDashboard : public QWidget
{
    Q_OBJECT
public:
    explicit RemapDashboard(QWidget* parent = nullptr);

    /// Follows this device (nullptr: none). The client must outlive it or be
    /// deleted (the dashboard notices).
    void setDevice(RemapDeviceClient* device);
    RemapDeviceClient* device() const { return m_device; }
    /// The remapped units the dashboard shows now.
    quint64 shownRemapped() const { return m_shownRemapped; }
    RemapListModel* remapModel() const { return m_model; }
    QListWidget* eventLog() const { return m_events; }
    /// Reads, writes, errors and remaps per second (series in that order).
    RateChart* rateChart() const { return m_chart; }
    /// The series of rateChart().
    enum Series { Reads, Writes, Errors, Remaps };
    /// Adds a line to the event log (newest first).
    void logEvent(const QString& text);

    /// The state in plain words ("ok" → "Working normally").
    static QString stateText(const QString& state);

private:
    void showStatus();
    void reloadList();
    void sample();
    void rescueSelected();
    void acceptLossSelected();
    quint64 selectedSector(bool* ok) const;

    QPointer<RemapDeviceClient> m_device;
    QLabel* m_title;
    QLabel* m_state;
    QProgressBar* m_gauge;
    QLabel* m_remapped;
    QLabel* m_pending;
    QLabel* m_errors;
    RateChart* m_chart;
    RemapListModel* m_model;
    QSortFilterProxyModel* m_pendingProxy;
    QTableView* m_pendingTable;
    QTableView* m_remapTable;
    QPushButton* m_rescue;
    QPushButton* m_acceptLoss;
    QListWidget* m_events;
    QTimer* m_sampler;
    QTimer* m_listReload;
    quint64 m_shownRemapped = 0;
    // Previous sample, for rates.
    bool m_havePrevious = false;
    quint64 m_prevReads = 0, m_prevWrites = 0, m_prevErrors = 0, m_prevRemapped = 0;
    qint64 m_prevTimeMs = 0;
    QList<QMetaObject::Connection> m_connections;
};

} // namespace dmremap::gui
