#include "smartverdict.h"

#include <QLocale>

#include <algorithm>
#include <climits>

namespace dmremap::gui {

SmartVerdict::Severity SmartVerdict::severity(const SmartReport& report)
{
    if (!report.overall)
        return report.selfAssessmentGood == false ? Severity::Failing : Severity::Unknown;
    switch (*report.overall) {
    case SmartOverall::Good:
        return Severity::Good;
    case SmartOverall::BadAttributeInThePast:
    case SmartOverall::BadSector:
        return Severity::Warning;
    case SmartOverall::BadAttributeNow:
    case SmartOverall::BadSectorMany:
    case SmartOverall::BadStatus:
        return Severity::Failing;
    }
    return Severity::Unknown;
}

QString SmartVerdict::headline(const SmartReport& report)
{
    if (!report.overall) {
        if (report.selfAssessmentGood == false)
            return tr("This disk says it is failing");
        return tr("The health of this disk is unknown");
    }
    switch (*report.overall) {
    case SmartOverall::Good:
        return tr("This disk is healthy");
    case SmartOverall::BadAttributeInThePast:
        return tr("This disk had a problem in the past");
    case SmartOverall::BadSector:
        return tr("This disk has bad sectors");
    case SmartOverall::BadAttributeNow:
        return tr("This disk is failing");
    case SmartOverall::BadSectorMany:
        return tr("This disk has many bad sectors");
    case SmartOverall::BadStatus:
        return tr("This disk says it is failing");
    }
    return {};
}

QString SmartVerdict::advice(const SmartReport& report)
{
    const int bad = static_cast<int>(std::min<std::uint64_t>(report.badSectors.value_or(0), INT_MAX));
    if (!report.overall) {
        if (report.selfAssessmentGood == false)
            return tr("Back up your data now and replace the disk.");
        return tr("The saved SMART data does not include the disk's own assessment.");
    }
    switch (*report.overall) {
    case SmartOverall::Good:
        return tr("No attribute is near its failure threshold and no sector is known to be bad.");
    case SmartOverall::BadAttributeInThePast:
        return tr("A pre-failure attribute crossed its threshold once but is fine now. Keep a backup and watch "
                  "the disk.");
    case SmartOverall::BadSector:
        return tr("%n sector(s) could not be read or were replaced by the disk. Back up your data and scan the "
                  "disk; dm-remap can keep it usable until a new one arrives.",
                  nullptr, bad);
    case SmartOverall::BadAttributeNow:
        return tr("A pre-failure attribute is below its threshold: the disk predicts its own failure. Back up "
                  "your data now and replace the disk.");
    case SmartOverall::BadSectorMany:
        return tr("%n sector(s) are bad and more are likely to follow. Back up your data now; remap the bad "
                  "blocks to a spare only to keep working until the new disk arrives.",
                  nullptr, bad);
    case SmartOverall::BadStatus:
        return tr("The disk's own SMART assessment says it is failing. Back up your data now and replace the "
                  "disk.");
    }
    return {};
}

} // namespace dmremap::gui
