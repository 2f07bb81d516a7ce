// SPDX-FileCopyrightText: 2026 TrancheDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QRect>
#include <QSize>

class QWidget;

namespace trd::ui::ScreenFit {

// The part of the screen a window may use (without panels and task bars): the screen the widget
// (or its parent window) is on, else the primary screen.
QRect availableGeometry(const QWidget *widget);
// Resizes a top-level window to its preferred size, shrunk to the available screen, and moves it
// wholly onto that screen (centred over its parent when it has one).
void fit(QWidget *window, QSize preferred);
// Shrinks and moves a window whose geometry came from elsewhere (restored settings, another
// monitor) so that all of it is on the available screen.
void clip(QWidget *window);

} // namespace trd::ui::ScreenFit
