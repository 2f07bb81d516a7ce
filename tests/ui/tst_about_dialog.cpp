// SPDX-FileCopyrightText: 2026 TrancheDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The About box from forms/AboutDialog.ui: its widgets found by objectName, showing this build's
// version and commit, the licence and every library with a version.
#include "AboutDialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QRegularExpression>
#include <QTableWidget>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

namespace trd::ui {

class TstAboutDialog : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void showsVersionAndCommit();
    void showsTheLicence();
    void listsTheLibrariesWithVersions();
    void closeButtonClosesIt();
};

void TstAboutDialog::showsVersionAndCommit()
{
    AboutDialog dialog;
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QVERIFY(QRegularExpression(u"^\\d+\\.\\d+\\.\\d+$"_s).match(AboutDialog::version()).hasMatch());
    // A short hash in a git checkout, "unknown" in a source tree without git.
    QVERIFY2(QRegularExpression(u"^([0-9a-f]{4,40}|unknown)$"_s).match(AboutDialog::commit()).hasMatch(),
        qPrintable(AboutDialog::commit()));
    auto *version = dialog.findChild<QLabel *>(u"versionLabel"_s);
    auto *commit = dialog.findChild<QLabel *>(u"commitLabel"_s);
    QVERIFY(version && commit);
    QVERIFY(version->text().contains(AboutDialog::version()));
    QVERIFY(commit->text().contains(AboutDialog::commit()));
    QCOMPARE(dialog.windowTitle(), u"About TrancheDesk"_s);
    // The icon theme's, or the copy built into the program.
    auto *icon = dialog.findChild<QLabel *>(u"iconLabel"_s);
    QVERIFY(icon);
    QVERIFY(!icon->pixmap().isNull());
}

void TstAboutDialog::showsTheLicence()
{
    AboutDialog dialog;
    auto *licence = dialog.findChild<QLabel *>(u"licenceLabel"_s);
    QVERIFY(licence);
    QVERIFY(licence->text().contains(u"GPL-3.0-or-later"_s));
    QVERIFY(licence->text().contains(u"GNU General Public License"_s));
}

void TstAboutDialog::listsTheLibrariesWithVersions()
{
    AboutDialog dialog;
    auto *table = dialog.findChild<QTableWidget *>(u"librariesTable"_s);
    QVERIFY(table);
    QStringList names;
    for (int row = 0; row < table->rowCount(); ++row) {
        names << table->item(row, 0)->text();
        const QString version = table->item(row, 1)->text();
        // Every library reports a dotted version on a machine set up by packaging/setup.sh.
        QVERIFY2(QRegularExpression(u"^\\d+\\.\\d+"_s).match(version).hasMatch(),
            qPrintable(names.last() + u": "_s + version));
    }
    QCOMPARE(names, QStringList({ u"Qt"_s, u"QtKeychain"_s, u"SQLite"_s, u"libsecp256k1"_s }));
    QCOMPARE(table->item(0, 1)->text(), QString::fromLatin1(qVersion()));
}

void TstAboutDialog::closeButtonClosesIt()
{
    AboutDialog dialog;
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *buttons = dialog.findChild<QDialogButtonBox *>(u"buttonBox"_s);
    QVERIFY(buttons);
    buttons->button(QDialogButtonBox::Close)->click();
    QVERIFY(!dialog.isVisible());
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
}

} // namespace trd::ui

QTEST_MAIN(trd::ui::TstAboutDialog)
#include "tst_about_dialog.moc"
