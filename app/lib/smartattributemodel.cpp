#include "smartattributemodel.h"

#include <QBrush>
#include <QColor>
#include <QFont>
#include <QLocale>

#include <climits>
#include <map>

namespace dmremap::gui {

SmartAttributeModel::SmartAttributeModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void SmartAttributeModel::setReport(const SmartReport& report)
{
    beginResetModel();
    m_attributes = report.attributes;
    endResetModel();
}

void SmartAttributeModel::clear()
{
    beginResetModel();
    m_attributes.clear();
    endResetModel();
}

SmartAttributeModel::Severity SmartAttributeModel::severity(const SmartAttribute& a)
{
    if (a.goodNow == false)
        return FailingNow;
    if (a.goodInThePast == false)
        return FailedInThePast;
    if (a.warn)
        return Warning;
    if (a.goodNow == true || a.value)
        return Good;
    return Unknown;
}

QString SmartAttributeModel::displayName(const std::string& name)
{
    // libatasmart's names (atasmart.c attribute_info[]) of the attributes
    // users ask about; the others are tidied mechanically.
    static const std::map<std::string, const char*> known = {
        {"raw-read-error-rate", QT_TR_NOOP("Raw read error rate")},
        {"throughput-performance", QT_TR_NOOP("Throughput performance")},
        {"spin-up-time", QT_TR_NOOP("Spin-up time")},
        {"start-stop-count", QT_TR_NOOP("Start/stop count")},
        {"reallocated-sector-count", QT_TR_NOOP("Reallocated sector count")},
        {"read-channel-margin", QT_TR_NOOP("Read channel margin")},
        {"seek-error-rate", QT_TR_NOOP("Seek error rate")},
        {"seek-time-performance", QT_TR_NOOP("Seek time performance")},
        {"power-on-hours", QT_TR_NOOP("Power-on hours")},
        {"power-on-minutes", QT_TR_NOOP("Power-on minutes")},
        {"power-on-seconds", QT_TR_NOOP("Power-on seconds")},
        {"power-on-half-minutes", QT_TR_NOOP("Power-on half minutes")},
        {"spin-retry-count", QT_TR_NOOP("Spin retry count")},
        {"calibration-retry-count", QT_TR_NOOP("Calibration retry count")},
        {"power-cycle-count", QT_TR_NOOP("Power cycle count")},
        {"read-soft-error-rate", QT_TR_NOOP("Read soft error rate")},
        {"reported-uncorrect", QT_TR_NOOP("Reported uncorrectable errors")},
        {"command-timeout", QT_TR_NOOP("Command timeout")},
        {"high-fly-writes", QT_TR_NOOP("High fly writes")},
        {"airflow-temperature-celsius", QT_TR_NOOP("Airflow temperature")},
        {"g-sense-error-rate", QT_TR_NOOP("G-sense error rate")},
        {"power-off-retract-count", QT_TR_NOOP("Power-off retract count")},
        {"load-cycle-count", QT_TR_NOOP("Load/unload cycle count")},
        {"temperature-celsius", QT_TR_NOOP("Temperature")},
        {"temperature-celsius-2", QT_TR_NOOP("Temperature")},
        {"temperature-centi-celsius", QT_TR_NOOP("Temperature")},
        {"hardware-ecc-recovered", QT_TR_NOOP("Hardware ECC recovered")},
        {"reallocated-event-count", QT_TR_NOOP("Reallocation event count")},
        {"current-pending-sector", QT_TR_NOOP("Current pending sectors")},
        {"offline-uncorrectable", QT_TR_NOOP("Offline uncorrectable sectors")},
        {"udma-crc-error-count", QT_TR_NOOP("UDMA CRC error count (cable)")},
        {"multi-zone-error-rate", QT_TR_NOOP("Multi-zone error rate")},
        {"soft-read-error-rate", QT_TR_NOOP("Soft read error rate")},
        {"head-flying-hours", QT_TR_NOOP("Head flying hours")},
        {"total-lbas-written", QT_TR_NOOP("Total LBAs written")},
        {"total-lbas-read", QT_TR_NOOP("Total LBAs read")},
    };
    if (const auto it = known.find(name); it != known.end())
        return tr(it->second);
    QString text = QString::fromStdString(name).replace(QLatin1Char('-'), QLatin1Char(' '));
    if (!text.isEmpty())
        text[0] = text[0].toUpper();
    return text;
}

QString SmartAttributeModel::prettyText(const SmartAttribute& a)
{
    // Thresholds and precision as libatasmart's print_value() (see
    // formatSmartValue() in core/smart), with translatable units.
    constexpr std::uint64_t second = 1000, minute = 60 * second, hour = 60 * minute, day = 24 * hour;
    const QLocale locale;
    const std::uint64_t value = a.prettyValue;
    const auto v = static_cast<double>(value);
    switch (a.prettyUnit) {
    case SmartUnit::Milliseconds:
        if (value >= 365 * day)
            return tr("%1 years").arg(locale.toString(v / (365.0 * day), 'f', 1));
        if (value >= 30 * day)
            return tr("%1 months").arg(locale.toString(v / (30.0 * day), 'f', 1));
        if (value >= day)
            return tr("%1 days").arg(locale.toString(v / day, 'f', 1));
        if (value >= hour)
            return tr("%1 h").arg(locale.toString(v / hour, 'f', 1));
        if (value >= minute)
            return tr("%1 min").arg(locale.toString(v / minute, 'f', 1));
        if (value >= second)
            return tr("%1 s").arg(locale.toString(v / second, 'f', 1));
        return tr("%1 ms").arg(locale.toString(static_cast<qulonglong>(value)));
    case SmartUnit::MilliKelvin:
        return tr("%1 °C").arg(locale.toString((v - 273150) / 1000, 'f', 1));
    case SmartUnit::Sectors:
        // A unit label as skdump prints it ("1 sectors"), not a sentence.
        return tr("%1 sectors").arg(locale.toString(static_cast<qulonglong>(value)));
    case SmartUnit::Percent:
        return tr("%1%").arg(locale.toString(static_cast<qulonglong>(value)));
    case SmartUnit::SmallPercent:
        return tr("%1%").arg(locale.toString(v, 'f', 3));
    case SmartUnit::Megabytes:
        if (value >= 1000000)
            return tr("%1 TB").arg(locale.toString(v / 1000000, 'f', 3));
        if (value >= 1000)
            return tr("%1 GB").arg(locale.toString(v / 1000, 'f', 3));
        return tr("%1 MB").arg(locale.toString(static_cast<qulonglong>(value)));
    case SmartUnit::None:
        return locale.toString(static_cast<qulonglong>(value));
    case SmartUnit::Unknown:
        break;
    }
    return tr("n/a");
}

int SmartAttributeModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_attributes.size());
}

int SmartAttributeModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SmartAttributeModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const SmartAttribute& a = m_attributes[static_cast<std::size_t>(index.row())];
    const Severity sev = severity(a);
    auto optional = [](const std::optional<std::uint8_t>& v) -> QVariant {
        return v ? QVariant(int(*v)) : QVariant();
    };
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case IdColumn:
            return int(a.id);
        case NameColumn:
            return displayName(a.name);
        case TypeColumn:
            return a.prefailure ? tr("Pre-failure") : tr("Old-age");
        case ValueColumn:
            return a.value ? QVariant(int(*a.value)) : QVariant(tr("n/a"));
        case WorstColumn:
            return a.worst ? QVariant(int(*a.worst)) : QVariant(tr("n/a"));
        case ThresholdColumn:
            return a.threshold ? QVariant(int(*a.threshold)) : QVariant(tr("n/a"));
        case RawColumn:
            return QString::fromStdString(a.rawHex());
        case PrettyColumn:
            return prettyText(a);
        case AssessmentColumn:
            switch (sev) {
            case FailingNow:
                return tr("Failing now");
            case FailedInThePast:
                return tr("Failed in the past");
            case Warning:
                return tr("Warning");
            case Good:
                return tr("OK");
            case Unknown:
                return tr("n/a");
            }
        }
        break;
    case SortRole:
        switch (index.column()) {
        case IdColumn:
            return int(a.id);
        case NameColumn:
            return displayName(a.name);
        case TypeColumn:
            return a.prefailure ? 0 : 1;
        case ValueColumn:
            return optional(a.value).isValid() ? optional(a.value) : QVariant(-1);
        case WorstColumn:
            return optional(a.worst).isValid() ? optional(a.worst) : QVariant(-1);
        case ThresholdColumn:
            return optional(a.threshold).isValid() ? optional(a.threshold) : QVariant(-1);
        case RawColumn:
            return QVariant::fromValue<qulonglong>(a.rawValue());
        case PrettyColumn:
            return QVariant::fromValue<qulonglong>(a.prettyValue);
        case AssessmentColumn:
            return int(sev);
        }
        break;
    case Qt::ToolTipRole:
        return tr("%1 (libatasmart: %2, attribute %3)\n%4, %5; raw %6")
            .arg(displayName(a.name), QString::fromStdString(a.name), QString::number(a.id),
                 a.prefailure ? tr("pre-failure: crossing the threshold predicts a failure")
                              : tr("old-age: wear, not a failure predictor"),
                 a.online ? tr("updated online") : tr("updated offline only"),
                 QLocale().toString(static_cast<qulonglong>(a.rawValue())));
    case Qt::FontRole:
        if (a.prefailure) {
            QFont font;
            font.setBold(true);
            return font;
        }
        break;
    case Qt::BackgroundRole:
        switch (sev) {
        case FailingNow:
            return QBrush(QColor(0xf4, 0xb4, 0xb4));
        case FailedInThePast:
        case Warning:
            return QBrush(QColor(0xfc, 0xe0, 0xa8));
        default:
            break;
        }
        break;
    case Qt::ForegroundRole:
        if (sev == FailingNow || sev == FailedInThePast || sev == Warning)
            return QBrush(Qt::black); // readable on the tint in dark themes too
        break;
    case Qt::TextAlignmentRole:
        switch (index.column()) {
        case IdColumn:
        case ValueColumn:
        case WorstColumn:
        case ThresholdColumn:
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        default:
            return QVariant(Qt::AlignLeft | Qt::AlignVCenter);
        }
    case PrefailureRole:
        return a.prefailure;
    case SeverityRole:
        return int(sev);
    case AttributeIdRole:
        return int(a.id);
    default:
        break;
    }
    return {};
}

QVariant SmartAttributeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case IdColumn:
        return tr("ID");
    case NameColumn:
        return tr("Attribute");
    case TypeColumn:
        return tr("Type");
    case ValueColumn:
        return tr("Value");
    case WorstColumn:
        return tr("Worst");
    case ThresholdColumn:
        return tr("Threshold");
    case RawColumn:
        return tr("Raw");
    case PrettyColumn:
        return tr("Interpreted");
    case AssessmentColumn:
        return tr("Assessment");
    }
    return {};
}

} // namespace dmremap::gui
