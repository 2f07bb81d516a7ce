// SPDX-FileCopyrightText: 2026 TrancheDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "UiTestRig.h"
#include "common/Theme.h"
#include "common/UiFormat.h"
#include "summary/SummaryPanel.h"
#include "tranches/TrancheDetailPanel.h"
#include "tranches/TrancheStatusDelegate.h"
#include "tranches/TrancheTableModel.h"

#include <QApplication>
#include <QLabel>
#include <QPalette>
#include <QTest>

#include <cmath>

using namespace trd::ui;
using namespace Qt::Literals::StringLiterals;

// Issue 14: every text colour the window uses, in the light and the dark theme, against what it is
// drawn on, at WCAG 2.x AA: 4.5:1 for text, 3:1 for large or bold-large text and for what is not
// text but must be seen (the focus outline, status dots, the selected row).
class TestThemeContrast : public QObject
{
    Q_OBJECT

    static constexpr double kText = 4.5;
    static constexpr double kNonText = 3.0;

    // WCAG 2.x relative luminance of an sRGB colour.
    static double luminance(const QColor &color)
    {
        const auto channel = [](double c) { return c <= 0.04045 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4); };
        return 0.2126 * channel(color.redF()) + 0.7152 * channel(color.greenF()) + 0.0722 * channel(color.blueF());
    }

public:
    static double contrast(const QColor &a, const QColor &b)
    {
        const double la = luminance(a);
        const double lb = luminance(b);
        return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
    }

private Q_SLOTS:
    void cleanupTestCase() { Theme::apply(u"system"_s); }

    void theFormulaIsWcags()
    {
        QCOMPARE(contrast(Qt::black, Qt::white), 21.0);
        QCOMPARE(contrast(Qt::white, Qt::white), 1.0);
        // #767676 on white is the well-known 4.54:1 grey.
        QCOMPARE(std::round(contrast(QColor(0x76, 0x76, 0x76), Qt::white) * 100) / 100, 4.54);
    }

    void colourPairs_data()
    {
        QTest::addColumn<QColor>("foreground");
        QTest::addColumn<QColor>("background");
        QTest::addColumn<double>("minimum");
        for (const QString &theme : { u"light"_s, u"dark"_s }) {
            Theme::apply(theme);
            const QPalette p = QApplication::palette();
            const auto add = [&](const char *what, const QColor &fg, const QColor &bg, double minimum) {
                QTest::addRow("%s: %s", qPrintable(theme), what) << fg << bg << minimum;
            };
            // The palette roles the app draws text in, on the roles they are drawn on.
            add("Text on Base", p.color(QPalette::Text), p.color(QPalette::Base), kText);
            add("Text on AlternateBase", p.color(QPalette::Text), p.color(QPalette::AlternateBase), kText);
            add("WindowText on Window", p.color(QPalette::WindowText), p.color(QPalette::Window), kText);
            add("WindowText on AlternateBase (first-run panel)", p.color(QPalette::WindowText),
                p.color(QPalette::AlternateBase), kText);
            add("ButtonText on Button", p.color(QPalette::ButtonText), p.color(QPalette::Button), kText);
            add("HighlightedText on Highlight (selected rows)", p.color(QPalette::HighlightedText),
                p.color(QPalette::Highlight), kText);
            add("ToolTipText on ToolTipBase", p.color(QPalette::ToolTipText), p.color(QPalette::ToolTipBase), kText);
            add("PlaceholderText on Base", p.color(QPalette::PlaceholderText), p.color(QPalette::Base), kText);
            add("Link on Base", p.color(QPalette::Link), p.color(QPalette::Base), kText);
            add("Link on Window", p.color(QPalette::Link), p.color(QPalette::Window), kText);
            // P&L, status and error text: table cells (both row colours), the card, the summary, dialogs.
            const QList<std::pair<const char *, QColor>> statusColours { { "profit", UiFormat::profitColor() },
                { "loss / error", UiFormat::lossColor() }, { "closed", UiFormat::closedColor() } };
            for (const auto &[name, colour] : statusColours) {
                for (const auto &[role, roleName] :
                    { std::pair { QPalette::Base, "Base" }, std::pair { QPalette::AlternateBase, "AlternateBase" },
                        std::pair { QPalette::Window, "Window" } }) {
                    add(qPrintable(u"%1 text on %2"_s.arg(QLatin1StringView(name), QLatin1StringView(roleName))),
                        colour, p.color(role), kText);
                }
                // The toolbar's stream and sync dots are not text: 3:1.
                add(qPrintable(u"%1 dot on Window"_s.arg(QLatin1StringView(name))), colour, p.color(QPalette::Window),
                    kNonText);
            }
            // Status pills (small bold text: 4.5:1) on both row colours and on a selected row.
            for (const char *status : { "ACTIVE", "ISOLATED", "CLOSED" }) {
                for (const auto &[role, roleName] :
                    { std::pair { QPalette::Base, "row" }, std::pair { QPalette::AlternateBase, "alternate row" } }) {
                    const auto pill
                        = TrancheStatusDelegate::pillColors(QString::fromLatin1(status), p, p.color(role), false);
                    add(qPrintable(u"%1 pill on a %2"_s.arg(QLatin1StringView(status), QLatin1StringView(roleName))),
                        pill.text, pill.fill, kText);
                }
                const auto selected = TrancheStatusDelegate::pillColors(
                    QString::fromLatin1(status), p, p.color(QPalette::Highlight), true);
                add(qPrintable(u"%1 pill on a selected row"_s.arg(QLatin1StringView(status))), selected.text,
                    selected.fill, kText);
                add(qPrintable(u"%1 pill's edge on the selection"_s.arg(QLatin1StringView(status))), selected.outline,
                    p.color(QPalette::Highlight), kNonText);
            }
            // Banners and badges: the paused banner and PAPER badge, the LIVE badge.
            add("paused banner / PAPER badge", UiFormat::bannerTextColor(), UiFormat::bannerColor(), kText);
            add("LIVE badge", Qt::white, UiFormat::liveColor(), kText);
            // What is not text: the focus outline and the selected row against what is around them.
            add("focus outline on Window", p.color(QPalette::Highlight), p.color(QPalette::Window), kNonText);
            add("focus outline on Base", p.color(QPalette::Highlight), p.color(QPalette::Base), kNonText);
            add("focus outline on Button", p.color(QPalette::Highlight), p.color(QPalette::Button), kNonText);
            add("selected row on Base", p.color(QPalette::Highlight), p.color(QPalette::Base), kNonText);
        }
    }
    void colourPairs()
    {
        QFETCH(QColor, foreground);
        QFETCH(QColor, background);
        QFETCH(double, minimum);
        const double ratio = contrast(foreground, background);
        QVERIFY2(ratio >= minimum,
            qPrintable(u"%1 on %2: %3:1, needs %4:1"_s.arg(foreground.name(), background.name())
                           .arg(ratio, 0, 'f', 2)
                           .arg(minimum)));
    }

    // The card and the Summary colour P&L when they refresh: a theme switch refreshes them, so a
    // light theme's dark red never stays on a dark window.
    void aThemeSwitchRecoloursTheCardAndTheSummary()
    {
        Theme::apply(u"light"_s);
        test::UiTestRig rig;
        rig.mark(u"BTCUSDT"_s, "50000");
        QVERIFY(rig.enter(u"BTCUSDT"_s, trd::core::Side::Long, "0.01").isAccepted);
        const QString id = rig.manager->openTranches().front().id;
        rig.mark(u"BTCUSDT"_s, "49000");
        TrancheTableModel model(rig.manager.get());
        model.load(nullptr);
        SummaryPanel summary(&model, rig.manager.get());
        TrancheDetailPanel card(&model);
        card.showTranche(id);
        model.flush();
        auto *unrealized = summary.findChild<QLabel *>(u"metric_account_unrealized"_s);
        QVERIFY(unrealized);
        const QString lightRed = UiFormat::lossColor().name();
        QTRY_VERIFY2(unrealized->styleSheet().contains(lightRed), qPrintable(unrealized->styleSheet()));
        const auto cardLabels = card.findChildren<QLabel *>();
        const auto cardUses = [&](const QString &colour) {
            return std::any_of(cardLabels.cbegin(), cardLabels.cend(),
                [&](const QLabel *label) { return label->styleSheet().contains(colour); });
        };
        QVERIFY(cardUses(lightRed));

        Theme::apply(u"dark"_s);
        const QString darkRed = UiFormat::lossColor().name();
        QVERIFY(darkRed != lightRed);
        QTRY_VERIFY2(unrealized->styleSheet().contains(darkRed), qPrintable(unrealized->styleSheet()));
        QTRY_VERIFY(cardUses(darkRed) && !cardUses(lightRed));
    }

    // The Summary's captions were disabled labels: 1.55:1 on the light theme.
    void summaryCaptionsAreWindowText_data()
    {
        QTest::addColumn<QString>("theme");
        QTest::newRow("light") << u"light"_s;
        QTest::newRow("dark") << u"dark"_s;
    }
    void summaryCaptionsAreWindowText()
    {
        QFETCH(QString, theme);
        Theme::apply(theme);
        test::UiTestRig rig;
        TrancheTableModel model(rig.manager.get());
        SummaryPanel summary(&model, rig.manager.get());
        const auto captions = summary.findChildren<QLabel *>(QRegularExpression(u"^caption_"_s));
        QVERIFY(captions.size() >= 10);
        for (const QLabel *caption : captions) {
            QVERIFY2(caption->isEnabled(), qPrintable(caption->objectName()));
            const QPalette p = caption->palette();
            const double ratio = contrast(p.color(caption->foregroundRole()), p.color(QPalette::Window));
            QVERIFY2(ratio >= kText, qPrintable(u"%1: %2:1"_s.arg(caption->objectName()).arg(ratio, 0, 'f', 2)));
        }
    }
};

QTEST_MAIN(TestThemeContrast)
#include "tst_theme_contrast.moc"
