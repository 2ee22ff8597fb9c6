#ifndef DPKAPITESTSUPPORT_H
#define DPKAPITESTSUPPORT_H

#include "dpkhttpclient.h"
#include "dpkindicator.h"
#include "dpkreplayserver.h"

#include <QJsonObject>
#include <QList>
#include <QString>

#include <memory>

/**
 * \brief What the API tests share: where the recordings are, a started replay server, client
 * settings patient enough for 127.0.0.1 and short enough for a test, and the indicators.
 */
namespace DpkApiTestSupport
{
//! Returns the folder of the Stockholm recordings; the calling test fails when it is missing.
QString recordingsFolder();

//! Returns the body ("json") of the recording at \a relativePath, e.g. "school-units/X.json".
QJsonObject recordedBody( const QString &relativePath );

//! Returns a started server that serves the recordings.
std::unique_ptr<DpkReplayServer> startRecordingServer();

//! Returns the API base URL on \a server.
QUrl apiBase( const DpkReplayServer &server );

//! Returns client settings with short time-outs and back-offs, and \a cacheFolder.
DpkHttpClient::Settings fastSettings( const QString &cacheFolder = QString() );

//! Returns the indicators of the project's standard catalogue file.
QList<DpkIndicator> standardIndicators();

//! Returns an indicator read from \a resource's field \a apiField.
DpkIndicator indicator( const QString &id, const QString &apiField,
                        const QString &resource = QString() );
} // namespace DpkApiTestSupport

#endif // DPKAPITESTSUPPORT_H
