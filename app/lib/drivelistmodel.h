#pragma once

#include "drivesource.h"

#include <QAbstractListModel>

#include <memory>
#include <vector>

namespace dmremap::gui {

/// The drive list: the desktop's drives (a DriveSource, Solid in the
/// application) joined by kernel name with the helper's drive objects, one
/// row per drive, sorted by name, each with a health badge.
///
/// The badge is the worst of the SMART verdict (libatasmart's names, as
/// Drive.SmartOverall) and what the last scan found (bad units). Rows come
/// and go with hotplug and with the helper's Drives property; a drive stays
/// while either side knows it.
class DriveListModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum class Badge { Unknown, Good, Warning, Failing };
    Q_ENUM(Badge)
    enum Role {
        NameRole = Qt::UserRole + 1, ///< QString, kernel name
        BadgeRole, ///< Badge as int
        BadgeTextRole, ///< QString, the badge in words
        SizeRole, ///< qulonglong, bytes (0 unknown)
        InHelperRole, ///< bool: the helper has a drive object
    };

    /// Takes the source and starts it at once.
    explicit DriveListModel(std::unique_ptr<DriveSource> source, QObject* parent = nullptr);
    ~DriveListModel() override;

    /// The helper knows the drive: size in bytes, SMART verdict ("" unknown).
    void setHelperDrive(const QString& name, quint64 sizeBytes, const QString& smartOverall);
    /// The helper dropped it.
    void removeHelperDrive(const QString& name);
    /// Bad units the last scan found (-1: no scan).
    void setScanBadUnits(const QString& name, qint64 badUnits);

    int rowOf(const QString& name) const;
    QString nameAt(int row) const;
    static Badge badgeFor(const QString& smartOverall, qint64 scanBadUnits);
    static QString badgeText(Badge badge, const QString& smartOverall, qint64 scanBadUnits);

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    struct Row {
        QString name;
        DriveDescription desktop;
        bool inDesktop = false;
        bool inHelper = false;
        quint64 helperSizeBytes = 0;
        QString smartOverall;
        qint64 scanBadUnits = -1;
    };
    Row& rowFor(const QString& name);
    void dropIfUnknown(const QString& name);
    void changed(const QString& name);

    std::unique_ptr<DriveSource> m_source;
    std::vector<Row> m_rows;
};

} // namespace dmremap::gui
