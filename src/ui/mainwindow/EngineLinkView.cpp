// SPDX-FileCopyrightText: 2026 TrancheDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "EngineLinkView.h"

#include "common/UiFormat.h"
#include "session/RemoteEngine.h"

#include <QAction>
#include <QHBoxLayout>
#include <QLabel>

using namespace Qt::Literals::StringLiterals;

namespace trd::ui {

EngineLinkView::EngineLinkView(RemoteEngine *remote, QWidget *parent)
    : QFrame(parent)
    , m_remote(remote)
    , m_status(new QLabel(parent))
    , m_text(new QLabel(this))
{
    setObjectName(u"linkBanner"_s);
    setAutoFillBackground(true);
    setStyleSheet(
        u"QFrame#linkBanner { background: %1; } QFrame#linkBanner QLabel { color: white; font-weight: 700; }"_s.arg(
            UiFormat::lossColor().name()));
    m_status->setObjectName(u"engineLinkState"_s);
    m_status->setContentsMargins(8, 0, 8, 0);
    m_text->setObjectName(u"linkBannerText"_s);
    m_text->setWordWrap(true);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(10, 4, 10, 4);
    layout->addWidget(m_text, 1);
    if (m_remote) {
        connect(m_remote, &RemoteEngine::linkChanged, this, &EngineLinkView::update);
        connect(m_remote, &RemoteEngine::latencyChanged, this, &EngineLinkView::update);
    }
    update();
}

void EngineLinkView::setViews(const QList<QWidget *> &views)
{
    m_views = { views.begin(), views.end() };
    update();
}

void EngineLinkView::setControls(const QList<QAction *> &controls)
{
    m_controls = { controls.begin(), controls.end() };
    for (QAction *action : controls) {
        // A view that enables its action again (a selection, a count) is overruled at once.
        connect(action, &QAction::changed, this, [this, action] {
            if (action->isEnabled() && m_remote
                && (m_remote->link() != RemoteEngine::Link::Up || !m_remote->isControl())) {
                action->setProperty("trdGreyedByLink", true);
                action->setEnabled(false);
            }
        });
    }
    update();
}

void EngineLinkView::setControlButtons(const QList<QWidget *> &buttons)
{
    m_buttons = { buttons.begin(), buttons.end() };
    update();
}

void EngineLinkView::update()
{
    if (!m_remote) {
        m_status->setText(tr("Engine: embedded"));
        m_status->setToolTip(tr("This window runs the trading engine itself."));
        setVisible(false);
        return;
    }
    const RemoteEngine::Link link = m_remote->link();
    const bool isUp = link == RemoteEngine::Link::Up;
    QString state;
    QColor color = UiFormat::lossColor();
    switch (link) {
    case RemoteEngine::Link::Up:
        state = m_remote->latencyMs() >= 0 ? tr("connected · %L1 ms").arg(m_remote->latencyMs()) : tr("connected");
        color = UiFormat::profitColor();
        break;
    case RemoteEngine::Link::Connecting:
        state = tr("connecting…");
        color = UiFormat::closedColor();
        break;
    case RemoteEngine::Link::Down:
        state = tr("link down");
        break;
    case RemoteEngine::Link::Refused:
        state = tr("refused");
        break;
    }
    const QString role = m_remote->client()->role() == u"watch"_s ? tr(" · watch only") : QString();
    m_status->setText(u"<span style=\"color:%1\">●</span> "_s.arg(color.name())
        + tr("Engine: %1 · %2").arg(m_remote->address(), state) + role);
    m_status->setToolTip(
        tr("The window shows the tranchedesk-engine at %1 through the control protocol.").arg(m_remote->address()));

    if (link == RemoteEngine::Link::Refused) {
        m_text->setText(tr("The engine at %1 refused this window: %2. Check the token (File → Connect to engine…).")
                            .arg(m_remote->address(), m_remote->linkProblem()));
    } else if (link == RemoteEngine::Link::Down
        || (link == RemoteEngine::Link::Connecting && m_remote->client()->seq() >= 0)) {
        m_text->setText(tr("The link to the engine at %1 is down. The window shows the last state it received, "
                           "greyed; it reconnects by itself (next try within %L2 s) and catches up.")
                            .arg(m_remote->address())
                            .arg((m_remote->reconnectDelayMs() + 999) / 1000));
    }
    const bool hasBanner = !isUp && (link == RemoteEngine::Link::Refused || m_remote->client()->seq() >= 0);
    setVisible(hasBanner);
    for (const QPointer<QWidget> &view : std::as_const(m_views)) {
        if (view) {
            view->setEnabled(isUp);
        }
    }
    const bool mayControl = isUp && m_remote->isControl();
    for (const QPointer<QWidget> &button : std::as_const(m_buttons)) {
        if (button) {
            button->setEnabled(mayControl);
        }
    }
    // Only what was greyed here comes back: a control its view keeps disabled stays so.
    for (const QPointer<QAction> &action : std::as_const(m_controls)) {
        if (!action) {
            continue;
        }
        if (!mayControl && action->isEnabled()) {
            action->setProperty("trdGreyedByLink", true);
            action->setEnabled(false);
        } else if (mayControl && action->property("trdGreyedByLink").toBool()) {
            action->setProperty("trdGreyedByLink", false);
            action->setEnabled(true);
        }
    }
}

} // namespace trd::ui
