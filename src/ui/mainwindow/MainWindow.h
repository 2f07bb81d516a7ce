// SPDX-FileCopyrightText: 2026 TrancheDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMainWindow>

class QDockWidget;

namespace trd::ui {

class AnnouncementsController;
class ChartsPanel;
class DeskSession;
class DeskToolBar;
class EngineLinkView;
class EventTableModel;
class ExportController;
class Notifier;
class PriceHistory;
class SummaryPanel;
class TimelineView;
class LiquidationTableModel;
class LiquidationView;
class TrancheTableModel;
class TrancheView;

// Lays out the toolbar, the tranche breakdown (centre) and the summary, timeline and charts
// docks, and the menus. Everything it shows is a feature widget over the session.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(DeskSession *session, QWidget *parent = nullptr);
    ~MainWindow() override;

    // Reads the tranches and the newest page of events from the store (after the first paint).
    void loadData();
    void setSelection(const QString &symbol, const QString &side = {});

    DeskSession *session() const { return m_session; }
    DeskToolBar *toolBar() const { return m_toolBar; }
    TrancheTableModel *trancheModel() const { return m_trancheModel; }
    EventTableModel *eventModel() const { return m_eventModel; }
    TrancheView *trancheView() const { return m_trancheView; }
    SummaryPanel *summary() const { return m_summary; }
    TimelineView *timeline() const { return m_timeline; }
    LiquidationTableModel *liquidationModel() const { return m_liquidationModel; }
    LiquidationView *liquidations() const { return m_liquidations; }
    ChartsPanel *charts() const { return m_charts; }
    PriceHistory *priceHistory() const { return m_priceHistory; }
    ExportController *exporter() const { return m_exporter; }
    Notifier *notifier() const { return m_notifier; }
    AnnouncementsController *announcements() const { return m_announcements; }
    EngineLinkView *engineLink() const { return m_engineLink; }
    // Opens the settings (modal).
    void openSettings();
    // File → Connect to engine…: a window onto a tranchedesk-engine, in a process of its own.
    void connectToEngine();
    // Remembers geometry and dock layout (also done when the window closes).
    void saveLayout();

protected:
    void closeEvent(QCloseEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    QDockWidget *addDock(QWidget *widget, const QString &name, const QString &title, Qt::DockWidgetArea area);
    void createMenus();
    QWidget *createPausedBanner();
    void restoreLayout();
    // The first-launch (and Reset layout) arrangement of the docks for the window's size.
    void arrangeDocks();
    void updateTitle();

    DeskSession *m_session;
    TrancheTableModel *m_trancheModel;
    EventTableModel *m_eventModel;
    PriceHistory *m_priceHistory;
    DeskToolBar *m_toolBar;
    TrancheView *m_trancheView;
    SummaryPanel *m_summary;
    TimelineView *m_timeline;
    LiquidationTableModel *m_liquidationModel;
    LiquidationView *m_liquidations;
    ChartsPanel *m_charts;
    ExportController *m_exporter;
    Notifier *m_notifier;
    AnnouncementsController *m_announcements;
    EngineLinkView *m_engineLink;
    QList<QDockWidget *> m_docks;
    bool m_loaded = false;
    // The docks' saved arrangement, applied once the window is shown at its restored size: applied
    // before, QMainWindow fits the docks' saved pixels into a default-sized window and the next
    // start gets a sliver of charts.
    QByteArray m_savedDockState;
};

} // namespace trd::ui
