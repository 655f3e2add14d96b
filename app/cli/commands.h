#pragma once

#include <QCommandLineParser>
#include <QStringList>

#include <functional>
#include <vector>

namespace dmremapctl {

class Client;

/// One subcommand: its name, a one-line summary, its positional arguments
/// and options (added to the parser), and the code that runs it.
struct Command {
    const char* name;
    const char* summary;
    QStringList positional; ///< names, shown in --help
    std::function<void(QCommandLineParser&)> addOptions;
    /// Returns the exit code. The client is nullptr for offline commands
    /// when their offline option is given.
    std::function<int(QCommandLineParser&, const QStringList& args, Client* client)> run;
};

/// Whether the parsed command runs without the helper (smart --load, map --import).
bool isOffline(const QString& command, const QCommandLineParser& parser);

const std::vector<Command>& commands();

/// Offline subcommands (offline.cpp).
int smartLoad(const QString& file, bool json);
int mapImport(const QString& file, quint32 unitBytes, quint32 regionBytes, bool json);

/// `report` (report.cpp): a drive's health report as HTML or PDF; offline
/// with --load/--map. Needs a QGuiApplication (main.cpp makes one).
void addReportOptions(QCommandLineParser& parser);
int runReport(QCommandLineParser& parser, const QStringList& args, Client* client);

} // namespace dmremapctl
