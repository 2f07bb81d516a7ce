// SPDX-FileCopyrightText: 2026 TrancheDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "fake/FakeHttp.h"

#include <QAbstractHttpServer>

#include <functional>

namespace trd::exchange {

// The HTTP transport of the fake exchange: turns each request into a FakeRequest for the handler
// and writes its answer, later if a delay is armed. Routing stays with the handler because the
// signature has to be checked over the raw query string and body, which QHttpServer's router
// does not hand over.
class FakeHttpListener : public QAbstractHttpServer
{
    Q_OBJECT

public:
    using Handler = std::function<FakeResponse(const FakeRequest &)>;
    using Delay = std::function<int()>;
    // Whether a WebSocket upgrade to this path is taken; any other path is answered 404 before
    // the handshake, as Aster's stream host refuses it.
    using StreamPathCheck = std::function<bool(const QString &path)>;

    FakeHttpListener(Handler handler, Delay delay, StreamPathCheck isStreamPath, QObject *parent = nullptr);

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    Handler m_handler;
    Delay m_delay;
    StreamPathCheck m_isStreamPath;
};

} // namespace trd::exchange
