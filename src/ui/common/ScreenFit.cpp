// SPDX-FileCopyrightText: 2026 TrancheDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ScreenFit.h"

#include <QGuiApplication>
#include <QScreen>
#include <QWidget>

namespace trd::ui::ScreenFit {

namespace {
// The window manager's frame is not known before the first show: leave room for a title bar and
// thin borders (clip() corrects with the real frame once the window is shown).
constexpr int kFrameAllowance = 32;
constexpr int kBorderAllowance = 8;
} // namespace

QRect availableGeometry(const QWidget *widget)
{
    QScreen *screen = nullptr;
    if (widget) {
        screen = widget->screen();
        if (const QWidget *parent = widget->parentWidget()) {
            screen = parent->window()->screen();
        }
    }
    if (!screen) {
        screen = QGuiApplication::primaryScreen();
    }
    return screen ? screen->availableGeometry() : QRect(0, 0, 1024, 768);
}

void fit(QWidget *window, QSize preferred)
{
    const QRect available = availableGeometry(window);
    const QSize room(
        std::max(1, available.width() - kBorderAllowance), std::max(1, available.height() - kFrameAllowance));
    QSize size = preferred.boundedTo(room).expandedTo(window->minimumSize());
    size = size.boundedTo(room);
    window->resize(size);
    QRect target(QPoint(), size);
    const QWidget *parent = window->parentWidget() ? window->parentWidget()->window() : nullptr;
    target.moveCenter(parent && parent->isVisible() ? parent->geometry().center() : available.center());
    // Wholly on the screen, title bar first.
    target.moveLeft(std::clamp(target.left(), available.left() + kBorderAllowance / 2,
        std::max(available.left(), available.right() - size.width() - kBorderAllowance / 2 + 1)));
    target.moveTop(std::clamp(target.top(), available.top() + kFrameAllowance / 2,
        std::max(available.top(), available.bottom() - size.height() + 1)));
    window->move(target.topLeft());
}

void clip(QWidget *window)
{
    const QRect available = availableGeometry(window);
    const QRect frame = window->frameGeometry();
    if (available.contains(frame)) {
        return;
    }
    // Before the window manager has framed the window its frame is the window itself.
    const bool isFramed = frame.size() != window->size();
    const int frameExtraW = frame.width() - window->width();
    const int frameExtraH = isFramed ? frame.height() - window->height() : kFrameAllowance;
    const QSize size
        = window->size().boundedTo(QSize(available.width() - frameExtraW, available.height() - frameExtraH));
    window->resize(size);
    QPoint topLeft = frame.topLeft();
    topLeft.setX(std::clamp(
        topLeft.x(), available.left(), std::max(available.left(), available.right() - size.width() - frameExtraW + 1)));
    topLeft.setY(std::clamp(
        topLeft.y(), available.top(), std::max(available.top(), available.bottom() - size.height() - frameExtraH + 1)));
    window->move(topLeft); // move() places the frame's top-left corner
}

} // namespace trd::ui::ScreenFit
