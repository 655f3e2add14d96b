#include "smartdisk.h"

#include "smartlog.h"

#include <atasmart.h>

#include <cerrno>
#include <utility>

namespace dmremap {

namespace {

SmartUnit unitFrom(SkSmartAttributeUnit unit)
{
    switch (unit) {
    case SK_SMART_ATTRIBUTE_UNIT_NONE:
        return SmartUnit::None;
    case SK_SMART_ATTRIBUTE_UNIT_MSECONDS:
        return SmartUnit::Milliseconds;
    case SK_SMART_ATTRIBUTE_UNIT_SECTORS:
        return SmartUnit::Sectors;
    case SK_SMART_ATTRIBUTE_UNIT_MKELVIN:
        return SmartUnit::MilliKelvin;
    case SK_SMART_ATTRIBUTE_UNIT_SMALL_PERCENT:
        return SmartUnit::SmallPercent;
    case SK_SMART_ATTRIBUTE_UNIT_PERCENT:
        return SmartUnit::Percent;
    case SK_SMART_ATTRIBUTE_UNIT_MB:
        return SmartUnit::Megabytes;
    default:
        return SmartUnit::Unknown;
    }
}

SmartOverall overallFrom(SkSmartOverall overall)
{
    switch (overall) {
    case SK_SMART_OVERALL_GOOD:
        return SmartOverall::Good;
    case SK_SMART_OVERALL_BAD_ATTRIBUTE_IN_THE_PAST:
        return SmartOverall::BadAttributeInThePast;
    case SK_SMART_OVERALL_BAD_SECTOR:
        return SmartOverall::BadSector;
    case SK_SMART_OVERALL_BAD_ATTRIBUTE_NOW:
        return SmartOverall::BadAttributeNow;
    case SK_SMART_OVERALL_BAD_SECTOR_MANY:
        return SmartOverall::BadSectorMany;
    default:
        return SmartOverall::BadStatus;
    }
}

void collectAttribute(SkDisk*, const SkSmartAttributeParsedData* a, void* userdata)
{
    auto* attributes = static_cast<std::vector<SmartAttribute>*>(userdata);
    SmartAttribute attribute;
    attribute.id = a->id;
    // The name pointer is libatasmart's and only valid during the callback.
    attribute.name = a->name ? std::string{a->name} : "attribute-" + std::to_string(a->id);
    attribute.flags = a->flags;
    if (a->current_value_valid)
        attribute.value = a->current_value;
    if (a->worst_value_valid)
        attribute.worst = a->worst_value;
    if (a->threshold_valid)
        attribute.threshold = a->threshold;
    for (std::size_t i = 0; i < attribute.raw.size(); ++i)
        attribute.raw[i] = a->raw[i];
    attribute.prettyValue = a->pretty_value;
    attribute.prettyUnit = unitFrom(a->pretty_unit);
    attribute.prefailure = a->prefailure;
    attribute.online = a->online;
    if (a->good_now_valid)
        attribute.goodNow = static_cast<bool>(a->good_now);
    if (a->good_in_the_past_valid)
        attribute.goodInThePast = static_cast<bool>(a->good_in_the_past);
    attribute.warn = a->warn;
    attributes->push_back(std::move(attribute));
}

template<typename Getter>
std::optional<std::uint64_t> optionalValue(SkDisk* disk, Getter getter)
{
    std::uint64_t value = 0;
    if (getter(disk, &value) < 0)
        return std::nullopt;
    return value;
}

} // namespace

SmartDisk::SmartDisk(SkDisk* disk, bool blob)
    : m_disk(disk)
    , m_blob(blob)
{
}

SmartDisk::SmartDisk(SmartDisk&& other) noexcept
    : m_disk(std::exchange(other.m_disk, nullptr))
    , m_blob(other.m_blob)
{
}

SmartDisk& SmartDisk::operator=(SmartDisk&& other) noexcept
{
    if (this != &other) {
        if (m_disk)
            sk_disk_free(m_disk);
        m_disk = std::exchange(other.m_disk, nullptr);
        m_blob = other.m_blob;
    }
    return *this;
}

SmartDisk::~SmartDisk()
{
    if (m_disk)
        sk_disk_free(m_disk);
}

Result<SmartDisk> SmartDisk::fromBlob(std::span<const std::uint8_t> blob)
{
    if (blob.empty())
        return Status{Error::CorruptData, "empty SMART blob"};
    SkDisk* disk = nullptr;
    if (sk_disk_open(nullptr, &disk) < 0)
        return Status::fromErrno(errno, "libatasmart sk_disk_open");
    SmartDisk handle{disk, true};
    if (sk_disk_set_blob(disk, blob.data(), blob.size()) < 0)
        return Status{Error::CorruptData, "libatasmart rejected the SMART blob"};
    return handle;
}

Result<SmartDisk> SmartDisk::openDevice(const std::string& path)
{
    SkDisk* disk = nullptr;
    if (sk_disk_open(path.c_str(), &disk) < 0) {
        const int err = errno;
        // libatasmart says ENODEV for anything that is not a block device.
        if (err == ENODEV)
            return Status{Error::NotAvailable, path + ": not a block device with ATA SMART"};
        return Status::fromErrno(err, "open " + path);
    }
    return SmartDisk{disk, false};
}

Status SmartDisk::checkAvailable() const
{
    SkBool available = FALSE;
    if (sk_disk_smart_is_available(m_disk, &available) < 0 || !available)
        return Status{Error::NotAvailable, "the device has no ATA SMART"};
    return {};
}

Result<bool> SmartDisk::awake() const
{
    SkBool awake = FALSE;
    if (sk_disk_check_sleep_mode(m_disk, &awake) < 0)
        return Status{errno == ENOTSUP ? Error::NotSupported : errorFromErrno(errno), "check power mode"};
    return static_cast<bool>(awake);
}

Result<SmartReport> SmartDisk::report()
{
    if (auto available = checkAvailable(); !available)
        return available;

    SmartReport report;
    const SkIdentifyParsedData* identify = nullptr;
    if (sk_disk_identify_parse(m_disk, &identify) >= 0 && identify) {
        report.model = identify->model;
        report.serial = identify->serial;
        report.firmware = identify->firmware;
    }

    SkBool good = FALSE;
    if (sk_disk_smart_status(m_disk, &good) >= 0)
        report.selfAssessmentGood = static_cast<bool>(good);

    if (sk_disk_smart_read_data(m_disk) < 0)
        return Status::fromErrno(errno, "read SMART data");

    const SkSmartParsedData* parsed = nullptr;
    if (sk_disk_smart_parse(m_disk, &parsed) < 0 || !parsed)
        return Status{Error::CorruptData, "libatasmart cannot parse the SMART data"};
    auto& st = report.selfTest;
    st.executionStatus = parsed->self_test_execution_status;
    st.executionText = sk_smart_self_test_execution_status_to_string(parsed->self_test_execution_status);
    st.percentRemaining = parsed->self_test_execution_percent_remaining;
    st.offlineCollectionStatus = parsed->offline_data_collection_status;
    st.offlineCollectionText
        = sk_smart_offline_data_collection_status_to_string(parsed->offline_data_collection_status);
    st.offlineCollectionSeconds = parsed->total_offline_data_collection_seconds;
    st.shortAndExtendedAvailable = parsed->short_and_extended_test_available;
    st.conveyanceAvailable = parsed->conveyance_test_available;
    st.startAvailable = parsed->start_test_available;
    st.abortAvailable = parsed->abort_test_available;
    st.shortPollingMinutes = parsed->short_test_polling_minutes;
    st.extendedPollingMinutes = parsed->extended_test_polling_minutes;
    st.conveyancePollingMinutes = parsed->conveyance_test_polling_minutes;

    report.badSectors = optionalValue(m_disk, sk_disk_smart_get_bad);
    report.powerOnMilliseconds = optionalValue(m_disk, sk_disk_smart_get_power_on);
    report.powerCycles = optionalValue(m_disk, sk_disk_smart_get_power_cycle);
    report.temperatureMilliKelvin = optionalValue(m_disk, sk_disk_smart_get_temperature);

    SkSmartOverall overall = SK_SMART_OVERALL_GOOD;
    if (sk_disk_smart_get_overall(m_disk, &overall) >= 0)
        report.overall = overallFrom(overall);

    if (sk_disk_smart_parse_attributes(m_disk, collectAttribute, &report.attributes) < 0)
        return Status{Error::CorruptData, "libatasmart cannot parse the SMART attributes"};

    const void* blob = nullptr;
    std::size_t size = 0;
    if (sk_disk_get_blob(m_disk, &blob, &size) >= 0 && blob) {
        const auto* bytes = static_cast<const std::uint8_t*>(blob);
        report.blob.assign(bytes, bytes + size);
    }
    qCDebug(dmremapSmart) << "SMART of" << report.model.c_str() << "read," << report.attributes.size()
                          << "attributes";
    return report;
}

Status SmartDisk::selfTest(SmartSelfTest test)
{
    if (m_blob)
        return Status{Error::NotSupported, "self-tests need a drive, not saved SMART data"};
    if (auto available = checkAvailable(); !available)
        return available;
    SkSmartSelfTest kind = SK_SMART_SELF_TEST_SHORT;
    switch (test) {
    case SmartSelfTest::Short:
        kind = SK_SMART_SELF_TEST_SHORT;
        break;
    case SmartSelfTest::Extended:
        kind = SK_SMART_SELF_TEST_EXTENDED;
        break;
    case SmartSelfTest::Conveyance:
        kind = SK_SMART_SELF_TEST_CONVEYANCE;
        break;
    case SmartSelfTest::Abort:
        kind = SK_SMART_SELF_TEST_ABORT;
        break;
    }
    if (sk_disk_smart_self_test(m_disk, kind) < 0) {
        const int err = errno;
        if (err == ENOTSUP)
            return Status{Error::NotSupported, "the drive does not offer this self-test"};
        return Status::fromErrno(err, "start self-test");
    }
    return {};
}

} // namespace dmremap
