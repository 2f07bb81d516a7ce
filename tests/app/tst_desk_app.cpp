// SPDX-FileCopyrightText: 2026 TrancheDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "DeskApp.h"
#include "FakeExchangeServer.h"
#include "common/MessageBox.h"
#include "config/ConfigLoader.h"
#include "hunter/LiquidationHunter.h"
#include "liquidations/LiquidationTableModel.h"
#include "live/LiveSession.h"
#include "mainwindow/DeskToolBar.h"
#include "mainwindow/MainWindow.h"
#include "paper/PaperMatchingEngine.h"
#include "session/DeskSession.h"
#include "settings/ApiKeyDialog.h"
#include "settings/PlainKeysDialog.h"
#include "store/LiquidationStore.h"
#include "tranche/TrancheManager.h"
#include "tranches/TrancheTableModel.h"

#include <QAction>
#include <QComboBox>
#include <QDialog>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTableView>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QToolButton>

using namespace Qt::Literals::StringLiterals;

namespace trd::app {

namespace {

const QString kSymbol = u"TESTUSDT"_s;
const QByteArray kKey = "desk-api-key";
const QByteArray kSecret = "desk-secret-never-logged";

core::Decimal d(const QString &s)
{
    return core::Decimal::fromString(s);
}

// A data folder of its own, and the fake exchange on 127.0.0.1 standing in for Aster.
struct AppRig
{
    QTemporaryDir dir;
    core::SystemClock clock;
    exchange::PaperMatchingEngine engine { &clock };
    exchange::FakeExchangeServer server;

    AppRig()
        : AppRig(exchange::FakeExchangeServer::Settings { kKey, kSecret, 60000 })
    { }
    explicit AppRig(const exchange::FakeExchangeServer::Settings &settings)
        : server(&engine, &clock, settings)
    {
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, dir.path());
        core::SymbolFilters f;
        f.symbol = kSymbol;
        server.declareSymbol(f);
    }

    AppOptions options() const
    {
        AppOptions o;
        o.dataDir = dir.path();
        o.seed = 7;
        o.demoIntervalMs = 1000;
        o.restUrl = server.restBase();
        o.streamUrl = server.streamBase();
        return o;
    }

    static std::unique_ptr<ui::SecretStore> keys(bool withKeys)
    {
        auto secrets = std::make_unique<ui::MemorySecretStore>();
        if (withKeys) {
            secrets->write(ui::SecretStore::apiKeyName(), QString::fromLatin1(kKey));
            secrets->write(ui::SecretStore::apiSecretName(), QString::fromLatin1(kSecret));
        }
        return secrets;
    }

    bool writeConfig(bool isLive) const
    {
        core::AppConfig config;
        core::SymbolConfig s;
        s.enableTrancheManagement = true;
        s.leverage = 10;
        config.symbols.insert(kSymbol, s);
        config.global.paperMode = !isLive;
        return bool(core::ConfigLoader::saveFile(config, options().configPath()));
    }

    bool configSaysPaper() const
    {
        auto loaded = core::ConfigLoader::loadFile(options().configPath());
        return loaded && loaded.value().global.paperMode;
    }
};

core::Decimal exchangePosition(const exchange::PaperMatchingEngine &engine)
{
    core::Decimal amount;
    for (const core::PositionSnapshot &p : engine.positions()) {
        if (p.symbol == kSymbol) {
            amount += p.amount;
        }
    }
    return amount;
}

// TRD_SCREENSHOT_DIR=<dir>: save what the window shows, to look at it (no assertion depends on it).
void grabIfAsked(const DeskApp &app, const QString &name)
{
    const QString dir = qEnvironmentVariable("TRD_SCREENSHOT_DIR");
    if (!dir.isEmpty()) {
        QTest::qWait(1500); // the summary and the timeline refresh on their timers
        app.window()->grab().save(QDir(dir).filePath(name + u".png"_s));
    }
}

// An entry at the mark of 100 the rig set: sent over REST, filled on the user stream.
bool enterAndWait(DeskApp &app, const char *quantity)
{
    if (!QTest::qWaitFor([&] { return app.manager()->markPrice(kSymbol) == d(u"100"_s); }, 15000)) {
        return false;
    }
    core::EntryRequest entry;
    entry.symbol = kSymbol;
    entry.quantity = d(QString::fromLatin1(quantity));
    app.manager()->enter(entry);
    return QTest::qWaitFor([&] { return app.manager()->openTranches().size() == 1; }, 15000);
}

QString badge(const DeskApp &app)
{
    return app.window()->findChild<QLabel *>(u"modeBadge"_s)->text();
}

} // namespace

class TstDeskApp : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void firstLaunchIsPaperOnTheDemoMarket();
    void liveConfigWithoutKeysRunsPaperAndSaysSo();
    void keysInTheConfigFileAreOfferedToTheKeychain();
    void liveRunsOnItsOwnStoreAndSwitchesBothWays();
    void liveSignsWithAnApiWallet();
    void refusedKeysAreReportedNotHidden();
    void anUnreachableExchangeIsReportedAndRetried();
    void pausedPaperStaysPausedAfterARestart();
    void liveHearsTheAccountsAlerts();
    void liveUsesTheExchangeChosenInTheKeysDialog();
};

void TstDeskApp::initTestCase()
{
    QCoreApplication::setOrganizationName(u"TrancheDeskTests"_s);
    QCoreApplication::setApplicationName(u"TrancheDeskTests"_s);
}

void TstDeskApp::pausedPaperStaysPausedAfterARestart()
{
    AppRig rig;
    {
        DeskApp app(rig.options(), AppRig::keys(false));
        QVERIFY(app.start());
        QVERIFY(!app.window()->session()->isEntriesPaused());
        app.window()->findChild<QAction *>(u"pauseAction"_s)->trigger();
        QVERIFY(app.window()->session()->hunter()->isPaused());
    }
    {
        // A restart never resumes entries by itself: paused, shown, and the hunter told.
        DeskApp app(rig.options(), AppRig::keys(false));
        QVERIFY(app.start());
        QVERIFY(app.window()->session()->isEntriesPaused());
        QVERIFY(app.window()->session()->hunter()->isPaused());
        QVERIFY(!app.window()->findChild<QWidget *>(u"pausedBanner"_s)->isHidden());
        QCOMPARE(app.window()->findChild<QAction *>(u"pauseAction"_s)->text(), u"Resume entries"_s);
        app.window()->findChild<QAction *>(u"pauseAction"_s)->trigger();
        QVERIFY(!app.window()->session()->hunter()->isPaused());
    }
    // Resumed when quitting: resumed at the next start (PAPER restores the last state).
    DeskApp app(rig.options(), AppRig::keys(false));
    QVERIFY(app.start());
    QVERIFY(!app.window()->session()->isEntriesPaused());
}

void TstDeskApp::firstLaunchIsPaperOnTheDemoMarket()
{
    AppRig rig;
    DeskApp app(rig.options(), AppRig::keys(false));
    QVERIFY(app.start());
    QVERIFY(!app.isLive());
    QVERIFY(badge(app).startsWith(u"PAPER"_s));
    QVERIFY(QFileInfo::exists(rig.options().configPath()));
    QVERIFY(rig.configSaysPaper());
    QVERIFY(QFileInfo::exists(rig.options().storePath()));
    QVERIFY(!QFileInfo::exists(rig.options().liveStorePath()));
    QVERIFY(app.window()->statusBar()->currentMessage().contains(u"First launch"_s));
    // Symbols are checked against the demo market's list: BNB has no prices there.
    auto *session = app.window()->session();
    QVERIFY(!session->symbolRefusal(u"BTCUSDT"_s));
    const auto bnb = session->symbolRefusal(u"BNBUSDT"_s);
    QVERIFY(bnb);
    QVERIFY2(bnb->contains(u"demo market"_s) && bnb->contains(u"BTCUSDT"_s), qPrintable(*bnb));
    QVERIFY(session->symbolRefusal(u"FOO"_s));

    // Issue 10: the paper exchange is written with the step that changed it, not on a 30 s timer,
    // so a crash cannot leave stored tranches ahead of the stored paper positions.
    const auto before = session->store()->document(u"paper-exchange"_s);
    QVERIFY(before.hasValue());
    core::EntryRequest entry;
    entry.symbol = u"BTCUSDT"_s;
    entry.side = core::Side::Long;
    entry.quantity = d(u"0.01"_s);
    QTRY_VERIFY_WITH_TIMEOUT(app.manager()->markPrice(u"BTCUSDT"_s).has_value(), 15000);
    QVERIFY(app.manager()->enter(entry).isAccepted);
    QTRY_VERIFY_WITH_TIMEOUT(!app.manager()->openTranches().empty(), 15000);
    const auto after = session->store()->document(u"paper-exchange"_s);
    QVERIFY(after.hasValue() && after.value().has_value());
    QVERIFY(after.value() != before.value());
    QVERIFY(after.value()->contains("\"positions\""));
}

void TstDeskApp::liveConfigWithoutKeysRunsPaperAndSaysSo()
{
    AppRig rig;
    QVERIFY(rig.writeConfig(true));
    DeskApp app(rig.options(), AppRig::keys(false));
    QVERIFY(app.start());
    QVERIFY(!app.isLive());
    QVERIFY(badge(app).startsWith(u"PAPER"_s));
    QVERIFY2(app.window()->statusBar()->currentMessage().contains(u"no API key"_s),
        qPrintable(app.window()->statusBar()->currentMessage()));
    // The file still asks for LIVE: it is the trader's, and keys may be entered later.
    QVERIFY(!rig.configSaysPaper());
    QVERIFY(!QFileInfo::exists(rig.options().liveStorePath()));
}

void TstDeskApp::keysInTheConfigFileAreOfferedToTheKeychain()
{
    // A config.json written by hand or copied from the original bot, keys and all.
    AppRig rig;
    QVERIFY(rig.writeConfig(false));
    const QString path = rig.options().configPath();
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QByteArray text = file.readAll();
    file.close();
    text.replace(R"("apiKey": "")", R"("apiKey": "AK-IN-THE-FILE")");
    text.replace(R"("secretKey": "")", R"("secretKey": "SK-IN-THE-FILE")");
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(text);
    file.close();
    QVERIFY(text.contains("AK-IN-THE-FILE"));

    auto keys = AppRig::keys(false);
    ui::SecretStore *secrets = keys.get();
    DeskApp app(rig.options(), std::move(keys));
    QVERIFY(app.start());
    auto *offer = app.window()->findChild<ui::PlainKeysDialog *>(u"plainKeysDialog"_s);
    QVERIFY(offer);
    QTRY_VERIFY(offer->isVisible());
    QVERIFY(!secrets->hasHmacKeys()); // nothing is taken before the trader agrees
    QTest::mouseClick(offer->findChild<QPushButton *>(u"moveToKeychainButton"_s), Qt::LeftButton);
    QCOMPARE(secrets->read(ui::SecretStore::apiKeyName()), u"AK-IN-THE-FILE"_s);
    QCOMPARE(secrets->read(ui::SecretStore::apiSecretName()), u"SK-IN-THE-FILE"_s);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray after = file.readAll();
    QVERIFY(!after.contains("IN-THE-FILE"));
    QVERIFY(after.contains(kSymbol.toLatin1()));
    QVERIFY(rig.configSaysPaper());
}

void TstDeskApp::liveRunsOnItsOwnStoreAndSwitchesBothWays()
{
    AppRig rig;
    QVERIFY(rig.server.listen());
    rig.server.setMarkPrice(kSymbol, d(u"100"_s));
    QVERIFY(rig.writeConfig(true));
    DeskApp app(rig.options(), AppRig::keys(true));
    QSignalSpy ready(&app, &DeskApp::liveReady);
    QVERIFY(app.start());
    QVERIFY(app.isLive());
    QVERIFY(ready.wait(15000));
    QCOMPARE(badge(app), u"LIVE · 127.0.0.1"_s);
    // New entries wait for the trader; the engine is running and reconciled.
    QVERIFY(app.window()->session()->isEntriesPaused());
    QVERIFY(app.window()->toolBar()->paperAction()->isVisible());
    QVERIFY(!app.window()->toolBar()->liveAction()->isVisible());
    QVERIFY(QFileInfo::exists(rig.options().liveStorePath()));
    // The REST budget as the exchange reports it, shown in LIVE only.
    QTRY_VERIFY(app.window()->session()->rateLimitText().startsWith(u"weight "_s));
    QVERIFY(app.window()->findChild<QLabel *>(u"rateLimitState"_s)->text().contains(u"API weight"_s));

    // The liquidation feed: every symbol's, shown in its dock and kept in the live store.
    core::Liquidation elsewhere;
    elsewhere.symbol = u"OTHERUSDT"_s;
    elsewhere.side = core::OrderSide::Sell;
    elsewhere.price = elsewhere.averagePrice = d(u"2.5"_s);
    elsewhere.quantity = d(u"4000"_s);
    elsewhere.time = rig.clock.nowMs();
    rig.server.publishLiquidation(elsewhere);
    QTRY_VERIFY_WITH_TIMEOUT(app.window()->liquidationModel()->rowCount() == 1, 15000);
    QCOMPARE(app.window()->liquidationModel()->liquidation(0).symbol, u"OTHERUSDT"_s);
    QCOMPARE(app.window()->session()->liquidationStore()->liquidations(0, elsewhere.time + 1)->size(), 1);

    // An entry goes to the fake exchange over REST; its fill comes back on the user stream.
    QVERIFY(enterAndWait(app, "1"));
    const QString liveId = app.manager()->openTranches().front().id;
    QTRY_VERIFY_WITH_TIMEOUT(app.window()->trancheModel()->rowOf(liveId) >= 0, 15000);
    grabIfAsked(app, u"live-connected"_s);
    QCOMPARE(exchangePosition(rig.engine), d(u"1"_s));

    // To PAPER: the live tranche stays on the exchange and in the live store only.
    QSignalSpy switched(&app, &DeskApp::modeSwitched);
    QVERIFY(app.window()->session()->requestPaperMode());
    QVERIFY(switched.wait(15000));
    QCOMPARE(switched.last().at(0).toBool(), false);
    QVERIFY(!app.isLive());
    QVERIFY(badge(app).startsWith(u"PAPER"_s));
    QVERIFY(rig.configSaysPaper());
    QVERIFY(app.window()->session()->rateLimitText().isEmpty());
    for (const core::Tranche &t : app.manager()->openTranches()) {
        QVERIFY(t.id != liveId || t.symbol != kSymbol);
    }
    QCOMPARE(app.window()->trancheModel()->rowOf(liveId), -1);
    QCOMPARE(exchangePosition(rig.engine), d(u"1"_s));

    // Back to LIVE through the toolbar, with its confirmation: the tranche is managed again.
    ui::MessageBox::setNextAnswer(QMessageBox::Yes);
    app.window()->toolBar()->liveAction()->trigger();
    QVERIFY(switched.wait(15000));
    QCOMPARE(switched.last().at(0).toBool(), true);
    QVERIFY(ready.wait(15000));
    QVERIFY(!rig.configSaysPaper());
    QCOMPARE(app.manager()->openTranches().size(), 1);
    QCOMPARE(app.manager()->openTranches().front().id, liveId);
    QCOMPARE(app.manager()->openTranches().front().quantity, d(u"1"_s));
}

// Issue 11: a position mode switched by another client pauses entries, is undone and said; a
// margin call reaches the window as an urgent box and an event.
void TstDeskApp::liveHearsTheAccountsAlerts()
{
    AppRig rig;
    QVERIFY(rig.server.listen());
    rig.server.setMarkPrice(kSymbol, d(u"100"_s));
    QVERIFY(rig.writeConfig(true));
    DeskApp app(rig.options(), AppRig::keys(true));
    QSignalSpy ready(&app, &DeskApp::liveReady);
    QVERIFY(app.start());
    QVERIFY(ready.wait(15000));
    app.window()->session()->setEntriesPaused(false);
    QSignalSpy events(app.manager(), &core::TrancheManager::eventRecorded);
    const auto alerts = [&events] {
        QStringList texts;
        for (const auto &args : std::as_const(events)) {
            const auto e = args.at(0).value<core::TrancheEvent>();
            if (e.type == core::EventType::AccountAlert) {
                texts << e.reason;
            }
        }
        return texts;
    };

    // Switched to hedge mode in the exchange's web page, say.
    rig.server.pushAccountSettings(true, false);
    QTRY_VERIFY_WITH_TIMEOUT(!alerts().isEmpty(), 15000);
    QVERIFY(app.window()->session()->isEntriesPaused());
    QVERIFY2(alerts().first().contains(u"HEDGE"_s), qPrintable(alerts().first()));
    QTRY_COMPARE_WITH_TIMEOUT(alerts().size(), 2, 15000); // back in the configured mode
    QVERIFY(app.window()->session()->isEntriesPaused());

    // A malformed frame on the user stream: refused, the engine carries on, the timeline says so.
    rig.server.sendMalformedFrame();
    QTRY_VERIFY_WITH_TIMEOUT(alerts().size() == 3, 15000);
    QVERIFY2(alerts().last().contains(u"refused"_s), qPrintable(alerts().last()));

    QVERIFY(enterAndWait(app, "1"));
    rig.server.pushMarginCall();
    QTRY_VERIFY_WITH_TIMEOUT(app.window()->findChild<QMessageBox *>(u"marginCallBox"_s), 15000);
    QVERIFY(alerts().last().contains(kSymbol));
    QCOMPARE(app.window()->findChild<QMessageBox *>(u"marginCallBox"_s)->icon(), QMessageBox::Critical);

    // An announcement from the exchange: counted on the status bar, read in its dialog.
    rig.server.pushAnnouncement(u"Scheduled maintenance"_s, u"DIRECT"_s, u"Futures pause at 02:00 UTC."_s);
    auto *unread = app.window()->findChild<QToolButton *>(u"announcementsBadge"_s);
    QVERIFY(unread);
    QTRY_VERIFY_WITH_TIMEOUT(unread->isVisibleTo(app.window()), 15000);
    app.window()->findChild<QAction *>(u"announcementsAction"_s)->trigger();
    auto *dialog = app.window()->findChild<QDialog *>(u"AnnouncementsDialog"_s);
    QVERIFY(dialog);
    const QAbstractItemModel *listed = dialog->findChild<QTableView *>(u"announcementTable"_s)->model();
    QCOMPARE(listed->rowCount(), 1);
    QCOMPARE(listed->index(0, 2).data().toString(), u"Scheduled maintenance"_s);
    QVERIFY(dialog->findChild<QTextBrowser *>(u"announcementText"_s)->toPlainText().contains(u"02:00 UTC"_s));
    QVERIFY(!unread->isVisibleTo(app.window()));
}

void TstDeskApp::liveSignsWithAnApiWallet()
{
    const QByteArray signerKey = "0x4c0883a69102937d6231471b5dbb6204fe5129617082792ae468d01a3f362318";
    const QString user = u"0x3333333333333333333333333333333333333333"_s;
    exchange::FakeExchangeServer::Settings settings { "unused-hmac-key", "unused-hmac-secret", 60000 };
    settings.v3User = user;
    settings.v3Signer = u"0x2c7536E3605D9C16a7a3D7b1898e529396a65c23"_s;
    AppRig rig(settings);
    QVERIFY(rig.server.listen());
    rig.server.setMarkPrice(kSymbol, d(u"100"_s));
    QVERIFY(rig.writeConfig(true));
    auto secrets = std::make_unique<ui::MemorySecretStore>();
    secrets->write(ui::SecretStore::v3UserName(), user);
    secrets->write(ui::SecretStore::v3SignerKeyName(), QString::fromLatin1(signerKey));
    DeskApp app(rig.options(), std::move(secrets));
    QSignalSpy ready(&app, &DeskApp::liveReady);
    QVERIFY(app.start());
    QVERIFY(ready.wait(15000));
    QVERIFY(enterAndWait(app, "2"));
    QCOMPARE(exchangePosition(rig.engine), d(u"2"_s));
}

void TstDeskApp::refusedKeysAreReportedNotHidden()
{
    AppRig rig;
    QVERIFY(rig.server.listen());
    QVERIFY(rig.writeConfig(true));
    AppOptions options = rig.options();
    // The fake answers every request with a refused key: -2015, the key is wrong or not allowed.
    DeskApp app(options, [] {
        auto secrets = std::make_unique<ui::MemorySecretStore>();
        secrets->write(ui::SecretStore::apiKeyName(), u"not-the-key"_s);
        secrets->write(ui::SecretStore::apiSecretName(), u"not-the-secret"_s);
        return secrets;
    }());
    QVERIFY(app.start());
    QVERIFY(app.isLive());
    QTRY_VERIFY_WITH_TIMEOUT(app.window()->statusBar()->currentMessage().startsWith(u"LIVE is not connected"_s), 15000);
    const QString message = app.window()->statusBar()->currentMessage();
    QVERIFY2(!message.contains(u"not-the-secret"_s), qPrintable(message));
    QCOMPARE(badge(app), u"LIVE · 127.0.0.1"_s);
    QVERIFY(app.manager()->openTranches().isEmpty());
}

void TstDeskApp::anUnreachableExchangeIsReportedAndRetried()
{
    AppRig rig;
    QVERIFY(rig.writeConfig(true));
    AppOptions options = rig.options();
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost));
    const quint16 port = probe.serverPort();
    probe.close();
    // Nothing listens there any more: connection refused, on 127.0.0.1 only.
    options.restUrl = QUrl(u"http://127.0.0.1:%1"_s.arg(port));
    options.streamUrl = QUrl(u"ws://127.0.0.1:%1"_s.arg(port));
    DeskApp app(options, AppRig::keys(true));
    QSignalSpy ready(&app, &DeskApp::liveReady);
    QVERIFY(app.start());
    QTRY_VERIFY_WITH_TIMEOUT(app.window()->statusBar()->currentMessage().startsWith(u"LIVE is not connected"_s), 15000);
    QVERIFY2(app.window()->statusBar()->currentMessage().contains(u"time"_s),
        qPrintable(app.window()->statusBar()->currentMessage()));
    QVERIFY(app.window()->statusBar()->currentMessage().contains(u"trying again"_s));
    QVERIFY(!app.window()->session()->isStreamUp(ui::DeskSession::Stream::UserData));
    grabIfAsked(app, u"live-unreachable"_s);
    // The exchange comes back: the next try connects without the trader doing anything.
    rig.server.setMarkPrice(kSymbol, d(u"100"_s));
    QVERIFY(rig.server.listen(port));
    QVERIFY(ready.wait(20000));
    QVERIFY(app.window()->session()->isStreamUp(ui::DeskSession::Stream::UserData));
}

// Issue 11: the exchange LIVE trades on is chosen in the keys dialog (Aster's mainnet, its testnet or
// a custom URL), remembered without any key and applied when LIVE starts.
void TstDeskApp::liveUsesTheExchangeChosenInTheKeysDialog()
{
    AppRig rig;
    QVERIFY(rig.server.listen());
    rig.server.setMarkPrice(kSymbol, d(u"100"_s));
    QVERIFY(rig.writeConfig(false));
    // Nothing named on the command line: the built-in endpoints lead nowhere here, only the
    // dialog's choice reaches the fake exchange.
    AppOptions options = rig.options();
    options.restUrl = QUrl(u"http://127.0.0.1:9"_s);
    options.streamUrl = QUrl(u"ws://127.0.0.1:9"_s);
    DeskApp app(options, AppRig::keys(true));
    QVERIFY(app.start());
    QVERIFY(!app.isLive());

    // No parent: switching to LIVE rebuilds the window, which would delete its children.
    ui::ApiKeyDialog dialog(app.window()->session()->secrets());
    auto *profile = dialog.findChild<QComboBox *>(u"exchangeProfileCombo"_s);
    QVERIFY(profile);
    QCOMPARE(profile->currentText(), u"Aster mainnet"_s);
    profile->setCurrentIndex(1);
    QVERIFY(dialog.findChild<QLabel *>(u"exchangeProfileSummary"_s)->text().contains(u"asterdex-testnet"_s));
    profile->setCurrentIndex(2);
    auto *rest = dialog.findChild<QLineEdit *>(u"customRestUrlEdit"_s);
    QTest::keyClicks(rest, u"ftp://nowhere"_s);
    QTest::keyClicks(dialog.findChild<QLineEdit *>(u"customStreamUrlEdit"_s), rig.server.streamBase().toString());
    QTest::keyClicks(dialog.findChild<QLineEdit *>(u"customChainIdEdit"_s), u"1666"_s);
    dialog.accept(); // the stored keys stay: their fields are left empty
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
    QVERIFY(dialog.findChild<QLabel *>(u"apiKeyStatus"_s)->text().contains(u"REST URL"_s));
    rest->clear();
    QTest::keyClicks(rest, rig.server.restBase().toString());
    dialog.accept();
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    {
        QSettings settings;
        QCOMPARE(settings.value(u"live/exchange"_s).toString(), u"custom"_s);
        QCOMPARE(settings.value(u"live/exchangeRestUrl"_s).toString(), rig.server.restBase().toString());
        settings.sync();
        QFile file(settings.fileName());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(!file.readAll().contains(kSecret));
    }

    QSignalSpy ready(&app, &DeskApp::liveReady);
    QVERIFY(app.window()->session()->requestLiveMode());
    QVERIFY(ready.wait(15000));
    QVERIFY(app.isLive());
    QCOMPARE(app.window()->session()->marketName(), rig.server.restBase().host());
    QCOMPARE(badge(app), u"LIVE · 127.0.0.1"_s);
    QVERIFY2(app.window()->windowTitle().contains(u"127.0.0.1"_s), qPrintable(app.window()->windowTitle()));
}

} // namespace trd::app

QTEST_MAIN(trd::app::TstDeskApp)
#include "tst_desk_app.moc"
