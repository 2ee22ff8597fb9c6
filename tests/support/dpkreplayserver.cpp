#include "dpkreplayserver.h"

#include <QDirIterator>
#include <QFile>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMutexLocker>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>
#include <QUrlQuery>

#include <algorithm>
#include <optional>

namespace
{
//! Largest request head accepted; the API clients send a few hundred bytes.
constexpr int MAX_HEAD_SIZE = 64 * 1024;

//! The path of the control endpoint that reports the number of requests, itself not counted.
const QString CONTROL_PATH = QStringLiteral( "/__replay/requests" );

QByteArray reasonPhrase( int httpStatus )
{
  switch ( httpStatus )
  {
  case 200:
    return "OK";
  case 404:
    return "Not Found";
  case 429:
    return "Too Many Requests";
  case 500:
    return "Internal Server Error";
  case 502:
    return "Bad Gateway";
  case 503:
    return "Service Unavailable";
  default:
    return "Status";
  }
}

QByteArray errorBody( int httpStatus, const QString &message )
{
  QJsonObject body;
  body.insert( QStringLiteral( "status" ), QString::number( httpStatus ) );
  body.insert( QStringLiteral( "message" ), message );
  body.insert( QStringLiteral( "body" ), QJsonValue::Null );
  return QJsonDocument( body ).toJson( QJsonDocument::Compact );
}
} // namespace

DpkReplayServer::DpkReplayServer() = default;

DpkReplayServer::~DpkReplayServer()
{
  if ( mServer )
  {
    QMetaObject::invokeMethod(
        mServer, [ this ] { delete mServer; }, Qt::BlockingQueuedConnection );
    mThread.quit();
    mThread.wait();
  }
}

QString DpkReplayServer::keyFor( const QUrl &url )
{
  QStringList items;
  const QList<QPair<QString, QString>> query = QUrlQuery( url ).queryItems( QUrl::FullyDecoded );
  for ( const QPair<QString, QString> &item : query )
    items.append( item.first + QLatin1Char( '=' ) + item.second );
  std::sort( items.begin(), items.end() );
  return url.path( QUrl::FullyDecoded ) + QLatin1Char( '?' ) + items.join( QLatin1Char( '&' ) );
}

DpkResult<int> DpkReplayServer::loadRecordings( const QString &folder )
{
  int loaded = 0;
  QDirIterator files( folder, { QStringLiteral( "*.json" ) }, QDir::Files,
                      QDirIterator::Subdirectories );
  while ( files.hasNext() )
  {
    const QString path = files.next();
    QFile file( path );
    if ( !file.open( QIODevice::ReadOnly ) )
      return DpkResult<int>::failure( QStringLiteral( "cannot open %1" ).arg( path ) );
    const QJsonObject recording = QJsonDocument::fromJson( file.readAll() ).object();
    const QUrl url( recording.value( QStringLiteral( "url" ) ).toString() );
    const QJsonValue json = recording.value( QStringLiteral( "json" ) );
    if ( !url.isValid() || url.isEmpty() || !( json.isObject() || json.isArray() ) )
    {
      return DpkResult<int>::failure(
          QStringLiteral( "%1 is not a recording: expected \"url\" and \"json\"" ).arg( path ) );
    }
    const QJsonDocument body =
        json.isObject() ? QJsonDocument( json.toObject() ) : QJsonDocument( json.toArray() );
    addResponse( url, body.toJson( QJsonDocument::Compact ) );
    ++loaded;
  }
  if ( loaded == 0 )
    return DpkResult<int>::failure( QStringLiteral( "no recordings in %1" ).arg( folder ) );
  return DpkResult<int>::success( loaded );
}

void DpkReplayServer::addResponse( const QUrl &url, const QByteArray &body, int httpStatus )
{
  QMutexLocker locker( &mMutex );
  mResponses.insert( keyFor( url ), { httpStatus, body } );
}

void DpkReplayServer::setFault( const QString &path, const Fault &fault )
{
  QMutexLocker locker( &mMutex );
  mFaults.insert( path, fault );
}

void DpkReplayServer::clearFaults()
{
  QMutexLocker locker( &mMutex );
  mFaults.clear();
}

DpkResult<quint16> DpkReplayServer::start( quint16 port )
{
  if ( mServer )
    return DpkResult<quint16>::failure( QStringLiteral( "the replay server is already running" ) );

  mServer = new QTcpServer();
  mServer->moveToThread( &mThread );
  mThread.start();

  QString error;
  QMetaObject::invokeMethod(
      mServer,
      [ this, port, &error ]
      {
        QObject::connect( mServer, &QTcpServer::newConnection, mServer,
                          [ this ]
                          {
                            while ( QTcpSocket *socket = mServer->nextPendingConnection() )
                              handleConnection( socket );
                          } );
        if ( !mServer->listen( QHostAddress::LocalHost, port ) )
          error = mServer->errorString();
        else
          mPort = mServer->serverPort();
      },
      Qt::BlockingQueuedConnection );

  if ( !error.isEmpty() )
    return DpkResult<quint16>::failure(
        QStringLiteral( "cannot listen on 127.0.0.1:%1: %2" ).arg( port ).arg( error ) );
  return DpkResult<quint16>::success( mPort );
}

QUrl DpkReplayServer::url( const QString &path ) const
{
  QUrl url;
  url.setScheme( QStringLiteral( "http" ) );
  url.setHost( QStringLiteral( "127.0.0.1" ) );
  url.setPort( mPort );
  url.setPath( path );
  return url;
}

int DpkReplayServer::requestCount() const
{
  QMutexLocker locker( &mMutex );
  return mRequestCount;
}

int DpkReplayServer::requestCount( const QString &path ) const
{
  QMutexLocker locker( &mMutex );
  return mCountsByPath.value( path );
}

QStringList DpkReplayServer::acceptHeaders() const
{
  QMutexLocker locker( &mMutex );
  return mAcceptHeaders;
}

QStringList DpkReplayServer::authorizationHeaders() const
{
  QMutexLocker locker( &mMutex );
  return mAuthorizationHeaders;
}

int DpkReplayServer::maxConcurrentRequests() const
{
  QMutexLocker locker( &mMutex );
  return mMaxActiveRequests;
}

void DpkReplayServer::resetCounts()
{
  QMutexLocker locker( &mMutex );
  mRequestCount = 0;
  mMaxActiveRequests = mActiveRequests;
  mCountsByPath.clear();
  mAcceptHeaders.clear();
  mAuthorizationHeaders.clear();
}

void DpkReplayServer::handleConnection( QTcpSocket *socket )
{
  QObject::connect( socket, &QTcpSocket::disconnected, socket,
                    [ this, socket ]
                    {
                      // A client that gave up before the answer no longer waits for one.
                      if ( socket->property( "dpkCounted" ).toBool() )
                      {
                        QMutexLocker locker( &mMutex );
                        --mActiveRequests;
                        socket->setProperty( "dpkCounted", false );
                      }
                      socket->deleteLater();
                    } );
  QObject::connect(
      socket, &QTcpSocket::readyRead, socket,
      [ this, socket ]
      {
        // One request per connection: every answer closes it.
        QByteArray buffer = socket->property( "dpkBuffer" ).toByteArray() + socket->readAll();
        const int end = buffer.indexOf( "\r\n\r\n" );
        if ( end < 0 )
        {
          if ( buffer.size() > MAX_HEAD_SIZE )
            respond( socket, 431, errorBody( 431, QStringLiteral( "request head too large" ) ) );
          else
            socket->setProperty( "dpkBuffer", buffer );
          return;
        }
        socket->setProperty( "dpkBuffer", QByteArray() );
        handleRequest( socket, buffer.left( end ) );
      } );
}

void DpkReplayServer::handleRequest( QTcpSocket *socket, const QByteArray &head )
{
  const QList<QByteArray> lines = head.split( '\n' );
  const QList<QByteArray> requestLine = lines.value( 0 ).trimmed().split( ' ' );
  if ( requestLine.size() < 2 || requestLine[ 0 ] != "GET" )
  {
    respond( socket, 405, errorBody( 405, QStringLiteral( "only GET is served" ) ) );
    return;
  }
  QByteArray accept;
  QByteArray authorization;
  for ( const QByteArray &line : lines )
  {
    const QByteArray lower = line.toLower();
    if ( lower.startsWith( "accept:" ) )
      accept = line.mid( 7 ).trimmed();
    else if ( lower.startsWith( "authorization:" ) )
      authorization = line.mid( 14 ).trimmed();
  }

  const QUrl url( QStringLiteral( "http://127.0.0.1" ) + QString::fromUtf8( requestLine[ 1 ] ) );
  const QString path = url.path( QUrl::FullyDecoded );
  if ( path == CONTROL_PATH )
  {
    QJsonObject counts;
    counts.insert( QStringLiteral( "requests" ), requestCount() );
    respond( socket, 200, QJsonDocument( counts ).toJson( QJsonDocument::Compact ) );
    return;
  }

  // Count the request and decide the answer while holding the lock, answer without it.
  std::optional<Fault> fault;
  std::optional<Response> response;
  {
    QMutexLocker locker( &mMutex );
    ++mRequestCount;
    ++mCountsByPath[ path ];
    mMaxActiveRequests = std::max( mMaxActiveRequests, ++mActiveRequests );
    socket->setProperty( "dpkCounted", true );
    mAcceptHeaders.append( QString::fromUtf8( accept ) );
    mAuthorizationHeaders.append( QString::fromUtf8( authorization ) );
    auto faultIt = mFaults.find( path );
    if ( faultIt != mFaults.end() && faultIt->times != 0 )
    {
      fault = *faultIt;
      if ( faultIt->times > 0 )
        --faultIt->times;
    }
    auto responseIt = mResponses.constFind( keyFor( url ) );
    if ( responseIt != mResponses.constEnd() )
      response = *responseIt;
  }

  const Response normal =
      response.value_or( Response{ 404, errorBody( 404, QStringLiteral( "not recorded" ) ) } );
  if ( !fault )
  {
    respond( socket, normal.httpStatus, normal.body );
    return;
  }
  switch ( fault->kind )
  {
  case Fault::Kind::HttpError:
    respond( socket, fault->httpStatus,
             errorBody( fault->httpStatus, QStringLiteral( "fault set by the test" ) ) );
    break;
  case Fault::Kind::RateLimited:
    respond( socket, 429, errorBody( 429, QStringLiteral( "slow down" ) ),
             "Retry-After: " + QByteArray::number( fault->retryAfterSeconds ) + "\r\n" );
    break;
  case Fault::Kind::Delay:
    QTimer::singleShot( fault->delayMs, socket,
                        [ this, socket, normal ]
                        { respond( socket, normal.httpStatus, normal.body ); } );
    break;
  case Fault::Kind::Truncated:
    respond( socket, normal.httpStatus, normal.body.left( normal.body.size() / 2 ) );
    break;
  }
}

void DpkReplayServer::respond( QTcpSocket *socket, int httpStatus, const QByteArray &body,
                               const QByteArray &extraHeaders )
{
  if ( socket->property( "dpkCounted" ).toBool() )
  {
    QMutexLocker locker( &mMutex );
    --mActiveRequests;
    socket->setProperty( "dpkCounted", false );
  }
  if ( socket->state() != QAbstractSocket::ConnectedState )
    return;
  QByteArray message =
      "HTTP/1.1 " + QByteArray::number( httpStatus ) + ' ' + reasonPhrase( httpStatus ) + "\r\n";
  message += "Content-Type: application/json;charset=UTF-8\r\n";
  message += "Content-Length: " + QByteArray::number( body.size() ) + "\r\n";
  message += "Connection: close\r\n";
  message += extraHeaders;
  message += "\r\n";
  message += body;
  socket->write( message );
  socket->disconnectFromHost();
}
