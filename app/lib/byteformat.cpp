#include "byteformat.h"

#include <QLocale>

namespace dmremap::gui {

namespace {

QString scaled(std::uint64_t bytes, double base, const QStringList& units)
{
    double v = static_cast<double>(bytes);
    int i = 0;
    while (v >= base && i + 1 < units.size()) {
        v /= base;
        ++i;
    }
    const QLocale locale;
    if (i == 0)
        return units[0].arg(locale.toString(static_cast<qulonglong>(bytes)));
    const int decimals = v >= 100 ? 0 : (v >= 10 ? 1 : 2);
    // Whole numbers print without decimals ("4 KiB", not "4.00 KiB").
    const bool whole = v == static_cast<double>(static_cast<std::uint64_t>(v));
    return units[i].arg(locale.toString(v, 'f', whole ? 0 : decimals));
}

} // namespace

QString ByteFormat::size(std::uint64_t bytes)
{
    return scaled(bytes, 1024.0,
                  {bytes == 1 ? tr("%1 byte") : tr("%1 bytes"), tr("%1 KiB"), tr("%1 MiB"), tr("%1 GiB"),
                   tr("%1 TiB"), tr("%1 PiB")});
}

QString ByteFormat::decimalSize(std::uint64_t bytes)
{
    return scaled(bytes, 1000.0,
                  {bytes == 1 ? tr("%1 byte") : tr("%1 bytes"), tr("%1 kB"), tr("%1 MB"), tr("%1 GB"), tr("%1 TB"),
                   tr("%1 PB")});
}

QString ByteFormat::number(std::uint64_t value)
{
    return QLocale().toString(static_cast<qulonglong>(value));
}

QString ByteFormat::latency(std::chrono::microseconds latency)
{
    const QLocale locale;
    const auto us = latency.count();
    if (us < 1000)
        return tr("%1 µs").arg(locale.toString(static_cast<qlonglong>(us)));
    if (us < 1000000) {
        const double ms = us / 1000.0;
        const bool whole = us % 1000 == 0;
        return tr("%1 ms").arg(locale.toString(ms, 'f', whole ? 0 : (ms < 10 ? 1 : 0)));
    }
    return tr("%1 s").arg(locale.toString(us / 1e6, 'f', 2));
}

} // namespace dmremap::gui
