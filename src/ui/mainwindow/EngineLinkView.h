// SPDX-FileCopyrightText: 2026 TrancheDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFrame>
#include <QList>
#include <QPointer>

class QAction;
class QLabel;

namespace trd::ui {

class RemoteEngine;

// Which engine the window shows, on the status bar ("Engine: embedded", or the remote host with
// its latency and link state), and for a remote engine the banner that says the link is down.
// While it is down the views keep the last state, greyed; a watch token, or a link that is down,
// greys every control that would change something.
class EngineLinkView : public QFrame
{
    Q_OBJECT
public:
    // remote may be null (the embedded engine): then only the status shows, and never a banner.
    EngineLinkView(RemoteEngine *remote, QWidget *parent = nullptr);

    QLabel *status() const { return m_status; }
    void setViews(const QList<QWidget *> &views);
    void setControls(const QList<QAction *> &controls);
    // Buttons outside the menus and the toolbar (the paused banner's Resume entries).
    void setControlButtons(const QList<QWidget *> &buttons);
    // Re-applied after anything that may enable a control again.
    void update();

private:
    RemoteEngine *m_remote;
    QLabel *m_status;
    QLabel *m_text;
    QList<QPointer<QWidget>> m_views;
    QList<QPointer<QAction>> m_controls;
    QList<QPointer<QWidget>> m_buttons;
};

} // namespace trd::ui
