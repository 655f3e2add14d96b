// The application in German (LANG=de_DE.UTF-8, LC_ALL=de_DE.UTF-8 from
// CTest): the window with its drive list, a drive page with real SMART data,
// the rescue wizard and the remap dashboard, offscreen and without a helper.
// Every text a user can see or hear (labels, buttons, tabs, menus, titles,
// tool tips, accessible names, model headers and cells) is collected; known
// German strings must be among them and no English source text of the
// catalogue may be left.
#include "drivelistmodel.h"
#include "../lib/twodisks.h"
#include "drivepage.h"
#include "drivespage.h"
#include "mainwindow.h"
#include "remapdashboard.h"
#include "remapdeviceclient.h"
#include "rescuewizard.h"
#include "savereport.h"
#include "translator.h"
#include "trayevent.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAction>
#include <QDBusConnection>
#include <QFile>
#include <QGroupBox>
#include <QLabel>
#include <QLocale>
#include <QMenuBar>
#include <QSet>
#include <QTabWidget>
#include <QTest>
#include <QWizardPage>
#include <QXmlStreamReader>

using namespace dmremap::gui;
using dmremap::test::TwoDisks;

namespace {

void addModelTexts(const QAbstractItemModel* model, QSet<QString>& out)
{
    if (!model)
        return;
    for (int c = 0; c < model->columnCount(); ++c)
        out << model->headerData(c, Qt::Horizontal).toString();
    for (int r = 0; r < std::min(model->rowCount(), 200); ++r)
        for (int c = 0; c < model->columnCount(); ++c) {
            out << model->index(r, c).data().toString();
            out << model->index(r, c).data(Qt::ToolTipRole).toString();
        }
}

/// Every text of `root` and its children, as a set of strings.
QSet<QString> texts(QWidget* root)
{
    QSet<QString> out;
    QList<QWidget*> widgets = root->findChildren<QWidget*>();
    widgets << root;
    for (QWidget* w : std::as_const(widgets)) {
        out << w->windowTitle() << w->toolTip() << w->accessibleName() << w->accessibleDescription();
        if (auto* l = qobject_cast<QLabel*>(w))
            out << l->text();
        if (auto* b = qobject_cast<QAbstractButton*>(w))
            out << b->text();
        if (auto* g = qobject_cast<QGroupBox*>(w))
            out << g->title();
        if (auto* t = qobject_cast<QTabWidget*>(w))
            for (int i = 0; i < t->count(); ++i)
                out << t->tabText(i) << t->tabToolTip(i);
        if (auto* p = qobject_cast<QWizardPage*>(w))
            out << p->title() << p->subTitle();
        if (auto* v = qobject_cast<QAbstractItemView*>(w))
            addModelTexts(v->model(), out);
        for (QAction* a : w->actions())
            out << a->text() << a->toolTip();
    }
    out.remove(QString());
    return out;
}

/// English source text → German translation, for every message whose
/// translation differs from its source (read from the committed .ts file).
QHash<QString, QString> catalogue()
{
    QFile f(QStringLiteral(DMREMAP_TS_DIR "/dmremap_de.ts"));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QHash<QString, QString> out;
    QXmlStreamReader xml(&f);
    QString source;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (xml.name() == QLatin1String("source"))
            source = xml.readElementText();
        else if (xml.name() == QLatin1String("translation") || xml.name() == QLatin1String("numerusform")) {
            const QString t = xml.readElementText(QXmlStreamReader::IncludeChildElements);
            if (!t.isEmpty() && t != source)
                out.insert(source, t);
        }
    }
    return out;
}

} // namespace

class TestI18nApp : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QCOMPARE(QLocale().language(), QLocale::German);
        const QString dir = dmremap::i18n::installTranslators();
        QVERIFY2(!dir.isEmpty(), "no dmremap_de.qm found");
        m_catalogue = catalogue();
        QVERIFY(m_catalogue.size() > 400);
    }

    void everyPageIsGerman()
    {
        MainWindow window;
        dmremap::report::SaveReport::install(window);
        window.resize(1100, 800);
        window.connectHelper(dmremap::test::noBus(), std::make_unique<TwoDisks>());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.openSmartBlob(QStringLiteral(DMREMAP_TESTDATA_DIR "/smart/ST9100821AS--3.CME"), true));

        QSet<QString> all = texts(&window);
        for (QAction* a : window.menuBar()->actions()) {
            all << a->text();
            if (a->menu())
                for (QAction* m : a->menu()->actions())
                    all << m->text();
        }
        window.showWizard(QStringLiteral("sdb"));
        QVERIFY(window.wizard());
        all += texts(window.wizard());
        all += texts(window.dashboard());

        const QStringList expected = {
            QStringLiteral("&Laufwerke"),                   // menu action / navigation
            QStringLiteral("&Datei"),                       // menu
            QStringLiteral("SMART-&Attribute"),             // drive page tab
            QStringLiteral("Prüf&verlauf"),                 // drive page tab
            QStringLiteral("Laufwerk &retten …"),           // drive list button
            QStringLiteral("Oberfläche &prüfen"),           // scan controls
            QStringLiteral("&Bericht speichern …"),         // drive page and File menu (SaveReport)
            QStringLiteral("Betriebsstunden"),              // SMART attribute name (model cell)
            QStringLiteral("Schwelle"),                     // SMART table header
            QStringLiteral("Welches Laufwerk fällt aus?"),  // wizard, first page
            QStringLiteral("Welches Gerät wird zum Reservegerät?"), // wizard, spare page
            QStringLiteral("Den Plan prüfen"),              // wizard, review page
            QStringLiteral("&Ausstehende Blöcke"),          // dashboard tab
            QStringLiteral("Belegte Reserveplätze"),        // dashboard gauge (accessible name)
        };
        QStringList missing;
        for (const QString& s : expected)
            if (!all.contains(s))
                missing << s;
        QVERIFY2(missing.isEmpty(), qPrintable(QStringLiteral("German texts not shown: ") + missing.join(u" | ")));

        QStringList english;
        for (const QString& s : std::as_const(all))
            if (m_catalogue.contains(s))
                english << s;
        english.sort();
        QVERIFY2(english.isEmpty(), qPrintable(QStringLiteral("English texts left: ") + english.join(u" | ")));
    }

    void trayNotificationsAreGerman()
    {
        using dmremap::tray::TrayEvent;
        TrayEvent e;
        e.kind = TrayEvent::Kind::RemapsAdded;
        e.drive = QStringLiteral("sdb");
        e.device = QStringLiteral("remap-sdb");
        e.added = 1;
        e.total = 3;
        QCOMPARE(e.summary(), QStringLiteral("/dev/sdb: 1 Block umgeleitet"));
        QVERIFY2(e.body().contains(QStringLiteral("Insgesamt 3 Blöcke umgeleitet.")), qPrintable(e.body()));
        QCOMPARE(e.actionLabel(), QStringLiteral("Übersicht öffnen"));
        e.kind = TrayEvent::Kind::SmartFailing;
        e.device.clear();
        QCOMPARE(e.summary(), QStringLiteral("/dev/sdb fällt aus"));
        QCOMPARE(e.actionLabel(), QStringLiteral("Laufwerk anzeigen"));
    }

private:
    QHash<QString, QString> m_catalogue;
};

QTEST_MAIN(TestI18nApp)
#include "tst_i18n_app.moc"
