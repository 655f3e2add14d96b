#include "dbustypes.h"

#include <QDBusMetaType>

QDBusArgument& operator<<(QDBusArgument& arg, const DmrSmartAttribute& a)
{
    arg.beginStructure();
    arg << a.id << a.name << a.value << a.worst << a.threshold << a.raw << a.pretty << a.prettyUnit
        << a.prettyText << a.prefailure << a.online << a.goodNow << a.goodInThePast;
    arg.endStructure();
    return arg;
}

const QDBusArgument& operator>>(const QDBusArgument& arg, DmrSmartAttribute& a)
{
    arg.beginStructure();
    arg >> a.id >> a.name >> a.value >> a.worst >> a.threshold >> a.raw >> a.pretty >> a.prettyUnit >>
        a.prettyText >> a.prefailure >> a.online >> a.goodNow >> a.goodInThePast;
    arg.endStructure();
    return arg;
}

QDBusArgument& operator<<(QDBusArgument& arg, const DmrRemapEntry& e)
{
    arg.beginStructure();
    arg << e.mainUnit << e.slot << e.state;
    arg.endStructure();
    return arg;
}

const QDBusArgument& operator>>(const QDBusArgument& arg, DmrRemapEntry& e)
{
    arg.beginStructure();
    arg >> e.mainUnit >> e.slot >> e.state;
    arg.endStructure();
    return arg;
}

namespace dmremap::dbus {

void registerTypes()
{
    qDBusRegisterMetaType<DmrSmartAttribute>();
    qDBusRegisterMetaType<DmrSmartAttributeList>();
    qDBusRegisterMetaType<DmrRemapEntry>();
    qDBusRegisterMetaType<DmrRemapEntryList>();
}

} // namespace dmremap::dbus
