// SPDX-FileCopyrightText: 2026 TrancheDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "UiTestRig.h"
#include "common/FileDialog.h"
#include "config/ConfigLoader.h"
#include "settings/ApiKeyDialog.h"
#include "settings/ConfigForm.h"
#include "settings/PlainKeysDialog.h"
#include "settings/SettingsDialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

namespace trd::ui {

class TstSettingsDialog : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void everyKeyHasAWidgetWithTheTableRange();
    void outOfRangeValueShowsAnInlineErrorAndSavesNothing();
    void crossFieldRuleIsShownUnderTheField();
    void presetsApplyTheGuidesValues_data();
    void presetsApplyTheGuidesValues();
    void addAndRemoveSymbols();
    void symbolsTheExchangeDoesNotListAreRefused();
    void labelsShowTheirAmpersand();
    void typingPastTheRangeSaysTheRange();
    void choicesSayWhatTheyMean();
    void importTheOriginalBotConfigMovesKeysToTheKeychain();
    void keysLeftInTheFileAreNeitherStoredNorChanged();
    void configurationWarningsShowAsTheUserEdits();
    void apiWalletKeysAreCheckedAndReplaceHmacKeys();
};

namespace {

QPushButton *button(QDialog &dialog, const QString &name)
{
    auto *b = dialog.findChild<QPushButton *>(name);
    if (!b) {
        qFatal("no button %s", qPrintable(name));
    }
    return b;
}

void clickSave(SettingsDialog &dialog)
{
    auto *box = dialog.findChild<QDialogButtonBox *>(u"settingsButtons"_s);
    QTest::mouseClick(box->button(QDialogButtonBox::Save), Qt::LeftButton);
}

} // namespace

void TstSettingsDialog::everyKeyHasAWidgetWithTheTableRange()
{
    test::UiTestRig rig;
    SettingsDialog dialog(rig.session.get());
    ConfigForm *form = dialog.symbolForm(u"BTCUSDT"_s);
    QVERIFY(form);
    int count = 0;
    core::SymbolConfig symbol;
    core::forEachSymbolField(symbol, [&](QStringView key, auto &) {
        ++count;
        QWidget *editor = form->findChild<QWidget *>(u"field_"_s + key.toString());
        QVERIFY2(editor, qPrintable(key.toString()));
        QVERIFY2(!editor->toolTip().isEmpty(), qPrintable(key.toString()));
    });
    QCOMPARE(count, 34);
    auto *maxTranches = form->findChild<QSpinBox *>(u"field_maxTranches"_s);
    QCOMPARE(maxTranches->minimum(), 1);
    // The upper end is checked, not clamped (typing 50 must not become 5): the tooltip says it.
    QVERIFY(maxTranches->toolTip().contains(u"Maximum active tranches per symbol/side"_s));
    QVERIFY2(maxTranches->toolTip().contains(u"Allowed: from 1 to 10."_s), qPrintable(maxTranches->toolTip()));
    auto *leverage = form->findChild<QSpinBox *>(u"field_leverage"_s);
    QVERIFY(leverage->toolTip().contains(u"to 125"_s));
    core::GlobalConfig global;
    core::forEachGlobalField(global, [&](QStringView key, auto &) {
        QVERIFY2(dialog.globalForm()->findChild<QWidget *>(u"field_"_s + key.toString()), qPrintable(key.toString()));
    });
    // Paper mode is left only through the toolbar's LIVE switch.
    QVERIFY(!dialog.globalForm()->findChild<QCheckBox *>(u"field_paperMode"_s)->isEnabled());
}

void TstSettingsDialog::outOfRangeValueShowsAnInlineErrorAndSavesNothing()
{
    test::UiTestRig rig;
    const QString configPath = rig.session->configPath();
    SettingsDialog dialog(rig.session.get());
    dialog.show();
    dialog.selectSymbol(u"BTCUSDT"_s);
    ConfigForm *form = dialog.symbolForm(u"BTCUSDT"_s);
    auto *threshold = form->findChild<QLineEdit *>(u"field_trancheIsolationThreshold"_s);
    threshold->selectAll();
    QTest::keyClicks(threshold, u"0"_s);
    auto *error = form->findChild<QLabel *>(u"error_trancheIsolationThreshold"_s);
    QVERIFY(error->isVisible());
    QCOMPARE(error->text(), u"Isolation threshold (%): 0 is out of range: more than 0, up to 100"_s);
    threshold->selectAll();
    QTest::keyClicks(threshold, u"150"_s);
    QCOMPARE(error->text(), u"Isolation threshold (%): 150 is out of range: more than 0, up to 100"_s);

    clickSave(dialog);
    QVERIFY(dialog.isVisible());
    auto *summary = dialog.findChild<QLabel *>(u"settingsSummary"_s);
    QVERIFY(summary->text().startsWith(u"Not saved"_s));
    QVERIFY(summary->text().contains(u"Isolation threshold"_s));
    QVERIFY(!QFile::exists(configPath));
    QCOMPARE(rig.manager->symbolConfig(u"BTCUSDT"_s).trancheIsolationThreshold.toString(), u"5"_s);

    // A whole number beyond its range is kept as typed and refused with the range in words.
    auto *maxTranches = form->findChild<QSpinBox *>(u"field_maxTranches"_s);
    maxTranches->selectAll();
    QTest::keyClicks(maxTranches, u"55"_s);
    QCOMPARE(maxTranches->value(), 55);
    QVERIFY(form->findChild<QLabel *>(u"error_maxTranches"_s)->text().contains(u"from 1 to 10"_s));
    maxTranches->selectAll();
    QTest::keyClicks(maxTranches, u"5"_s);

    threshold->selectAll();
    QTest::keyClicks(threshold, u"7.5"_s);
    QVERIFY(!error->isVisible());
    clickSave(dialog);
    QTRY_VERIFY(!dialog.isVisible());
    QVERIFY(QFile::exists(configPath));
    QCOMPARE(rig.manager->symbolConfig(u"BTCUSDT"_s).trancheIsolationThreshold.toString(), u"7.5"_s);
    auto saved = core::ConfigLoader::loadFile(configPath);
    QVERIFY(saved);
    QCOMPARE(saved.value().symbol(u"BTCUSDT"_s).trancheIsolationThreshold.toString(), u"7.5"_s);
}

void TstSettingsDialog::crossFieldRuleIsShownUnderTheField()
{
    test::UiTestRig rig;
    SettingsDialog dialog(rig.session.get());
    ConfigForm *form = dialog.symbolForm(u"ETHUSDT"_s);
    form->setFieldText(u"maxTranches"_s, u"2"_s);
    form->setFieldText(u"maxIsolatedTranches"_s, u"4"_s);
    QVERIFY(!dialog.save());
    QVERIFY(form->errorText(u"maxIsolatedTranches"_s).startsWith(u"Max isolated tranches: "_s));
    QVERIFY(!QFile::exists(rig.session->configPath()));
}

void TstSettingsDialog::presetsApplyTheGuidesValues_data()
{
    QTest::addColumn<QString>("preset");
    QTest::addColumn<QString>("threshold");
    QTest::addColumn<int>("maxTranches");
    QTest::addColumn<int>("maxIsolated");
    QTest::addColumn<bool>("allowWhileIsolated");
    QTest::newRow("Aggressive Scalping: 3 %, 5, 2, on") << u"aggressiveScalping"_s << u"3"_s << 5 << 2 << true;
    QTest::newRow("Hold & Recover: 10 %, 3, 2, on") << u"holdAndRecover"_s << u"10"_s << 3 << 2 << true;
    QTest::newRow("Balanced: 5 %, 4, 2, on") << u"balanced"_s << u"5"_s << 4 << 2 << true;
    QTest::newRow("Conservative: 7 %, 2, 1, off") << u"conservative"_s << u"7"_s << 2 << 1 << false;
}

void TstSettingsDialog::presetsApplyTheGuidesValues()
{
    QFETCH(QString, preset);
    QFETCH(QString, threshold);
    QFETCH(int, maxTranches);
    QFETCH(int, maxIsolated);
    QFETCH(bool, allowWhileIsolated);
    test::UiTestRig rig;
    SettingsDialog dialog(rig.session.get());
    dialog.selectSymbol(u"ETHUSDT"_s);
    QTest::mouseClick(button(dialog, u"preset_"_s + preset), Qt::LeftButton);
    // The summary says what the preset changed (here at least the isolation threshold, from 5).
    const QString said = dialog.findChild<QLabel *>(u"settingsSummary"_s)->text();
    QVERIFY2(said.contains(u"Isolation threshold (%): 5 → "_s + threshold) || threshold == u"5"_s, qPrintable(said));
    QVERIFY(dialog.save());
    const core::SymbolConfig eth = rig.manager->symbolConfig(u"ETHUSDT"_s);
    QCOMPARE(eth.trancheIsolationThreshold.toString(), threshold);
    QCOMPARE(eth.maxTranches, maxTranches);
    QCOMPARE(eth.maxIsolatedTranches, maxIsolated);
    QCOMPARE(eth.allowTrancheWhileIsolated, allowWhileIsolated);
    // Only the selected symbol changed.
    QCOMPARE(rig.manager->symbolConfig(u"BTCUSDT"_s).maxTranches, 5);
}

void TstSettingsDialog::addAndRemoveSymbols()
{
    test::UiTestRig rig;
    SettingsDialog dialog(rig.session.get());
    dialog.show();
    auto *edit = dialog.findChild<QLineEdit *>(u"newSymbolEdit"_s);
    QTest::keyClicks(edit, u"bad symbol"_s);
    QTest::mouseClick(button(dialog, u"addSymbolButton"_s), Qt::LeftButton);
    QCOMPARE(dialog.symbols().size(), 2);
    edit->clear();
    QTest::keyClicks(edit, u"solusdt"_s);
    QTest::mouseClick(button(dialog, u"addSymbolButton"_s), Qt::LeftButton);
    QVERIFY2(dialog.symbols().size() == 3, qPrintable(dialog.findChild<QLabel *>(u"settingsSummary"_s)->text()));
    QCOMPARE(dialog.symbols(), (QStringList { u"BTCUSDT"_s, u"ETHUSDT"_s, u"SOLUSDT"_s }));
    QCOMPARE(dialog.currentSymbol(), u"SOLUSDT"_s);
    dialog.selectSymbol(u"BTCUSDT"_s);
    QTest::mouseClick(button(dialog, u"removeSymbolButton"_s), Qt::LeftButton);
    QVERIFY(dialog.save());
    QCOMPARE(rig.session->config().symbols.keys(), (QStringList { u"ETHUSDT"_s, u"SOLUSDT"_s }));
}

void TstSettingsDialog::symbolsTheExchangeDoesNotListAreRefused()
{
    test::UiTestRig rig;
    // What the composition root installs for the demo market: its own list.
    rig.session->setSymbolChecker([](const QString &symbol) -> std::optional<QString> {
        if (symbol == u"BTCUSDT" || symbol == u"ETHUSDT" || symbol == u"SOLUSDT") {
            return std::nullopt;
        }
        return u"%1 is not traded on the demo market"_s.arg(symbol);
    });
    SettingsDialog dialog(rig.session.get());
    dialog.show();
    auto *edit = dialog.findChild<QLineEdit *>(u"newSymbolEdit"_s);
    auto *summary = dialog.findChild<QLabel *>(u"settingsSummary"_s);
    for (const QString &refused : { u"FOO"_s, u"bnbusdt"_s }) {
        edit->clear();
        QTest::keyClicks(edit, refused);
        QTest::mouseClick(button(dialog, u"addSymbolButton"_s), Qt::LeftButton);
        QCOMPARE(dialog.symbols().size(), 2);
        QVERIFY2(summary->text().contains(refused.toUpper()), qPrintable(summary->text()));
        QVERIFY2(summary->text().contains(u"demo market"_s) || summary->text().contains(u"not valid"_s),
            qPrintable(summary->text()));
    }
    edit->clear();
    QTest::keyClicks(edit, u"solusdt"_s);
    QTest::mouseClick(button(dialog, u"addSymbolButton"_s), Qt::LeftButton);
    QCOMPARE(dialog.symbols().size(), 3);
}

void TstSettingsDialog::labelsShowTheirAmpersand()
{
    test::UiTestRig rig;
    SettingsDialog dialog(rig.session.get());
    QWidget *editor = dialog.findChild<QWidget *>(u"field_pnlPersistSeconds"_s);
    QVERIFY(editor);
    QLabel *caption = nullptr;
    for (QLabel *label : dialog.findChildren<QLabel *>()) {
        if (label->buddy() == editor) {
            caption = label;
        }
    }
    QVERIFY(caption);
    // "&&" draws one '&'; a single '&' would be eaten as the mnemonic ("Write PL every").
    QCOMPARE(caption->text(), u"Write P&&L every (s):"_s);
}

void TstSettingsDialog::typingPastTheRangeSaysTheRange()
{
    test::UiTestRig rig;
    SettingsDialog dialog(rig.session.get());
    dialog.show();
    dialog.selectSymbol(u"BTCUSDT"_s);
    auto *form = dialog.findChild<QWidget *>(u"symbolForm_BTCUSDT"_s);
    auto *spin = form->findChild<QSpinBox *>(u"field_maxTranches"_s);
    QVERIFY(spin);
    spin->selectAll();
    QTest::keyClicks(spin, u"50"_s);
    // 50 stays 50 (it used to become 5), and the error says the range in words.
    QCOMPARE(spin->value(), 50);
    auto *error = form->findChild<QLabel *>(u"error_maxTranches"_s);
    QTRY_VERIFY(error->isVisible());
    QVERIFY2(error->text().startsWith(u"Max tranches: 50 is out of range: from 1 to "_s), qPrintable(error->text()));
    QVERIFY(!dialog.save());
    QCOMPARE(rig.manager->symbolConfig(u"BTCUSDT"_s).maxTranches, 5);
    spin->selectAll();
    QTest::keyClicks(spin, u"7"_s);
    QTRY_VERIFY(!error->isVisible());
    QVERIFY(dialog.save());
    QCOMPARE(rig.manager->symbolConfig(u"BTCUSDT"_s).maxTranches, 7);
}

void TstSettingsDialog::choicesSayWhatTheyMean()
{
    test::UiTestRig rig;
    SettingsDialog dialog(rig.session.get());
    dialog.selectSymbol(u"BTCUSDT"_s);
    auto *form = dialog.findChild<QWidget *>(u"symbolForm_BTCUSDT"_s);
    auto *strategy = form->findChild<QComboBox *>(u"field_closingStrategy"_s);
    QVERIFY(strategy);
    const int worst = strategy->findData(u"WORST_FIRST"_s);
    QVERIFY(worst >= 0);
    QCOMPARE(strategy->itemText(worst), u"WORST_FIRST — the tranche losing most closed first"_s);
    strategy->setCurrentIndex(worst);
    QVERIFY(dialog.save());
    QVERIFY(rig.manager->symbolConfig(u"BTCUSDT"_s).closingStrategy == core::ClosingStrategy::WorstFirst);
    auto *mode = dialog.findChild<QComboBox *>(u"field_positionMode"_s);
    QVERIFY(mode);
    QVERIFY(mode->currentText().startsWith(u"HEDGE — "_s));
}

namespace {

const QByteArray kOriginalWithKeys = R"({"api":{"apiKey":"AK-123","secretKey":"SK-456","baseUrl":"x"},
        "symbols":{"DOGEUSDT":{"volumeThresholdUSDT":5000,"leverage":5,"maxTranches":4}},
        "global":{"paperMode":true}})";

QString writeOriginal(const test::UiTestRig &rig)
{
    const QString path = rig.dir.filePath(u"config.user.json"_s);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(kOriginalWithKeys) < 0) {
        qFatal("cannot write %s", qPrintable(path));
    }
    return path;
}

QByteArray contents(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

PlainKeysDialog *importWithKeys(SettingsDialog &dialog, const QString &original)
{
    FileDialog::setNextFileName(original);
    QTest::mouseClick(button(dialog, u"importConfigButton"_s), Qt::LeftButton);
    return dialog.findChild<PlainKeysDialog *>(u"plainKeysDialog"_s);
}

} // namespace

void TstSettingsDialog::importTheOriginalBotConfigMovesKeysToTheKeychain()
{
    test::UiTestRig rig;
    const QString original = writeOriginal(rig);
    SettingsDialog dialog(rig.session.get());
    PlainKeysDialog *offer = importWithKeys(dialog, original);
    QCOMPARE(dialog.symbols(), QStringList { u"DOGEUSDT"_s });
    QCOMPARE(dialog.symbolForm(u"DOGEUSDT"_s)->fieldText(u"longVolumeThresholdUSDT"_s), u"5000"_s);
    // Said, and offered: nothing is taken before the trader agrees.
    QVERIFY(offer);
    QTRY_VERIFY(offer->isVisible());
    const QString said = offer->findChild<QLabel *>(u"plainKeysText"_s)->text();
    QVERIFY2(said.contains(u"api.apiKey"_s) && said.contains(u"api.secretKey"_s), qPrintable(said));
    QVERIFY(said.contains(QDir::toNativeSeparators(original)));
    QVERIFY(!said.contains(u"AK-123"_s) && !said.contains(u"SK-456"_s));
    QVERIFY(!rig.secrets.hasHmacKeys());

    QTest::mouseClick(offer->findChild<QPushButton *>(u"moveToKeychainButton"_s), Qt::LeftButton);
    QCOMPARE(rig.secrets.read(SecretStore::apiKeyName()), u"AK-123"_s);
    QCOMPARE(rig.secrets.read(SecretStore::apiSecretName()), u"SK-456"_s);
    // The file keeps everything but the keys, rewritten in place.
    const QByteArray rewritten = contents(original);
    QVERIFY(!rewritten.contains("AK-123"));
    QVERIFY(!rewritten.contains("SK-456"));
    QVERIFY(rewritten.contains(R"("apiKey":"")"));
    QVERIFY(rewritten.contains("DOGEUSDT"));
    QVERIFY(rewritten.contains(R"("baseUrl":"x")"));
    QTRY_VERIFY(!dialog.findChild<PlainKeysDialog *>(u"plainKeysDialog"_s));

    const QString exported = rig.dir.filePath(u"exported.json"_s);
    FileDialog::setNextFileName(exported);
    QTest::mouseClick(button(dialog, u"exportConfigButton"_s), Qt::LeftButton);
    const QByteArray text = contents(exported);
    QVERIFY(text.contains("DOGEUSDT"));
    QVERIFY(!text.contains("AK-123"));
    QVERIFY(!text.contains("SK-456"));
}

void TstSettingsDialog::keysLeftInTheFileAreNeitherStoredNorChanged()
{
    test::UiTestRig rig;
    const QString original = writeOriginal(rig);
    SettingsDialog dialog(rig.session.get());
    PlainKeysDialog *offer = importWithKeys(dialog, original);
    QVERIFY(offer);
    auto *summary = dialog.findChild<QLabel *>(u"settingsSummary"_s);
    QVERIFY2(summary->text().contains(u"plain text"_s), qPrintable(summary->text()));
    QTest::mouseClick(offer->findChild<QPushButton *>(u"keepInFileButton"_s), Qt::LeftButton);
    QVERIFY(!rig.secrets.hasHmacKeys());
    QCOMPARE(contents(original), kOriginalWithKeys);
}

void TstSettingsDialog::configurationWarningsShowAsTheUserEdits()
{
    test::UiTestRig rig;
    SettingsDialog dialog(rig.session.get());
    auto *warnings = dialog.findChild<QLabel *>(u"settingsWarnings"_s);
    QVERIFY(warnings);
    // The rig's 10 % stop at 10x lies beyond the liquidation price: said from the start.
    QVERIFY(!warnings->isHidden());
    QVERIFY2(warnings->text().contains(u"symbols.BTCUSDT.slPercent"_s), qPrintable(warnings->text()));
    for (const QString &symbol : dialog.symbols()) {
        dialog.symbolForm(symbol)->setFieldText(u"leverage"_s, u"3"_s);
    }
    QVERIFY2(warnings->isHidden(), qPrintable(warnings->text()));
    QVERIFY(dialog.warnings().isEmpty());

    // Each rule, as the field is edited.
    ConfigForm *form = dialog.symbolForm(u"BTCUSDT"_s);
    form->findChild<QSpinBox *>(u"field_maxIsolatedTranches"_s)->setValue(5);
    QVERIFY(!warnings->isHidden());
    QVERIFY2(
        warnings->text().contains(u"symbols.BTCUSDT.maxIsolatedTranches: 5 equals"_s), qPrintable(warnings->text()));
    auto *stop = form->findChild<QLineEdit *>(u"field_slPercent"_s);
    stop->selectAll();
    QTest::keyClicks(stop, u"4"_s);
    QVERIFY2(warnings->text().contains(u"symbols.BTCUSDT.slPercent: 4 is not above"_s), qPrintable(warnings->text()));
    form->setFieldText(u"isolationAction"_s, u"REDUCE_LEVERAGE"_s);
    form->setFieldText(u"isolationReducedLeverage"_s, u"3"_s);
    QVERIFY2(warnings->toolTip().contains(u"symbols.BTCUSDT.isolationReducedLeverage: 3 is not below"_s),
        qPrintable(warnings->toolTip()));
    dialog.symbolForm(u"ETHUSDT"_s)->setFieldText(u"slPercent"_s, u"40"_s);
    QVERIFY2(warnings->toolTip().contains(u"symbols.ETHUSDT.slPercent: 40 lies beyond the liquidation price"_s),
        qPrintable(warnings->toolTip()));
    QCOMPARE(dialog.warnings().size(), 4);
    QVERIFY(warnings->text().contains(u"1 more"_s));

    // Warnings never block Save.
    clickSave(dialog);
    QCOMPARE(rig.manager->symbolConfig(u"BTCUSDT"_s).maxIsolatedTranches, 5);
    QCOMPARE(rig.manager->symbolConfig(u"ETHUSDT"_s).slPercent, core::Decimal::fromInt(40));
}

void TstSettingsDialog::apiWalletKeysAreCheckedAndReplaceHmacKeys()
{
    test::UiTestRig rig;
    rig.secrets.write(SecretStore::apiKeyName(), u"old-key"_s);
    rig.secrets.write(SecretStore::apiSecretName(), u"old-secret"_s);
    ApiKeyDialog dialog(&rig.secrets);
    // HMAC keys are stored: the dialog opens on them; the trader picks the API wallet instead.
    auto *kind = dialog.findChild<QComboBox *>(u"apiKeyKindCombo"_s);
    QCOMPARE(kind->currentIndex(), 1);
    kind->setCurrentIndex(0);
    auto *user = dialog.findChild<QLineEdit *>(u"apiUserEdit"_s);
    auto *key = dialog.findChild<QLineEdit *>(u"apiSignerKeyEdit"_s);
    auto *status = dialog.findChild<QLabel *>(u"apiKeyStatus"_s);
    auto *address = dialog.findChild<QLabel *>(u"apiSignerAddress"_s);
    QCOMPARE(key->echoMode(), QLineEdit::Password);

    user->setText(u"0x1234"_s);
    dialog.accept();
    QVERIFY(status->text().startsWith(u"Account address"_s));
    user->setText(u"0x3333333333333333333333333333333333333333"_s);
    const QString notAKey = u"0xnot-a-key-but-a-secret"_s;
    key->setText(notAKey);
    QCOMPARE(address->text(), u"not a valid private key yet"_s);
    dialog.accept();
    QVERIFY(status->text().startsWith(u"API wallet private key"_s));
    QVERIFY(!status->text().contains(notAKey));
    QVERIFY(!rig.secrets.hasV3Keys());
    QCOMPARE(dialog.result(), int(QDialog::Rejected));

    // The well-known test key of the Ethereum docs derives its well-known address.
    key->setText(u"0x4c0883a69102937d6231471b5dbb6204fe5129617082792ae468d01a3f362318"_s);
    QCOMPARE(address->text(), u"0x2c7536E3605D9C16a7a3D7b1898e529396a65c23"_s);
    dialog.accept();
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QVERIFY(rig.secrets.hasV3Keys());
    QCOMPARE(rig.secrets.read(SecretStore::v3UserName()), u"0x3333333333333333333333333333333333333333"_s);
    // One kind at a time: the HMAC pair is gone, so LIVE never guesses which to sign with.
    QVERIFY(!rig.secrets.hasHmacKeys());
    QVERIFY(key->text().isEmpty());
}

} // namespace trd::ui

QTEST_MAIN(trd::ui::TstSettingsDialog)
#include "tst_settings_dialog.moc"
