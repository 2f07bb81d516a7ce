// SPDX-FileCopyrightText: 2026 TrancheDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QToolBar>

class QComboBox;
class QLabel;

namespace trd::ui {

class DeskSession;

// The main toolbar: PAPER/LIVE badge and switch, start/pause of new entries, close all, the
// stream and sync states, and the symbol and side the window shows.
class DeskToolBar : public QToolBar
{
    Q_OBJECT
public:
    explicit DeskToolBar(DeskSession *session, QWidget *parent = nullptr);

    QString symbol() const;
    QString side() const;
    void setSymbol(const QString &symbol);
    void setSymbols(const QStringList &symbols);
    QAction *pauseAction() const { return m_pause; }
    QAction *closeAllAction() const { return m_closeAll; }
    QAction *liveAction() const { return m_live; }
    QAction *paperAction() const { return m_paper; }

    // Confirmation, then a reduce order for every open tranche.
    void closeAll();
    // Keys, explicit confirmation, then the session's answer (no live exchange in this build).
    void requestLive();
    void requestPaper();

Q_SIGNALS:
    void selectionChanged(const QString &symbol, const QString &side);

private:
    void updateMode();
    void updatePause();
    void updateStreams();
    void updateSync();
    QLabel *makeIndicator(const QString &name);
    static void setIndicator(QLabel *label, const QString &text, const QColor &color);

    DeskSession *m_session;
    QLabel *m_modeBadge;
    QAction *m_live;
    QAction *m_paper;
    QAction *m_pause;
    QAction *m_closeAll;
    QLabel *m_market;
    QLabel *m_userData;
    QLabel *m_sync;
    QComboBox *m_symbol;
    QComboBox *m_side;
};

} // namespace trd::ui
