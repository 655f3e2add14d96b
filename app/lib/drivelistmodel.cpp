#include "drivelistmodel.h"

#include "byteformat.h"

#include <QColor>
#include <QPainter>
#include <QPixmap>

#include <algorithm>

namespace dmremap::gui {

namespace {

QPixmap badgePixmap(DriveListModel::Badge badge)
{
    QColor color;
    switch (badge) {
    case DriveListModel::Badge::Good:
        color = QColor(0x2e, 0x7d, 0x32);
        break;
    case DriveListModel::Badge::Warning:
        color = QColor(0xe0, 0x8a, 0x00);
        break;
    case DriveListModel::Badge::Failing:
        color = QColor(0xb7, 0x1c, 0x1c);
        break;
    case DriveListModel::Badge::Unknown:
        color = QColor(0x9e, 0x9e, 0x9e);
        break;
    }
    QPixmap pm(16, 16);
    pm.fill(Qt::transparent);
    QPainter p(&pm);
    p.setRenderHint(QPainter::Antialiasing);
    p.setBrush(color);
    p.setPen(color.darker(130));
    p.drawEllipse(QRectF(1.5, 1.5, 13, 13));
    return pm;
}

} // namespace

DriveListModel::DriveListModel(std::unique_ptr<DriveSource> source, QObject* parent)
    : QAbstractListModel(parent)
    , m_source(std::move(source))
{
    connect(m_source.get(), &DriveSource::driveAdded, this, [this](const DriveDescription& d) {
        Row& r = rowFor(d.name);
        r.desktop = d;
        r.inDesktop = true;
        changed(d.name);
    });
    connect(m_source.get(), &DriveSource::driveRemoved, this, [this](const QString& name) {
        const int row = rowOf(name);
        if (row < 0)
            return;
        m_rows[row].inDesktop = false;
        dropIfUnknown(name);
    });
    m_source->start();
}

DriveListModel::~DriveListModel() = default;

DriveListModel::Row& DriveListModel::rowFor(const QString& name)
{
    auto it = std::lower_bound(m_rows.begin(), m_rows.end(), name,
                               [](const Row& r, const QString& n) { return r.name < n; });
    if (it != m_rows.end() && it->name == name)
        return *it;
    const int row = int(it - m_rows.begin());
    beginInsertRows({}, row, row);
    Row fresh;
    fresh.name = name;
    it = m_rows.insert(it, std::move(fresh));
    endInsertRows();
    return *it;
}

void DriveListModel::dropIfUnknown(const QString& name)
{
    const int row = rowOf(name);
    if (row < 0)
        return;
    if (m_rows[row].inDesktop || m_rows[row].inHelper) {
        changed(name);
        return;
    }
    beginRemoveRows({}, row, row);
    m_rows.erase(m_rows.begin() + row);
    endRemoveRows();
}

void DriveListModel::changed(const QString& name)
{
    const int row = rowOf(name);
    if (row >= 0)
        Q_EMIT dataChanged(index(row), index(row));
}

void DriveListModel::setHelperDrive(const QString& name, quint64 sizeBytes, const QString& smartOverall)
{
    Row& r = rowFor(name);
    r.inHelper = true;
    r.helperSizeBytes = sizeBytes;
    r.smartOverall = smartOverall;
    changed(name);
}

void DriveListModel::removeHelperDrive(const QString& name)
{
    const int row = rowOf(name);
    if (row < 0)
        return;
    m_rows[row].inHelper = false;
    dropIfUnknown(name);
}

void DriveListModel::setScanBadUnits(const QString& name, qint64 badUnits)
{
    const int row = rowOf(name);
    if (row < 0)
        return;
    m_rows[row].scanBadUnits = badUnits;
    changed(name);
}

int DriveListModel::rowOf(const QString& name) const
{
    auto it = std::lower_bound(m_rows.begin(), m_rows.end(), name,
                               [](const Row& r, const QString& n) { return r.name < n; });
    return it != m_rows.end() && it->name == name ? int(it - m_rows.begin()) : -1;
}

QString DriveListModel::nameAt(int row) const
{
    return row >= 0 && row < int(m_rows.size()) ? m_rows[row].name : QString();
}

DriveListModel::Badge DriveListModel::badgeFor(const QString& o, qint64 scanBadUnits)
{
    Badge smart = Badge::Unknown;
    if (o == QStringLiteral("GOOD"))
        smart = Badge::Good;
    else if (o == QStringLiteral("BAD_ATTRIBUTE_IN_THE_PAST") || o == QStringLiteral("BAD_SECTOR"))
        smart = Badge::Warning;
    else if (!o.isEmpty())
        smart = Badge::Failing;
    Badge scan = Badge::Unknown;
    if (scanBadUnits == 0)
        scan = Badge::Good;
    else if (scanBadUnits > 0)
        scan = Badge::Failing;
    return std::max(smart, scan);
}

QString DriveListModel::badgeText(Badge badge, const QString& o, qint64 scanBadUnits)
{
    if (scanBadUnits > 0)
        return tr("%n unreadable block(s) found by the last scan", nullptr, int(std::min<qint64>(scanBadUnits, INT_MAX)));
    switch (badge) {
    case Badge::Good:
        return tr("Healthy");
    case Badge::Warning:
        return o == QStringLiteral("BAD_SECTOR") ? tr("Some bad sectors") : tr("Had problems in the past");
    case Badge::Failing:
        return tr("Failing");
    case Badge::Unknown:
        break;
    }
    return tr("Health unknown");
}

int DriveListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant DriveListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row& r = m_rows[index.row()];
    const Badge badge = badgeFor(r.smartOverall, r.scanBadUnits);
    const quint64 size = r.helperSizeBytes ? r.helperSizeBytes : r.desktop.sizeBytes;
    switch (role) {
    case Qt::DisplayRole: {
        QString model = (r.desktop.vendor + QLatin1Char(' ') + r.desktop.product).trimmed();
        QString text = r.name;
        if (!model.isEmpty())
            text += QStringLiteral(" — ") + model;
        if (size)
            text += QStringLiteral(" — ") + ByteFormat::size(size);
        return tr("%1\n%2").arg(text, badgeText(badge, r.smartOverall, r.scanBadUnits));
    }
    case Qt::AccessibleTextRole:
    case Qt::ToolTipRole:
        return tr("%1: %2").arg(r.name, badgeText(badge, r.smartOverall, r.scanBadUnits));
    case Qt::DecorationRole:
        return badgePixmap(badge);
    case NameRole:
        return r.name;
    case BadgeRole:
        return int(badge);
    case BadgeTextRole:
        return badgeText(badge, r.smartOverall, r.scanBadUnits);
    case SizeRole:
        return QVariant::fromValue<qulonglong>(size);
    case InHelperRole:
        return r.inHelper;
    default:
        return {};
    }
}

QHash<int, QByteArray> DriveListModel::roleNames() const
{
    auto names = QAbstractListModel::roleNames();
    names.insert(NameRole, "name");
    names.insert(BadgeRole, "badge");
    names.insert(BadgeTextRole, "badgeText");
    names.insert(SizeRole, "sizeBytes");
    names.insert(InHelperRole, "inHelper");
    return names;
}

} // namespace dmremap::gui
