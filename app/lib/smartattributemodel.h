#pragma once

#include "smart/smartreport.h"

#include <QAbstractTableModel>

#include <vector>

namespace dmremap::gui {

/// The ATA SMART attribute table of one SmartReport, one row per attribute
/// in the drive's order. Sort through a QSortFilterProxyModel with sortRole
/// SortRole (numbers sort as numbers). Pre-failure attributes are bold;
/// attributes failing now, failed in the past or flagged by libatasmart get a
/// tinted background and an assessment text. Read-only.
class SmartAttributeModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        IdColumn,
        NameColumn,
        TypeColumn,
        ValueColumn,
        WorstColumn,
        ThresholdColumn,
        RawColumn,
        PrettyColumn,
        AssessmentColumn,
        ColumnCount
    };
    enum Role {
        SortRole = Qt::UserRole + 1, ///< a number (or the text) to sort by
        PrefailureRole, ///< bool
        SeverityRole, ///< int, Severity
        AttributeIdRole, ///< int
    };
    /// Worst first when sorted descending.
    enum Severity { Unknown, Good, Warning, FailedInThePast, FailingNow };

    explicit SmartAttributeModel(QObject* parent = nullptr);

    void setReport(const SmartReport& report);
    void clear();
    const std::vector<SmartAttribute>& attributes() const { return m_attributes; }

    static Severity severity(const SmartAttribute& attribute);
    /// A translated, readable name ("Reallocated sector count") for
    /// libatasmart's name; unknown names are tidied up ("attribute-200" ->
    /// "Attribute 200").
    static QString displayName(const std::string& libatasmartName);
    /// The interpreted value in translated units ("2.8 months", "36.0 °C",
    /// "69 sectors"), with libatasmart's thresholds (formatSmartValue()).
    static QString prettyText(const SmartAttribute& attribute);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    std::vector<SmartAttribute> m_attributes;
};

} // namespace dmremap::gui
