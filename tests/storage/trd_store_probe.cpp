// SPDX-FileCopyrightText: 2026 TrancheDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
// A second process for the tests: tries to open a store and says what happened.
//   trd_store_probe <path>          exit 0 if it opened, 2 (message on stderr) if refused
//   trd_store_probe <path> --hold   once open, prints "opened" and holds it until stdin closes
//   trd_store_probe <path> --crash  once open, dies without unlocking (a stale lock file stays)
#include "SqliteTrancheStore.h"

#include <QCoreApplication>
#include <QFile>
#include <QTextStream>

#include <cstdlib>

using namespace Qt::Literals::StringLiterals;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    QTextStream out(stdout);
    QTextStream err(stderr);
    if (args.size() < 2) {
        err << "usage: trd_store_probe <path> [--hold|--crash]\n";
        return 64;
    }
    auto store = trd::storage::SqliteTrancheStore::open(args.at(1));
    if (!store) {
        err << store.error().message << '\n';
        return 2;
    }
    out << "opened\n";
    out.flush();
    if (args.contains(u"--crash"_s)) {
        std::_Exit(3);
    }
    if (args.contains(u"--hold"_s)) {
        QFile in;
        if (in.open(stdin, QIODevice::ReadOnly)) {
            in.readAll(); // until the test closes our stdin
        }
    }
    return 0;
}
