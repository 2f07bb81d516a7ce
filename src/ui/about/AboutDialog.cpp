// SPDX-FileCopyrightText: 2026 TrancheDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "AboutDialog.h"

#include "TrdBuildInfo.h"
#include "ui_AboutDialog.h"

#include <QHeaderView>
#include <QIcon>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTableWidgetItem>
#include <QUuid>

using namespace Qt::Literals::StringLiterals;

namespace trd::ui {

namespace {

// The SQLite library that Qt's SQLite driver runs, asked through an in-memory connection.
QString sqliteVersion()
{
    QString version;
    const QString name = u"trd-about-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        db.setDatabaseName(u":memory:"_s);
        if (db.open()) {
            QSqlQuery query(db);
            if (query.exec(u"SELECT sqlite_version()"_s) && query.next()) {
                version = query.value(0).toString();
            }
        }
    }
    QSqlDatabase::removeDatabase(name);
    return version;
}

} // namespace

AboutDialog::AboutDialog(QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::AboutDialog>())
{
    m_ui->setupUi(this);
    m_ui->iconLabel->setPixmap(QIcon::fromTheme(u"tranchedesk"_s, QIcon(u":/about/tranchedesk.svg"_s)).pixmap(64, 64));
    m_ui->versionLabel->setText(tr("Version %1").arg(version()));
    m_ui->commitLabel->setText(tr("Built from commit %1").arg(commit()));

    const QList<Library> libs = libraries();
    m_ui->librariesTable->setRowCount(int(libs.size()));
    for (int row = 0; row < libs.size(); ++row) {
        const Library &lib = libs.at(row);
        m_ui->librariesTable->setItem(row, 0, new QTableWidgetItem(lib.name));
        m_ui->librariesTable->setItem(
            row, 1, new QTableWidgetItem(lib.version.isEmpty() ? tr("unknown") : lib.version));
        m_ui->librariesTable->setItem(row, 2, new QTableWidgetItem(lib.purpose));
    }
    m_ui->librariesTable->resizeColumnsToContents();
    m_ui->librariesTable->horizontalHeader()->setStretchLastSection(true);
}

AboutDialog::~AboutDialog() = default;

QString AboutDialog::version()
{
    return QString::fromLatin1(buildinfo::version);
}

QString AboutDialog::commit()
{
    return QString::fromLatin1(buildinfo::commit);
}

QList<AboutDialog::Library> AboutDialog::libraries()
{
    return {
        { u"Qt"_s, QString::fromLatin1(qVersion()), tr("Windows, charts, networking, the store's SQL") },
        { u"QtKeychain"_s, QString::fromLatin1(TRD_QTKEYCHAIN_VERSION), tr("API keys in the desktop keychain") },
        { u"SQLite"_s, sqliteVersion(), tr("The store of tranches and events") },
        { u"libsecp256k1"_s, QString::fromLatin1(TRD_SECP256K1_VERSION), tr("Signing of Aster V3 requests") },
    };
}

} // namespace trd::ui
