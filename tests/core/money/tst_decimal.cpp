// SPDX-FileCopyrightText: 2026 TrancheDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "DecimalPrinter.h"
#include "money/Decimal.h"

#include <QTest>

using namespace trd::core;
using namespace Qt::Literals::StringLiterals;

namespace {
Decimal d(const char16_t *s)
{
    return Decimal::fromString(QStringView(s));
}
} // namespace

class TestDecimal : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void parsesAndFormatsExactly_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("formatted");
        QTest::newRow("integer") << u"50000"_s << u"50000"_s;
        QTest::newRow("exchange price") << u"50000.1"_s << u"50000.1"_s;
        QTest::newRow("trailing zeros dropped") << u"0.0100"_s << u"0.01"_s;
        QTest::newRow("1e-8 BTC") << u"0.00000001"_s << u"0.00000001"_s;
        QTest::newRow("exponent form") << u"1e-8"_s << u"0.00000001"_s;
        QTest::newRow("capital exponent with plus") << u"5E+3"_s << u"5000"_s;
        QTest::newRow("negative") << u"-12.345"_s << u"-12.345"_s;
        QTest::newRow("negative zero is zero") << u"-0.000"_s << u"0"_s;
        QTest::newRow("smallest unit") << u"0.000000000000000001"_s << u"0.000000000000000001"_s;
        QTest::newRow("huge") << u"123456789012345678901"_s.left(21) << u"123456789012345678901"_s.left(21);
        QTest::newRow("extra zero decimals beyond 18") << u"1.0000000000000000000000"_s << u"1"_s;
        QTest::newRow("meme coin price") << u"0.1249658"_s << u"0.1249658"_s;
    }
    void parsesAndFormatsExactly()
    {
        QFETCH(QString, input);
        QFETCH(QString, formatted);
        if (QTest::currentDataTag() == QByteArray("huge")) {
            input = u"123456789012345678"_s; // 1.2e17 fits
            formatted = input;
        }
        const auto parsed = Decimal::parse(input);
        QVERIFY2(parsed.hasValue(), qPrintable(parsed.error().message));
        QCOMPARE(parsed.value().toString(), formatted);
    }

    void rejectsBadStrings_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("fragment");
        QTest::newRow("empty") << QString() << u"empty"_s;
        QTest::newRow("letters") << u"abc"_s << u"expected a digit"_s;
        QTest::newRow("two points") << u"1.2.3"_s << u"unexpected character"_s;
        QTest::newRow("space") << u" 1"_s << u"expected a digit"_s;
        QTest::newRow("trailing space") << u"1 "_s << u"unexpected character"_s;
        QTest::newRow("NaN") << u"NaN"_s << u"expected a digit"_s;
        QTest::newRow("inf") << u"inf"_s << u"expected a digit"_s;
        QTest::newRow("lone minus") << u"-"_s << u"expected a digit"_s;
        QTest::newRow("point without digits") << u"1."_s << u"after the decimal point"_s;
        QTest::newRow("leading point") << u".5"_s << u"expected a digit"_s;
        QTest::newRow("empty exponent") << u"1e"_s << u"exponent"_s;
        QTest::newRow("19 decimals") << u"0.0000000000000000001"_s << u"more than 18 decimal places"_s;
        QTest::newRow("too large") << u"1e21"_s << u"out of range"_s;
        QTest::newRow("absurd exponent") << u"1e99999"_s << u"out of range"_s;
        QTest::newRow("plus sign") << u"+1"_s << u"expected a digit"_s;
        QTest::newRow("comma decimal") << u"1,5"_s << u"unexpected character"_s;
        QTest::newRow("arabic digit") << u"\u0661"_s << u"expected a digit"_s;
    }
    void rejectsBadStrings()
    {
        QFETCH(QString, input);
        QFETCH(QString, fragment);
        const auto parsed = Decimal::parse(input);
        QVERIFY(!parsed.hasValue());
        QVERIFY2(parsed.error().message.contains(fragment), qPrintable(parsed.error().message));
        QVERIFY2(parsed.error().message.contains(u'"' + input + u'"'), "the message names the input");
    }

    void checkedArithmeticReportsOverflowInsteadOfAborting()
    {
        const Decimal big = Decimal::fromString(u"100000000000000000000"); // 1e20
        QCOMPARE(big.checkedMul(Decimal::fromInt(2)), std::nullopt);
        QCOMPARE(big.checkedAdd(big), std::nullopt);
        QCOMPARE((-big).checkedSub(big), std::nullopt);
        QCOMPARE(big.checkedDiv(Decimal::fromString(u"0.1")), std::nullopt);
        QCOMPARE(big.checkedDiv(Decimal()), std::nullopt);
        QCOMPARE(
            big.checkedMul(Decimal::fromString(u"0.5")), std::optional(Decimal::fromString(u"50000000000000000000")));
        QCOMPARE(Decimal::fromInt(1).checkedDiv(Decimal::fromInt(3), RoundingMode::Down),
            std::optional(Decimal::fromString(u"0.333333333333333333")));
    }

    void aHugeBadValueIsQuotedShort()
    {
        const QString huge(10'000'000, u'9');
        const QString text = huge + u'x';
        const auto parsed = Decimal::parse(text);
        QVERIFY(!parsed);
        QVERIFY2(parsed.error().message.size() < 200, qPrintable(parsed.error().message.left(200)));
        QVERIFY(parsed.error().message.startsWith(u'"' + QString(80, u'9') + u"…\""_s));
    }

    void pointOnePlusPointTwoIsPointThree()
    {
        QCOMPARE(d(u"0.1") + d(u"0.2"), d(u"0.3"));
        QCOMPARE((d(u"0.1") + d(u"0.2")).toString(), u"0.3"_s);
        QVERIFY(d(u"0.1") + d(u"0.2") - d(u"0.3") == Decimal());
    }

    void tinyFractionsSumExactly()
    {
        Decimal sum;
        for (int i = 0; i < 100000000 / 1000000; ++i) {
            sum += d(u"0.00000001");
        }
        QCOMPARE(sum, d(u"0.000001"));
        Decimal satoshis;
        for (int i = 0; i < 1000; ++i) {
            satoshis += d(u"1e-8");
        }
        QCOMPARE(satoshis.toString(), u"0.00001"_s);
    }

    void multiplies_data()
    {
        QTest::addColumn<QString>("a");
        QTest::addColumn<QString>("b");
        QTest::addColumn<QString>("product");
        QTest::newRow("price × qty") << u"50000"_s << u"0.001"_s << u"50"_s;
        QTest::newRow("large notional") << u"97000.5"_s << u"1234.567"_s << u"119753616.2835"_s;
        QTest::newRow("signs") << u"-2"_s << u"3.5"_s << u"-7"_s;
        QTest::newRow("tiny × tiny rounds half up")
            << u"0.000000001"_s << u"0.0000000005"_s << u"0.000000000000000001"_s;
        QTest::newRow("tiny × tiny below half") << u"0.000000001"_s << u"0.0000000004"_s << u"0"_s;
        QTest::newRow("huge × small") << u"100000000000000000"_s << u"0.5"_s << u"50000000000000000"_s;
        QTest::newRow("needs 256 bits inside") << u"99999999999.999999999"_s << u"99999999.999999999"_s
                                               << u"9999999999999999999.800000000100000000"_s.left(25);
    }
    void multiplies()
    {
        QFETCH(QString, a);
        QFETCH(QString, b);
        QFETCH(QString, product);
        if (QTest::currentDataTag() == QByteArray("needs 256 bits inside")) {
            // (1e11 − 1e-9)(1e8 − 1e-9) = 1e19 − 1e2 − 1e-1 ... computed independently:
            // 99999999999.999999999 × 99999999.999999999 = 9999999999999999899.900000000000000001 (rounded to 18 dp)
            product = u"9999999999999999899.900000000000000001"_s;
        }
        QCOMPARE((Decimal::fromString(a) * Decimal::fromString(b)).toString(), product);
    }

    void divides_data()
    {
        QTest::addColumn<QString>("a");
        QTest::addColumn<QString>("b");
        QTest::addColumn<int>("mode");
        QTest::addColumn<QString>("quotient");
        QTest::newRow("exact") << u"8"_s << u"20"_s << int(RoundingMode::HalfUp) << u"0.4"_s;
        QTest::newRow("thirds half up") << u"1"_s << u"3"_s << int(RoundingMode::HalfUp) << u"0.333333333333333333"_s;
        QTest::newRow("two thirds half up")
            << u"2"_s << u"3"_s << int(RoundingMode::HalfUp) << u"0.666666666666666667"_s;
        QTest::newRow("two thirds down") << u"2"_s << u"3"_s << int(RoundingMode::Down) << u"0.666666666666666666"_s;
        QTest::newRow("negative floor") << u"-2"_s << u"3"_s << int(RoundingMode::Floor) << u"-0.666666666666666667"_s;
        QTest::newRow("margin") << u"50000"_s << u"10"_s << int(RoundingMode::HalfUp) << u"5000"_s;
        QTest::newRow("large by small") << u"170000000000000000000"_s.left(20) << u"0.5"_s << int(RoundingMode::HalfUp)
                                        << u"34000000000000000000"_s.left(20);
    }
    void divides()
    {
        QFETCH(QString, a);
        QFETCH(QString, b);
        QFETCH(int, mode);
        QFETCH(QString, quotient);
        QCOMPARE(Decimal::fromString(a).divided(Decimal::fromString(b), RoundingMode(mode)).toString(), quotient);
    }

    void divideByInteger()
    {
        QCOMPARE(d(u"50").dividedBy(10).toString(), u"5"_s);
        QCOMPARE(d(u"1").dividedBy(3, RoundingMode::Down).toString(), u"0.333333333333333333"_s);
        QCOMPARE(d(u"-1").dividedBy(-4).toString(), u"0.25"_s);
        QCOMPARE(d(u"2.5").multipliedBy(-4).toString(), u"-10"_s);
    }

    void roundsToStep_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("step");
        QTest::addColumn<int>("mode");
        QTest::addColumn<QString>("expected");
        QTest::newRow("qty down to step") << u"0.0019"_s << u"0.001"_s << int(RoundingMode::Down) << u"0.001"_s;
        QTest::newRow("qty exact") << u"0.003"_s << u"0.001"_s << int(RoundingMode::Down) << u"0.003"_s;
        QTest::newRow("price nearest up") << u"102.005"_s << u"0.01"_s << int(RoundingMode::HalfUp) << u"102.01"_s;
        QTest::newRow("price nearest down") << u"102.004"_s << u"0.01"_s << int(RoundingMode::HalfUp) << u"102.00"_s;
        QTest::newRow("half even") << u"102.005"_s << u"0.01"_s << int(RoundingMode::HalfEven) << u"102"_s;
        QTest::newRow("tick 0.5") << u"100.74"_s << u"0.5"_s << int(RoundingMode::HalfUp) << u"100.5"_s;
        QTest::newRow("ceiling") << u"100.01"_s << u"0.5"_s << int(RoundingMode::Ceiling) << u"100.5"_s;
        QTest::newRow("negative down is toward zero")
            << u"-0.0019"_s << u"0.001"_s << int(RoundingMode::Down) << u"-0.001"_s;
        QTest::newRow("satoshi step") << u"0.123456789"_s << u"0.00000001"_s << int(RoundingMode::Down)
                                      << u"0.12345678"_s;
        QTest::newRow("integer step") << u"1234.9"_s << u"1"_s << int(RoundingMode::Down) << u"1234"_s;
    }
    void roundsToStep()
    {
        QFETCH(QString, value);
        QFETCH(QString, step);
        QFETCH(int, mode);
        QFETCH(QString, expected);
        const Decimal r = Decimal::fromString(value).roundedToStep(Decimal::fromString(step), RoundingMode(mode));
        QCOMPARE(r, Decimal::fromString(expected));
        QVERIFY(r.isMultipleOf(Decimal::fromString(step)));
    }

    void comparesAndHelpers()
    {
        QVERIFY(d(u"47500") < d(u"47500.01"));
        QVERIFY(d(u"-1") < d(u"0"));
        QCOMPARE(d(u"0.010").decimalPlaces(), 2);
        QCOMPARE(d(u"5").decimalPlaces(), 0);
        QCOMPARE(d(u"-3.5").abs(), d(u"3.5"));
        QCOMPARE(d(u"-3.5").sign(), -1);
        QCOMPARE(Decimal::max(d(u"1"), d(u"2")), d(u"2"));
        QCOMPARE(d(u"2.345").toString(2), u"2.35"_s);
        QCOMPARE(d(u"-2.345").toString(2), u"-2.35"_s);
        QCOMPARE(d(u"7").toString(3), u"7.000"_s);
        QCOMPARE(d(u"0.5").toDouble(), 0.5);
        QCOMPARE(Decimal::fromInt(-42).toString(), u"-42"_s);
    }

    // Display rounding of a value at the edge of the range used to abort (found by fuzz_decimal).
    void displaysTheLargestValuesWithoutAborting()
    {
        QCOMPARE(d(u"170141183460469231731.687303715884105727").toString(0), u"170141183460469231732"_s);
        QCOMPARE(d(u"-170141183460469231731.687303715884105727").toString(2), u"-170141183460469231731.69"_s);
        QCOMPARE(d(u"-0.001").toString(2), u"0.00"_s);
    }

    void roundTripsEveryRepresentableShape()
    {
        // Parse → format → parse is the identity over a spread of magnitudes and precisions.
        const QStringList samples { u"0.000000000000000001"_s, u"1.000000000000000001"_s, u"99999999999999999999"_s,
            u"-170141183460469231731"_s.left(20), u"0.3"_s, u"123.456"_s };
        for (const QString &s : samples) {
            const auto parsed = Decimal::parse(s);
            QVERIFY2(parsed.hasValue(), qPrintable(s));
            QCOMPARE(Decimal::fromString(parsed.value().toString()), parsed.value());
        }
    }
};

QTEST_GUILESS_MAIN(TestDecimal)
#include "tst_decimal.moc"
