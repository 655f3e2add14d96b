#pragma once

#include "error/error.h"

#include <QDBusError>
#include <QJsonValue>
#include <QString>
#include <QVariant>

namespace dmremapctl {

/// Exit codes of dmremapctl (documented in --help).
enum Exit {
    Ok = 0,
    Failed = 1, ///< any other error
    Usage = 2, ///< bad command line
    Unavailable = 3, ///< the helper could not be reached
    NotAuthorized = 4,
    InvalidArgs = 5,
    NotFound = 6,
    Busy = 7,
    NotSupported = 8, ///< NotSupported, NotAvailable
    Cancelled = 9,
    MediumError = 10, ///< MediumError, IoError, TimedOut
    CorruptData = 11, ///< CorruptData, UnsupportedVersion
};

int exitCodeOf(dmremap::Error error);
/// The exit code of one of our D-Bus error names (Failed for others).
int exitCodeOfName(const QString& name);
/// The exit code of a D-Bus error (ours by name, the bus's own as Unavailable).
int exitCodeOf(const QDBusError& error);

/// A D-Bus value (including QDBusArgument containers) as JSON.
QJsonValue toJson(const QVariant& value);
/// A D-Bus value in one line of plain text.
QString toText(const QVariant& value);

void printJson(const QJsonValue& value);
/// Prints the error on stderr (or as JSON {"error":..., "message":...} on
/// stdout with --json) and returns its exit code.
int reportError(const QDBusError& error, bool json);
int reportError(const QString& name, const QString& message, int code, bool json);

} // namespace dmremapctl
