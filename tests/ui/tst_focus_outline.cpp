// SPDX-FileCopyrightText: 2026 TrancheDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/DeskStyle.h"
#include "common/Theme.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QImage>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardItemModel>
#include <QTableView>
#include <QTest>
#include <QVBoxLayout>

using namespace trd::ui;
using namespace Qt::Literals::StringLiterals;

// Issue 14: where the keyboard is must be plain to see. Each kind of widget is grabbed without and
// with focus, in both themes: with focus, its edge is a 2 px outline in the accent colour. With
// TRD_FORM_SHOTS set to a folder, the window is saved there too ("focus-<theme>-<widget>.png").
class TestFocusOutline : public QObject
{
    Q_OBJECT

    // The share of the widget's outermost 2 px ring (corners left out: styles round them) drawn
    // in `colour`.
    static double ringShare(const QImage &image, const QColor &colour)
    {
        const auto near = [&](int x, int y) {
            const QColor c = image.pixelColor(x, y);
            return std::abs(c.red() - colour.red()) <= 12 && std::abs(c.green() - colour.green()) <= 12
                && std::abs(c.blue() - colour.blue()) <= 12;
        };
        int total = 0;
        int hits = 0;
        const int w = image.width();
        const int h = image.height();
        for (int inset = 0; inset < DeskStyle::kFocusWidth; ++inset) {
            for (int x = 4; x < w - 4; ++x) {
                for (int y : { inset, h - 1 - inset }) {
                    ++total;
                    hits += near(x, y);
                }
            }
            for (int y = 4; y < h - 4; ++y) {
                for (int x : { inset, w - 1 - inset }) {
                    ++total;
                    hits += near(x, y);
                }
            }
        }
        return total ? double(hits) / total : 0;
    }

private Q_SLOTS:
    void cleanupTestCase() { Theme::apply(u"system"_s); }

    void focusIsA2pxAccentOutline_data()
    {
        QTest::addColumn<QString>("theme");
        QTest::addColumn<QString>("widget");
        for (const QString &theme : { u"light"_s, u"dark"_s }) {
            for (const QString &widget : { u"button"_s, u"input"_s, u"combo"_s, u"table"_s }) {
                QTest::addRow("%s %s", qPrintable(theme), qPrintable(widget)) << theme << widget;
            }
        }
    }
    void focusIsA2pxAccentOutline()
    {
        QFETCH(QString, theme);
        QFETCH(QString, widget);
        Theme::apply(theme);
        QWidget window;
        auto *layout = new QVBoxLayout(&window);
        auto *elsewhere = new QPushButton(u"Elsewhere"_s, &window);
        auto *button = new QPushButton(u"Pause entries"_s, &window);
        auto *input = new QLineEdit(u"50"_s, &window);
        auto *combo = new QComboBox(&window);
        combo->addItems({ u"All symbols"_s, u"BTCUSDT"_s });
        auto *table = new QTableView(&window);
        QStandardItemModel model(3, 3);
        table->setModel(&model);
        for (QWidget *w : std::initializer_list<QWidget *> { elsewhere, button, input, combo, table }) {
            layout->addWidget(w);
        }
        window.resize(320, 360);
        window.show();
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QWidget *target = widget == u"button" ? static_cast<QWidget *>(button)
            : widget == u"input"              ? static_cast<QWidget *>(input)
            : widget == u"combo"              ? static_cast<QWidget *>(combo)
                                              : static_cast<QWidget *>(table);
        const QColor accent = QApplication::palette().color(QPalette::Active, QPalette::Highlight);

        elsewhere->setFocus(Qt::TabFocusReason);
        QTRY_VERIFY(elsewhere->hasFocus());
        const double without = ringShare(target->grab().toImage(), accent);
        target->setFocus(Qt::TabFocusReason);
        QTRY_VERIFY(target->hasFocus());
        const double with = ringShare(target->grab().toImage(), accent);
        if (const QString dir = qEnvironmentVariable("TRD_FORM_SHOTS"); !dir.isEmpty()) {
            QDir().mkpath(dir);
            QVERIFY(window.grab().save(QDir(dir).filePath(u"focus-%1-%2.png"_s.arg(theme, widget))));
        }
        QVERIFY2(with >= 0.9, qPrintable(u"accent on %1% of the edge with focus"_s.arg(with * 100, 0, 'f', 1)));
        QVERIFY2(
            without <= 0.2, qPrintable(u"accent on %1% of the edge without focus"_s.arg(without * 100, 0, 'f', 1)));
    }
};

QTEST_MAIN(TestFocusOutline)
#include "tst_focus_outline.moc"
