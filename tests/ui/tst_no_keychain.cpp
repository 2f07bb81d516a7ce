// SPDX-FileCopyrightText: 2026 TrancheDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "NoKeychainSecretStore.h"
#include "UiTestRig.h"
#include "common/MessageBox.h"
#include "mainwindow/MainWindow.h"
#include "settings/ApiKeyDialog.h"
#include "settings/PlainKeysDialog.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

namespace trd::ui {

// Issue 10: on a machine with no keychain service LIVE cannot get its keys, and every place that
// asks for them says what is missing and how to get it — never a silent failure, never a file.
class TstNoKeychain : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void theExplanationSaysWhatIsMissingAndHowToStartIt();
    void aWorkingKeychainNeedsNoExplanation();
    void theKeyDialogSaysItBeforeAnythingIsTyped();
    void switchingToLiveIsRefusedWithTheReason();
    void keysInAFileStayThereWhenTheKeychainIsMissing();
};

namespace {

void verifyExplains(const QString &text)
{
    QVERIFY2(text.contains(u"No keychain service available"_s), qPrintable(text));
    QVERIFY2(text.contains(u"gnome-keyring"_s), qPrintable(text));
    QVERIFY2(text.contains(u"Secret Service"_s), qPrintable(text));
    QVERIFY2(text.contains(u"never in a plain file"_s), qPrintable(text));
}

} // namespace

void TstNoKeychain::theExplanationSaysWhatIsMissingAndHowToStartIt()
{
    test::NoKeychainSecretStore none;
    verifyExplains(none.unavailableExplanation());
    verifyExplains(none.liveKeysProblem());
}

void TstNoKeychain::aWorkingKeychainNeedsNoExplanation()
{
    MemorySecretStore memory;
    QVERIFY(memory.unavailableExplanation().isEmpty());
    QVERIFY(memory.liveKeysProblem().contains(u"Settings → API keys"_s));
    memory.write(SecretStore::apiKeyName(), u"k"_s);
    memory.write(SecretStore::apiSecretName(), u"s"_s);
    QVERIFY(memory.liveKeysProblem().isEmpty());
}

void TstNoKeychain::theKeyDialogSaysItBeforeAnythingIsTyped()
{
    test::NoKeychainSecretStore none;
    ApiKeyDialog dialog(&none);
    auto *status = dialog.findChild<QLabel *>(u"apiKeyStatus"_s);
    QVERIFY(status);
    verifyExplains(status->text());
    // Saving anyway: the same reason, and the dialog stays open with nothing stored anywhere.
    dialog.setKind(ApiKeyDialog::Kind::Hmac);
    dialog.findChild<QLineEdit *>(u"apiKeyEdit"_s)->setText(u"key"_s);
    dialog.findChild<QLineEdit *>(u"apiSecretEdit"_s)->setText(u"secret"_s);
    status->clear();
    auto *buttons = dialog.findChild<QDialogButtonBox *>(u"apiKeyButtons"_s);
    QTest::mouseClick(buttons->button(QDialogButtonBox::Save), Qt::LeftButton);
    verifyExplains(status->text());
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
}

void TstNoKeychain::switchingToLiveIsRefusedWithTheReason()
{
    test::UiTestRig rig;
    test::NoKeychainSecretStore none;
    DeskSession session(rig.manager.get(), rig.store.get(), &none, rig.dir.filePath(u"config.json"_s));
    session.setInitialConfig(test::UiTestRig::sampleConfig());
    QList<bool> requested;
    session.setModeSwitcher([&requested](bool isLive) -> core::Result<void> {
        requested << isLive;
        return {};
    });
    const auto refused = session.requestLiveMode();
    QVERIFY(!refused);
    verifyExplains(refused.error().message);

    // The toolbar's LIVE button: the reason, instead of a key dialog that could store nothing.
    MainWindow w(&session);
    auto *live = w.findChild<QAction *>(u"liveAction"_s);
    QVERIFY(live);
    MessageBox::setNextAnswer(QMessageBox::Ok);
    live->trigger();
    verifyExplains(MessageBox::lastText());
    QVERIFY(w.findChildren<ApiKeyDialog *>().isEmpty());
    QVERIFY(requested.isEmpty());
    QVERIFY(session.isPaperMode());
}

void TstNoKeychain::keysInAFileStayThereWhenTheKeychainIsMissing()
{
    test::UiTestRig rig;
    test::NoKeychainSecretStore none;
    const QString path = rig.dir.filePath(u"config.json"_s);
    const QByteArray text = R"({"api":{"apiKey":"AK-1","secretKey":"SK-2"}})";
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(text);
    file.close();
    const auto found = core::ConfigSecrets::findInFile(path);
    QVERIFY(found);
    PlainKeysDialog offer(&none, path, found.value());
    QTest::mouseClick(offer.findChild<QPushButton *>(u"moveToKeychainButton"_s), Qt::LeftButton);
    verifyExplains(offer.statusText());
    QVERIFY(offer.statusText().contains(u"left as it was"_s));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), text); // a key is never lost: without a keychain the file keeps it
}

} // namespace trd::ui

QTEST_MAIN(trd::ui::TstNoKeychain)

#include "tst_no_keychain.moc"
