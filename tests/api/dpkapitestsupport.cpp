#include "dpkapitestsupport.h"

#include "dpkindicatorcatalogue.h"
#include "dpkskolverketapireader.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>

#include <gtest/gtest.h>

namespace DpkApiTestSupport
{
QString recordingsFolder()
{
  const QString folder = QStringLiteral( DPK_REALDATA_DIR "/skolverket-api-v4/stockholm-0180" );
  EXPECT_TRUE( QDir( folder ).exists() )
      << "The recorded API responses are missing: expected them in " << folder.toStdString()
      << " (set DPK_REALDATA_DIR)";
  return folder;
}

QJsonObject recordedBody( const QString &relativePath )
{
  QFile file( QDir( recordingsFolder() ).filePath( relativePath ) );
  EXPECT_TRUE( file.open( QIODevice::ReadOnly ) ) << relativePath.toStdString();
  return QJsonDocument::fromJson( file.readAll() )
      .object()
      .value( QStringLiteral( "json" ) )
      .toObject();
}

std::unique_ptr<DpkReplayServer> startRecordingServer()
{
  auto server = std::make_unique<DpkReplayServer>();
  const DpkResult<int> loaded = server->loadRecordings( recordingsFolder() );
  EXPECT_TRUE( loaded.isOk() ) << loaded.error().toStdString();
  const DpkResult<quint16> started = server->start();
  EXPECT_TRUE( started.isOk() ) << started.error().toStdString();
  return server;
}

QUrl apiBase( const DpkReplayServer &server )
{
  return server.url( QStringLiteral( "/planned-educations/v4" ) );
}

DpkHttpClient::Settings fastSettings( const QString &cacheFolder )
{
  DpkHttpClient::Settings settings = DpkSkolverketApiReader::defaultClientSettings();
  settings.maxAttempts = 3;
  // Generous: a loaded CI machine may take seconds to answer, and a time-out here would be a
  // retry the test does not expect. The time-out test sets its own.
  settings.timeoutMs = 15000;
  settings.initialBackoffMs = 20;
  settings.maxRetryWaitMs = 2000;
  settings.cacheFolder = cacheFolder;
  return settings;
}

QList<DpkIndicator> standardIndicators()
{
  const QString path =
      QStringLiteral( DPK_SOURCE_DIR "/resources/indicators/standard-indicators.json" );
  const DpkResult<DpkIndicatorCatalogue> catalogue = DpkIndicatorCatalogue::fromFile( path );
  EXPECT_TRUE( catalogue.isOk() ) << catalogue.error().toStdString();
  return catalogue.isOk() ? catalogue.value().indicators() : QList<DpkIndicator>();
}

DpkIndicator indicator( const QString &id, const QString &apiField, const QString &resource )
{
  DpkIndicator result;
  result.id = id;
  result.apiField = apiField;
  result.apiResource = resource;
  return result;
}
} // namespace DpkApiTestSupport
