#include "dpkapitestsupport.h"
#include "dpkhttpclient.h"
#include "dpkskolverketapireader.h"
#include "dpktestauthconfig.h"

#include <qgsapplication.h>
#include <qgsauthmanager.h>
#include <qgsfeedback.h>

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QThread>
#include <QTimer>

#include <gtest/gtest.h>

using namespace DpkApiTestSupport;

namespace
{
const QString UNIT_PATH = QStringLiteral( "/planned-educations/v4/school-units/44673074" );

//! A server with one small document per path /doc/0 ... /doc/(count-1).
std::unique_ptr<DpkReplayServer> startDocumentServer( int count )
{
  auto server = std::make_unique<DpkReplayServer>();
  for ( int i = 0; i < count; ++i )
  {
    server->addResponse( QUrl( QStringLiteral( "http://x/doc/%1" ).arg( i ) ),
                         QStringLiteral( R"({"status":"OK","body":{"n":%1}})" ).arg( i ).toUtf8() );
  }
  EXPECT_TRUE( server->start().isOk() );
  return server;
}

QUrl unitUrl( const DpkReplayServer &server )
{
  return server.url( UNIT_PATH );
}
} // namespace

TEST( DpkHttpClient, FetchesARecordedResponseWithTheApiAcceptHeader )
{
  const std::unique_ptr<DpkReplayServer> server = startRecordingServer();
  DpkHttpClient client( fastSettings() );

  const DpkResult<DpkHttpResponse> response = client.get( unitUrl( *server ) );

  ASSERT_TRUE( response.isOk() ) << response.error().toStdString();
  EXPECT_EQ( response.value().httpStatus, 200 );
  EXPECT_FALSE( response.value().fromCache );
  EXPECT_EQ( response.value().document.object(),
             recordedBody( QStringLiteral( "school-units/44673074.json" ) ) );
  EXPECT_EQ( server->acceptHeaders(),
             QStringList{ QStringLiteral(
                 "application/vnd.skolverket.plannededucations.api.v4.hal+json" ) } );
}

TEST( DpkHttpClient, RetriesAServerErrorThenNamesTheUrl )
{
  const std::unique_ptr<DpkReplayServer> server = startRecordingServer();
  server->setFault( UNIT_PATH, { DpkReplayServer::Fault::Kind::HttpError, 500 } );
  DpkHttpClient client( fastSettings() );

  const DpkResult<DpkHttpResponse> response = client.get( unitUrl( *server ) );

  ASSERT_FALSE( response.isOk() );
  EXPECT_TRUE( response.error().contains( unitUrl( *server ).toString() ) )
      << response.error().toStdString();
  EXPECT_TRUE( response.error().contains( QStringLiteral( "500" ) ) )
      << response.error().toStdString();
  EXPECT_EQ( server->requestCount( UNIT_PATH ), 3 ) << "maxAttempts is 3";
}

TEST( DpkHttpClient, BacksOffExponentiallyUntilTheServerRecovers )
{
  const std::unique_ptr<DpkReplayServer> server = startRecordingServer();
  DpkReplayServer::Fault fault{ DpkReplayServer::Fault::Kind::HttpError, 503 };
  fault.times = 2;
  server->setFault( UNIT_PATH, fault );
  DpkHttpClient::Settings settings = fastSettings();
  settings.initialBackoffMs = 150;
  DpkHttpClient client( settings );

  QElapsedTimer timer;
  timer.start();
  const DpkResult<DpkHttpResponse> response = client.get( unitUrl( *server ) );

  ASSERT_TRUE( response.isOk() ) << response.error().toStdString();
  EXPECT_EQ( server->requestCount( UNIT_PATH ), 3 );
  EXPECT_GE( timer.elapsed(), 150 + 300 ) << "waits 150 ms, then 300 ms";
}

TEST( DpkHttpClient, WaitsAsLongAsRetryAfterSaysThenSucceeds )
{
  const std::unique_ptr<DpkReplayServer> server = startRecordingServer();
  DpkReplayServer::Fault fault{ DpkReplayServer::Fault::Kind::RateLimited };
  fault.retryAfterSeconds = 1;
  fault.times = 1;
  server->setFault( UNIT_PATH, fault );
  DpkHttpClient client( fastSettings() );

  QElapsedTimer timer;
  timer.start();
  const DpkResult<DpkHttpResponse> response = client.get( unitUrl( *server ) );

  ASSERT_TRUE( response.isOk() ) << response.error().toStdString();
  EXPECT_EQ( server->requestCount( UNIT_PATH ), 2 );
  EXPECT_GE( timer.elapsed(), 1000 ) << "Retry-After: 1 was not honoured";
}

TEST( DpkHttpClient, RejectsABodyCutInHalfAndDoesNotCacheIt )
{
  const std::unique_ptr<DpkReplayServer> server = startRecordingServer();
  server->setFault( UNIT_PATH, { DpkReplayServer::Fault::Kind::Truncated } );
  QTemporaryDir cacheDir;
  DpkHttpClient client( fastSettings( cacheDir.path() ) );

  const DpkResult<DpkHttpResponse> response = client.get( unitUrl( *server ) );

  ASSERT_FALSE( response.isOk() );
  EXPECT_TRUE( response.error().contains( unitUrl( *server ).toString() ) )
      << response.error().toStdString();
  EXPECT_TRUE( response.error().contains( QStringLiteral( "JSON" ) ) );
  EXPECT_FALSE( DpkHttpCache( cacheDir.path() ).lookup( unitUrl( *server ) ).has_value() );
}

TEST( DpkHttpClient, TellsACutOffBodyFromABodyThatIsNotJson )
{
  const std::unique_ptr<DpkReplayServer> server = startRecordingServer();
  const QUrl html = server->url( QStringLiteral( "/planned-educations/v4/page.html" ) );
  server->addResponse( html, QByteArray( "<html><body>Service window</body></html>" ) );
  DpkHttpClient client( fastSettings() );

  const DpkResult<DpkHttpResponse> response = client.get( html );
  ASSERT_FALSE( response.isOk() );
  EXPECT_TRUE( response.error().contains( QStringLiteral( "is not JSON" ) ) )
      << response.error().toStdString();
  EXPECT_FALSE( response.error().contains( QStringLiteral( "cut off" ) ) )
      << response.error().toStdString();
}

TEST( DpkHttpClient, RefusesABodyLargerThanAnyApiAnswer )
{
  const std::unique_ptr<DpkReplayServer> server = startRecordingServer();
  DpkHttpClient::Settings settings = fastSettings();
  settings.maxBodyBytes = 100;
  DpkHttpClient client( settings );

  const DpkResult<DpkHttpResponse> response = client.get( unitUrl( *server ) );
  ASSERT_FALSE( response.isOk() );
  EXPECT_TRUE( response.error().contains( QStringLiteral( "more than 100 bytes" ) ) )
      << response.error().toStdString();
  EXPECT_TRUE( response.error().contains( unitUrl( *server ).toString() ) );
}

TEST( DpkHttpClient, GivesUpOnAServerThatDoesNotAnswerInTime )
{
  const std::unique_ptr<DpkReplayServer> server = startRecordingServer();
  DpkReplayServer::Fault fault{ DpkReplayServer::Fault::Kind::Delay };
  fault.delayMs = 3000;
  server->setFault( UNIT_PATH, fault );
  DpkHttpClient::Settings settings = fastSettings();
  settings.timeoutMs = 200;
  settings.maxAttempts = 2;
  DpkHttpClient client( settings );

  QElapsedTimer timer;
  timer.start();
  const DpkResult<DpkHttpResponse> response = client.get( unitUrl( *server ) );

  ASSERT_FALSE( response.isOk() );
  EXPECT_TRUE( response.error().contains( unitUrl( *server ).toString() ) )
      << response.error().toStdString();
  EXPECT_TRUE( response.error().contains( QStringLiteral( "0.2 s" ) ) )
      << response.error().toStdString();
  EXPECT_EQ( server->requestCount( UNIT_PATH ), 2 );
  EXPECT_LT( timer.elapsed(), 2000 );
}

TEST( DpkHttpClient, StopsAtOnceWhenCancelled )
{
  const std::unique_ptr<DpkReplayServer> server = startDocumentServer( 8 );
  QList<QUrl> urls;
  for ( int i = 0; i < 8; ++i )
  {
    DpkReplayServer::Fault fault{ DpkReplayServer::Fault::Kind::Delay };
    fault.delayMs = 5000;
    server->setFault( QStringLiteral( "/doc/%1" ).arg( i ), fault );
    urls.append( server->url( QStringLiteral( "/doc/%1" ).arg( i ) ) );
  }
  DpkHttpClient client( fastSettings() );
  QgsFeedback feedback;
  QTimer::singleShot( 200, &feedback, &QgsFeedback::cancel );

  QElapsedTimer timer;
  timer.start();
  const QList<DpkResult<DpkHttpResponse>> responses = client.getAll( urls, &feedback );

  EXPECT_LT( timer.elapsed(), 2000 );
  ASSERT_EQ( responses.size(), 8 );
  for ( int i = 0; i < 8; ++i )
  {
    ASSERT_FALSE( responses[ i ].isOk() );
    EXPECT_TRUE( responses[ i ].error().contains( urls[ i ].toString() ) );
  }
  EXPECT_EQ( server->requestCount(), 4 ) << "only the requests in flight were sent";
}

TEST( DpkHttpClient, KeepsAtMostTheConfiguredNumberOfRequestsInFlight )
{
  const std::unique_ptr<DpkReplayServer> server = startDocumentServer( 12 );
  QList<QUrl> urls;
  for ( int i = 0; i < 12; ++i )
  {
    DpkReplayServer::Fault fault{ DpkReplayServer::Fault::Kind::Delay };
    fault.delayMs = 100;
    server->setFault( QStringLiteral( "/doc/%1" ).arg( i ), fault );
    urls.append( server->url( QStringLiteral( "/doc/%1" ).arg( i ) ) );
  }
  DpkHttpClient client( fastSettings() );
  int lastDone = 0;

  const QList<DpkResult<DpkHttpResponse>> responses =
      client.getAll( urls, nullptr, [ &lastDone ]( int done, int ) { lastDone = done; } );

  for ( int i = 0; i < 12; ++i )
  {
    ASSERT_TRUE( responses[ i ].isOk() ) << responses[ i ].error().toStdString();
    EXPECT_EQ( responses[ i ]
                   .value()
                   .document.object()
                   .value( QStringLiteral( "body" ) )
                   .toObject()
                   .value( QStringLiteral( "n" ) )
                   .toInt(),
               i );
  }
  EXPECT_EQ( server->maxConcurrentRequests(), 4 );
  EXPECT_EQ( lastDone, 12 );
}

TEST( DpkHttpClient, AnswersASecondRunFromTheCacheWithoutRequests )
{
  const std::unique_ptr<DpkReplayServer> server = startRecordingServer();
  QTemporaryDir cacheDir;
  const QList<QUrl> urls = {
      unitUrl( *server ), server->url( QStringLiteral( "/planned-educations/v4/not-recorded" ) ) };
  const QList<DpkResult<DpkHttpResponse>> first =
      DpkHttpClient( fastSettings( cacheDir.path() ) ).getAll( urls, nullptr );
  ASSERT_TRUE( first[ 0 ].isOk() );
  ASSERT_TRUE( first[ 1 ].isOk() );
  EXPECT_TRUE( first[ 1 ].value().isNotFound() );
  server->resetCounts();

  DpkHttpClient::Settings offline = fastSettings( cacheDir.path() );
  offline.cacheMode = DpkHttpClient::CacheMode::Offline;
  DpkHttpClient client( offline );
  const QList<DpkResult<DpkHttpResponse>> second = client.getAll( urls, nullptr );

  EXPECT_EQ( server->requestCount(), 0 );
  EXPECT_EQ( client.cacheHitCount(), 2 );
  ASSERT_TRUE( second[ 0 ].isOk() );
  EXPECT_TRUE( second[ 0 ].value().fromCache );
  EXPECT_EQ( second[ 0 ].value().fetchedAt, first[ 0 ].value().fetchedAt );
  EXPECT_EQ( second[ 0 ].value().document, first[ 0 ].value().document );
  EXPECT_TRUE( second[ 1 ].value().isNotFound() );
}

TEST( DpkHttpClient, RefreshModeFetchesAgain )
{
  const std::unique_ptr<DpkReplayServer> server = startRecordingServer();
  QTemporaryDir cacheDir;
  ASSERT_TRUE( DpkHttpClient( fastSettings( cacheDir.path() ) ).get( unitUrl( *server ) ).isOk() );
  DpkHttpClient::Settings refresh = fastSettings( cacheDir.path() );
  refresh.cacheMode = DpkHttpClient::CacheMode::Refresh;

  const DpkResult<DpkHttpResponse> response = DpkHttpClient( refresh ).get( unitUrl( *server ) );

  ASSERT_TRUE( response.isOk() );
  EXPECT_FALSE( response.value().fromCache );
  EXPECT_EQ( server->requestCount( UNIT_PATH ), 2 );
}

TEST( DpkHttpClient, OfflineModeNamesAUrlMissingFromTheCache )
{
  QTemporaryDir cacheDir;
  DpkHttpClient::Settings offline = fastSettings( cacheDir.path() );
  offline.cacheMode = DpkHttpClient::CacheMode::Offline;
  const QUrl url( QStringLiteral( "http://127.0.0.1:9/planned-educations/v4/school-units/1" ) );

  const DpkResult<DpkHttpResponse> response = DpkHttpClient( offline ).get( url );

  ASSERT_FALSE( response.isOk() );
  EXPECT_TRUE( response.error().contains( url.toString() ) );
}

TEST( DpkHttpClient, WorksInAWorkerThread )
{
  const std::unique_ptr<DpkReplayServer> server = startRecordingServer();
  const QUrl url = unitUrl( *server );
  std::optional<DpkResult<DpkHttpResponse>> response;
  std::unique_ptr<QThread> worker( QThread::create(
      [ &response, url ] { response = DpkHttpClient( fastSettings() ).get( url ); } ) );
  worker->start();
  ASSERT_TRUE( worker->wait( 10000 ) );

  ASSERT_TRUE( response.has_value() );
  ASSERT_TRUE( response->isOk() ) << response->error().toStdString();
  EXPECT_EQ( response->value().httpStatus, 200 );
}

TEST( DpkHttpClient, SendsTheCredentialsOfAQgisAuthenticationConfiguration )
{
  const DpkTestAuthConfig auth = DpkTestAuthConfig::storeBasic();
  const std::unique_ptr<DpkReplayServer> server = startRecordingServer();
  DpkHttpClient::Settings settings = fastSettings();
  settings.authConfigId = auth.id;

  const DpkResult<DpkHttpResponse> response = DpkHttpClient( settings ).get( unitUrl( *server ) );

  ASSERT_TRUE( response.isOk() ) << response.error().toStdString();
  EXPECT_EQ( server->authorizationHeaders(), QStringList{ auth.basicAuthorization() } );
}

TEST( DpkHttpClient, SendsNoAuthorizationWithoutAConfiguration )
{
  const std::unique_ptr<DpkReplayServer> server = startRecordingServer();

  ASSERT_TRUE( DpkHttpClient( fastSettings() ).get( unitUrl( *server ) ).isOk() );

  EXPECT_EQ( server->authorizationHeaders(), QStringList{ QString() } );
}

TEST( DpkHttpClient, RefusesAnUnknownAuthenticationConfigurationWithoutARequest )
{
  DpkTestAuthConfig::storeBasic();
  const std::unique_ptr<DpkReplayServer> server = startRecordingServer();
  DpkHttpClient::Settings settings = fastSettings();
  settings.authConfigId = QStringLiteral( "nosuch1" );
  ASSERT_FALSE( QgsApplication::authManager()->configIds().contains( settings.authConfigId ) );
  DpkHttpClient client( settings );

  const QList<DpkResult<DpkHttpResponse>> responses =
      client.getAll( { unitUrl( *server ), server->url( QStringLiteral( "/doc/0" ) ) }, nullptr );

  ASSERT_EQ( responses.size(), 2 );
  for ( const DpkResult<DpkHttpResponse> &response : responses )
  {
    ASSERT_FALSE( response.isOk() );
    EXPECT_TRUE( response.error().contains( QStringLiteral( "\"nosuch1\"" ) ) )
        << response.error().toStdString();
    EXPECT_TRUE( response.error().contains( QStringLiteral( "Authentication" ) ) )
        << response.error().toStdString();
  }
  EXPECT_TRUE( responses[ 0 ].error().contains( unitUrl( *server ).toString() ) )
      << responses[ 0 ].error().toStdString();
  EXPECT_EQ( server->requestCount(), 0 );
  EXPECT_EQ( client.networkRequestCount(), 0 );
}

TEST( DpkHttpClient, AnswersFromTheCacheWithoutCheckingTheAuthenticationConfiguration )
{
  const std::unique_ptr<DpkReplayServer> server = startRecordingServer();
  QTemporaryDir cacheDir;
  ASSERT_TRUE( DpkHttpClient( fastSettings( cacheDir.path() ) ).get( unitUrl( *server ) ).isOk() );
  DpkHttpClient::Settings settings = fastSettings( cacheDir.path() );
  settings.authConfigId = QStringLiteral( "nosuch2" );

  const DpkResult<DpkHttpResponse> response = DpkHttpClient( settings ).get( unitUrl( *server ) );

  ASSERT_TRUE( response.isOk() ) << response.error().toStdString();
  EXPECT_TRUE( response.value().fromCache );
  EXPECT_EQ( server->requestCount(), 1 );
}

TEST( DpkHttpClient, ReadsRetryAfterInSecondsOrAsADate )
{
  const QDateTime now( QDate( 2026, 4, 21 ), QTime( 10, 0, 0 ), Qt::UTC );
  EXPECT_EQ( DpkHttpClient::retryAfterMs( "2", now ), 2000 );
  EXPECT_EQ( DpkHttpClient::retryAfterMs( "Tue, 21 Apr 2026 10:00:05 GMT", now ), 5000 );
  EXPECT_FALSE( DpkHttpClient::retryAfterMs( "", now ).has_value() );
  EXPECT_FALSE( DpkHttpClient::retryAfterMs( "soon", now ).has_value() );
}
