// SPDX-FileCopyrightText: 2026 TrancheDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "UiTestRig.h"
#include "mainwindow/MainWindow.h"
#include "settings/ApiKeyDialog.h"
#include "settings/PlainKeysDialog.h"
#include "settings/SettingsDialog.h"
#include "tranches/TrancheDetailPanel.h"
#include "tranches/TrancheTableModel.h"
#include "tranches/TrancheView.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QTabWidget>
#include <QTableView>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

namespace trd::ui {

// The dialogs and panels laid out by Designer forms (forms/), as a trader sees them: the object
// names other code and tests find them by, and no caption or button cut short. With
// TRD_FORM_SHOTS set to a folder, each one is also saved there as a PNG to look at.
class TstFormScreens : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void apiKeyDialog();
    void settingsDialog();
    void plainKeysDialog();
    void trancheDetailPanel();
};

namespace {

void shoot(QWidget *widget, const QString &name)
{
    const QString dir = qEnvironmentVariable("TRD_FORM_SHOTS");
    if (dir.isEmpty()) {
        return;
    }
    QDir().mkpath(dir);
    QVERIFY(widget->grab().save(QDir(dir).filePath(name + u".png"_s)));
}

// Every visible caption and button of `root` that cannot wrap gets the width it asks for.
void verifyNothingCut(const QWidget *root)
{
    for (const QLabel *label : root->findChildren<QLabel *>()) {
        if (label->isVisibleTo(root) && !label->wordWrap() && !label->text().isEmpty()
            && label->sizePolicy().horizontalPolicy() != QSizePolicy::Ignored) {
            QVERIFY2(label->width() >= label->minimumSizeHint().width(), qPrintable(label->text()));
        }
    }
    for (const QAbstractButton *button : root->findChildren<QAbstractButton *>()) {
        if (button->isVisibleTo(root) && !button->text().isEmpty()) {
            QVERIFY2(button->width() >= button->minimumSizeHint().width(), qPrintable(button->text()));
        }
    }
}

void verifyNamed(const QWidget *root, const QStringList &names)
{
    for (const QString &name : names) {
        QVERIFY2(root->findChild<QWidget *>(name), qPrintable(name));
    }
}

} // namespace

void TstFormScreens::apiKeyDialog()
{
    test::UiTestRig rig;
    ApiKeyDialog dialog(&rig.secrets);
    QCOMPARE(dialog.objectName(), u"apiKeyDialog"_s);
    verifyNamed(&dialog,
        { u"apiKeyKindCombo"_s, u"apiUserEdit"_s, u"apiSignerKeyEdit"_s, u"apiSignerAddress"_s, u"apiKeyEdit"_s,
            u"apiSecretEdit"_s, u"apiKeyStatus"_s, u"apiKeyButtons"_s });
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    verifyNothingCut(&dialog);
    shoot(&dialog, u"api-key-wallet"_s);
    dialog.setKind(ApiKeyDialog::Kind::Hmac);
    verifyNothingCut(&dialog);
    shoot(&dialog, u"api-key-hmac"_s);
}

void TstFormScreens::settingsDialog()
{
    test::UiTestRig rig;
    SettingsDialog dialog(rig.session.get());
    QCOMPARE(dialog.objectName(), u"settingsDialog"_s);
    verifyNamed(&dialog,
        { u"settingsTabs"_s, u"symbolList"_s, u"newSymbolEdit"_s, u"addSymbolButton"_s, u"removeSymbolButton"_s,
            u"globalForm"_s, u"settingsSummary"_s, u"importConfigButton"_s, u"exportConfigButton"_s, u"apiKeysButton"_s,
            u"settingsButtons"_s, u"symbolForm_BTCUSDT"_s, u"preset_conservative"_s, u"settingsWarnings"_s });
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *tabs = dialog.findChild<QTabWidget *>(u"settingsTabs"_s);
    QCOMPARE(tabs->count(), 2);
    verifyNothingCut(tabs->widget(0)->findChild<QWidget *>(u"removeSymbolButton"_s)->parentWidget());
    shoot(&dialog, u"settings-symbols"_s);
    tabs->setCurrentIndex(1);
    QCOMPARE(tabs->currentWidget()->findChild<QWidget *>(u"globalForm"_s)->isVisible(), true);
    shoot(&dialog, u"settings-global"_s);
}

void TstFormScreens::plainKeysDialog()
{
    test::UiTestRig rig;
    const QList<core::PlainSecret> found { { u"api.apiKey"_s, u"apiKey"_s, u"AK"_s },
        { u"api.secretKey"_s, u"secretKey"_s, u"SK"_s } };
    PlainKeysDialog dialog(&rig.secrets, rig.dir.filePath(u"config.user.json"_s), found);
    QCOMPARE(dialog.objectName(), u"plainKeysDialog"_s);
    verifyNamed(
        &dialog, { u"plainKeysText"_s, u"plainKeysStatus"_s, u"moveToKeychainButton"_s, u"keepInFileButton"_s });
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    verifyNothingCut(&dialog);
    shoot(&dialog, u"plain-keys"_s);
}

void TstFormScreens::trancheDetailPanel()
{
    test::UiTestRig rig;
    MainWindow w(rig.session.get());
    w.show();
    w.loadData();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    TrancheDetailPanel *card = w.trancheView()->detail();
    QCOMPARE(card->objectName(), u"trancheDetail"_s);
    verifyNamed(card, { u"trancheDetailTitle"_s, u"trancheDetailStatus"_s, u"detail_Entry"_s, u"detail_Takeprofit"_s });
    shoot(card, u"tranche-detail-empty"_s);
    rig.mark(u"BTCUSDT"_s, "50000");
    rig.enter(u"BTCUSDT"_s, core::Side::Long, "0.01");
    auto *symbols = w.findChild<QComboBox *>(u"symbolCombo"_s);
    symbols->setCurrentIndex(symbols->findText(u"BTCUSDT"_s));
    auto *active = w.findChild<QTableView *>(u"activeTable"_s);
    QTRY_COMPARE(active->model()->rowCount(), 1);
    active->selectRow(0);
    QVERIFY(card->fieldText(u"Entry"_s).startsWith(u"50000"_s));
    QCOMPARE(card->fieldText(u"Leverage"_s).endsWith(u'x'), true);
    shoot(card, u"tranche-detail"_s);
    shoot(&w, u"main-window"_s);
}

} // namespace trd::ui

QTEST_MAIN(trd::ui::TstFormScreens)

#include "tst_form_screens.moc"
