// SPDX-FileCopyrightText: 2026 TrancheDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "Screenshooter.h"

#include "charts/ChartsPanel.h"
#include "common/UiRoles.h"
#include "liquidations/LiquidationView.h"
#include "mainwindow/DeskToolBar.h"
#include "mainwindow/HelpDialog.h"
#include "mainwindow/MainWindow.h"
#include "session/DeskSession.h"
#include "settings/ApiKeyDialog.h"
#include "settings/SecretStore.h"
#include "settings/SettingsDialog.h"
#include "timeline/TimelineView.h"
#include "tranches/CloseTranchesDialog.h"
#include "tranches/TrancheTableModel.h"
#include "tranches/TrancheView.h"

#include <QApplication>
#include <QDir>
#include <QDockWidget>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>

using namespace Qt::Literals::StringLiterals;

namespace trd::app {

Screenshooter::Screenshooter(ui::MainWindow *window, const QString &directory, int afterSeconds, QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_directory(directory)
{
    QDir().mkpath(directory);
    QTimer::singleShot(afterSeconds * 1000, this, &Screenshooter::shoot);
}

void Screenshooter::save(QWidget *widget, const QString &name)
{
    QCoreApplication::processEvents();
    const QString path = QDir(m_directory).filePath(name + u".png"_s);
    widget->grab().save(path);
    qInfo("saved %s", qPrintable(path));
}

void Screenshooter::shoot()
{
    save(m_window, u"01-main-all-symbols"_s);
    // The symbol with the most tranches, so the breakdown and the charts have something to show.
    QHash<QString, int> counts;
    int open = 0;
    for (const auto &t : m_window->trancheModel()->tranches()) {
        counts[t.symbol] += t.isOpen() ? 3 : 1;
        open += t.isOpen() ? 1 : 0;
    }
    // What the window shows, for scripts that drive it (packaging/systemd-check.sh).
    qInfo("window shows %d tranches, %d open", int(m_window->trancheModel()->tranches().size()), open);
    QString busiest;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        if (busiest.isEmpty() || it.value() > counts.value(busiest)) {
            busiest = it.key();
        }
    }
    if (!busiest.isEmpty()) {
        m_window->setSelection(busiest);
    }
    ui::ChartsPanel *charts = m_window->charts();
    // On a small screen the charts share the bottom tabs with the timeline: shown first.
    if (auto *chartsDock = m_window->findChild<QDockWidget *>(u"chartsDock"_s)) {
        chartsDock->raise();
    }
    for (int i = 0; i < charts->tabs()->count(); ++i) {
        charts->tabs()->setCurrentIndex(i);
        QCoreApplication::processEvents();
        if (i == 0) {
            save(m_window, u"02-main-symbol"_s);
        }
        save(charts, u"03-chart-%1"_s.arg(i + 1));
    }
    charts->tabs()->setCurrentIndex(0);
    m_window->findChild<QDockWidget *>(u"timelineDock"_s)->raise();
    auto *tabs = m_window->trancheView()->findChild<QTabWidget *>(u"trancheTabs"_s);
    for (int i = 0; i < tabs->count(); ++i) {
        tabs->setCurrentIndex(i);
        auto *table = m_window->trancheView()->table(i);
        if (table->model()->rowCount() > 0) {
            table->selectRow(0);
        }
        save(m_window->trancheView(), u"04-tranches-%1"_s.arg(i + 1));
    }
    tabs->setCurrentIndex(0);
    save(m_window->timeline(), u"05-timeline"_s);
    if (auto *feed = m_window->findChild<QDockWidget *>(u"liquidationsDock"_s)) {
        feed->raise();
        save(m_window, u"05-main-liquidations"_s);
        save(m_window->liquidations(), u"05-liquidations"_s);
        m_window->findChild<QDockWidget *>(u"timelineDock"_s)->raise();
    }

    ui::SettingsDialog settings(m_window->session(), m_window);
    settings.selectSymbol(busiest);
    settings.show();
    save(&settings, u"06-settings"_s);
    settings.close();
    // Close all, as it opens for the selection.
    ui::CloseTranchesDialog close(m_window->session()->manager(), busiest, QString(), m_window);
    close.show();
    save(&close, u"06-close-all"_s);
    close.close();
    ui::HelpDialog help(m_window);
    help.show();
    save(&help, u"07-help"_s);
    help.close();
    // A memory store: the screenshot run never touches the keychain.
    ui::MemorySecretStore noKeys;
    ui::ApiKeyDialog keys(&noKeys, m_window);
    keys.show();
    save(&keys, u"08-api-keys"_s);
    keys.close();
    QApplication::quit();
}

} // namespace trd::app
