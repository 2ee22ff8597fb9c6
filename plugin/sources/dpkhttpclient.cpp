#include "dpkhttpclient.h"

#include "dpkqgiscompat.h"

#include <qgsapplication.h>
#include <qgsauthmanager.h>
#include <qgsblockingnetworkrequest.h>
#include <qgsfeedback.h>
#include <qgsnetworkreply.h>

#include <QDeadlineTimer>
#include <QEventLoop>
#include <QJsonParseError>
#include <QMutex>
#include <QMutexLocker>
#include <QNetworkRequest>
#include <QPointer>
#include <QThread>
#include <QTimer>
#include <QWaitCondition>

#include <atomic>
#include <cmath>
#include <memory>
#include <vector>

/**
 * \brief One run of DpkHttpClient::getAll(): the queue of URLs, the worker threads that fetch
 * them with retries, and the event loop of the calling thread that waits for them.
 *
 * Each worker takes the next URL from the queue and makes its attempts with a
 * QgsBlockingNetworkRequest, so at most as many requests are in flight as there are workers.
 */
class DpkHttpTransfer
{
  Q_DECLARE_TR_FUNCTIONS( DpkHttpTransfer )

public:
  DpkHttpTransfer( DpkHttpClient &client, const QList<QUrl> &urls, QgsFeedback *feedback,
                   const DpkHttpClient::ProgressCallback &progress )
    : mClient( client )
    , mUrls( urls )
    , mFeedback( feedback )
    , mProgress( progress )
    , mResults( urls.size() )
  {
  }

  QList<DpkResult<DpkHttpResponse>> run();

private:
  //! The outcome of one attempt: a final answer, or a reason to try again.
  struct Attempt
  {
    std::optional<DpkResult<DpkHttpResponse>> answer;
    QString retryReason;
    std::optional<qint64> waitMs; //!< Wait the server asked for, if any.
  };

  void work();
  int takeNext();
  DpkResult<DpkHttpResponse> fetch( const QUrl &url );
  Attempt attempt( const QUrl &url );
  Attempt answer( const QUrl &url, QgsBlockingNetworkRequest::ErrorCode code,
                  const QgsBlockingNetworkRequest &request );
  bool waitBeforeRetry( qint64 ms );
  void finish( int index, const DpkResult<DpkHttpResponse> &result );
  void cancel();
  DpkResult<DpkHttpResponse> cancelled( const QUrl &url ) const;

  DpkHttpClient &mClient;
  const QList<QUrl> mUrls;
  QPointer<QgsFeedback> mFeedback;
  DpkHttpClient::ProgressCallback mProgress;

  QMutex mMutex; //!< Guards mResults, mReady and the waits before retries.
  QWaitCondition mCancelledCondition;
  QVector<std::optional<DpkResult<DpkHttpResponse>>> mResults;
  QList<int> mReady;
  std::atomic<bool> mCancelled{ false };
  int mFinished = 0; //!< Only touched in the calling thread.

  QObject mContext; //!< Receiver in the calling thread of what the workers report.
  QEventLoop mLoop;
};

QList<DpkResult<DpkHttpResponse>> DpkHttpTransfer::run()
{
  for ( int i = 0; i < mUrls.size(); ++i )
  {
    if ( std::optional<DpkResult<DpkHttpResponse>> cached = mClient.answerFromCache( mUrls[ i ] ) )
      finish( i, *cached );
    else
      mReady.append( i );
  }

  // A request with an authentication configuration that QGIS does not know would go out without
  // credentials: fail every URL that needs the network instead, before anything is sent.
  if ( !mReady.isEmpty() )
  {
    const DpkResult<bool> known = DpkHttpClient::checkAuthConfig( mClient.settings().authConfigId );
    if ( !known.isOk() )
    {
      for ( const int index : std::as_const( mReady ) )
      {
        finish( index, DpkResult<DpkHttpResponse>::failure(
                           tr( "%1 was not requested: %2" )
                               .arg( mUrls[ index ].toString(), known.error() ) ) );
      }
      mReady.clear();
    }
  }

  if ( mFeedback )
  {
    // Queued into this thread's loop when the feedback lives in another thread.
    QObject::connect( mFeedback, &QgsFeedback::canceled, &mContext, [ this ] { cancel(); } );
    if ( mFeedback->isCanceled() )
      cancel();
  }

  if ( !mReady.isEmpty() && !mCancelled )
  {
    const int workerCount =
        std::min<int>( mReady.size(), std::max( 1, mClient.settings().maxConcurrentRequests ) );
    std::vector<std::unique_ptr<QThread>> workers;
    int running = workerCount;
    for ( int i = 0; i < workerCount; ++i )
    {
      workers.emplace_back( QThread::create( [ this ] { work(); } ) );
      QObject::connect( workers.back().get(), &QThread::finished, &mContext,
                        [ this, &running ]
                        {
                          if ( --running == 0 )
                            mLoop.quit();
                        } );
      workers.back()->start();
    }
    mLoop.exec();
    for ( const std::unique_ptr<QThread> &worker : workers )
      worker->wait();
  }

  QList<DpkResult<DpkHttpResponse>> results;
  results.reserve( mUrls.size() );
  for ( int i = 0; i < mUrls.size(); ++i )
    results.append( mResults[ i ].value_or( cancelled( mUrls[ i ] ) ) );
  return results;
}

void DpkHttpTransfer::work()
{
  for ( int index = takeNext(); index >= 0; index = takeNext() )
  {
    const DpkResult<DpkHttpResponse> result = fetch( mUrls[ index ] );
    QMetaObject::invokeMethod(
        &mContext, [ this, index, result ] { finish( index, result ); }, Qt::QueuedConnection );
  }
}

int DpkHttpTransfer::takeNext()
{
  QMutexLocker locker( &mMutex );
  return mCancelled || mReady.isEmpty() ? -1 : mReady.takeFirst();
}

DpkResult<DpkHttpResponse> DpkHttpTransfer::fetch( const QUrl &url )
{
  const DpkHttpClient::Settings &settings = mClient.settings();
  for ( int attempts = 1;; ++attempts )
  {
    if ( mCancelled )
      return cancelled( url );
    const Attempt result = attempt( url );
    if ( result.answer )
      return *result.answer;
    if ( mCancelled )
      return cancelled( url );
    if ( attempts >= settings.maxAttempts )
    {
      return DpkResult<DpkHttpResponse>::failure( tr( "%1 could not be fetched (attempts: %2): %3" )
                                                      .arg( url.toString() )
                                                      .arg( attempts )
                                                      .arg( result.retryReason ) );
    }

    const qint64 backoff =
        static_cast<qint64>( settings.initialBackoffMs * std::pow( 2.0, attempts - 1 ) );
    if ( !waitBeforeRetry(
             std::min<qint64>( result.waitMs.value_or( backoff ), settings.maxRetryWaitMs ) ) )
      return cancelled( url );
  }
}

DpkHttpTransfer::Attempt DpkHttpTransfer::attempt( const QUrl &url )
{
  const DpkHttpClient::Settings &settings = mClient.settings();
  QNetworkRequest request( url );
  if ( !settings.acceptHeader.isEmpty() )
    request.setRawHeader( "Accept", settings.acceptHeader.toUtf8() );
  // Our own cache decides what is reused; Qt's HTTP cache must not store a copy.
  request.setAttribute( QNetworkRequest::CacheSaveControlAttribute, false );

  // The attempt stops on the client's time-out or when the caller cancels.
  QgsFeedback attemptFeedback;
  bool timedOut = false;
  QTimer timer;
  timer.setSingleShot( true );
  QObject::connect( &timer, &QTimer::timeout, &attemptFeedback,
                    [ & ]
                    {
                      timedOut = true;
                      attemptFeedback.cancel();
                    } );
  QMetaObject::Connection cancelConnection;
  if ( mFeedback )
  {
    cancelConnection = QObject::connect( mFeedback, &QgsFeedback::canceled, &attemptFeedback,
                                         &QgsFeedback::cancel );
  }
  if ( mCancelled )
    return { cancelled( url ), QString(), std::nullopt };

  QgsBlockingNetworkRequest blockingRequest;
  blockingRequest.setAuthCfg( settings.authConfigId );
  // Responses are held in memory whole: a body far larger than any API answer is refused early.
  bool tooLarge = false;
  QObject::connect( &blockingRequest, &QgsBlockingNetworkRequest::downloadProgress,
                    &attemptFeedback,
                    [ & ]( qint64 received, qint64 )
                    {
                      if ( received > settings.maxBodyBytes && !tooLarge )
                      {
                        tooLarge = true;
                        attemptFeedback.cancel();
                      }
                    } );
  mClient.countRequest();
  timer.start( settings.timeoutMs );
  const QgsBlockingNetworkRequest::ErrorCode code =
      blockingRequest.get( request, true, &attemptFeedback );
  timer.stop();
  QObject::disconnect( cancelConnection );

  if ( tooLarge )
  {
    return { DpkResult<DpkHttpResponse>::failure(
                 tr( "%1 sent more than %2 bytes; expected a Skolverket API response" )
                     .arg( url.toString() )
                     .arg( settings.maxBodyBytes ) ),
             QString(), std::nullopt };
  }
  if ( timedOut )
  {
    return { std::nullopt,
             tr( "no answer within %1 s" ).arg( settings.timeoutMs / 1000.0, 0, 'f', 1 ),
             std::nullopt };
  }
  if ( mCancelled )
    return { cancelled( url ), QString(), std::nullopt };
  return answer( url, code, blockingRequest );
}

DpkHttpTransfer::Attempt DpkHttpTransfer::answer( const QUrl &url,
                                                  QgsBlockingNetworkRequest::ErrorCode code,
                                                  const QgsBlockingNetworkRequest &request )
{
  const QgsNetworkReplyContent reply = request.reply();
  const int status = reply.attribute( QNetworkRequest::HttpStatusCodeAttribute ).toInt();
  const QDateTime receivedAt = QDateTime::currentDateTimeUtc();
  const QString reason = reply.attribute( QNetworkRequest::HttpReasonPhraseAttribute ).toString();

  if ( status == 429 || status >= 500 )
  {
    return { std::nullopt, tr( "HTTP %1 %2" ).arg( status ).arg( reason ),
             DpkHttpClient::retryAfterMs( reply.rawHeader( "Retry-After" ), receivedAt ) };
  }
  if ( status == 0 )
  {
    const QString error =
        request.errorMessage().isEmpty() ? reply.errorString() : request.errorMessage();
    return { std::nullopt, error, std::nullopt };
  }

  DpkHttpResponse response;
  response.url = url;
  response.httpStatus = status;
  response.fetchedAt = receivedAt;
  if ( status == 404 )
  {
    mClient.storeInCache( url, status, QByteArray(), receivedAt );
    return { DpkResult<DpkHttpResponse>::success( response ), QString(), std::nullopt };
  }
  if ( code != QgsBlockingNetworkRequest::NoError || status < 200 || status >= 300 )
  {
    return { DpkResult<DpkHttpResponse>::failure(
                 tr( "%1 answered HTTP %2 %3" ).arg( url.toString() ).arg( status ).arg( reason ) ),
             QString(), std::nullopt };
  }

  const QByteArray body = reply.content();
  QJsonParseError error;
  response.document = QJsonDocument::fromJson( body, &error );
  if ( error.error != QJsonParseError::NoError )
  {
    // A parser that runs out of text met a cut-off body; one that stops earlier met other text.
    const QString problem =
        error.offset >= body.size() - 1
            ? tr( "The response from %1 ends before its JSON does (%2 bytes): the body was "
                  "probably cut off" )
                  .arg( url.toString() )
                  .arg( body.size() )
            : tr( "The response from %1 is not JSON (%2 at byte %3); expected a Skolverket API "
                  "response" )
                  .arg( url.toString(), error.errorString() )
                  .arg( error.offset + 1 );
    return { DpkResult<DpkHttpResponse>::failure( problem ), QString(), std::nullopt };
  }
  mClient.storeInCache( url, status, body, receivedAt );
  return { DpkResult<DpkHttpResponse>::success( response ), QString(), std::nullopt };
}

bool DpkHttpTransfer::waitBeforeRetry( qint64 ms )
{
  QDeadlineTimer deadline( ms );
  QMutexLocker locker( &mMutex );
  while ( !mCancelled && !deadline.hasExpired() )
    mCancelledCondition.wait( &mMutex, deadline );
  return !mCancelled;
}

void DpkHttpTransfer::finish( int index, const DpkResult<DpkHttpResponse> &result )
{
  {
    QMutexLocker locker( &mMutex );
    mResults[ index ] = result;
  }
  ++mFinished;
  if ( mProgress )
    mProgress( mFinished, mUrls.size() );
}

void DpkHttpTransfer::cancel()
{
  QMutexLocker locker( &mMutex );
  mCancelled = true;
  mCancelledCondition.wakeAll();
}

DpkResult<DpkHttpResponse> DpkHttpTransfer::cancelled( const QUrl &url ) const
{
  return DpkResult<DpkHttpResponse>::failure(
      tr( "The request for %1 was cancelled" ).arg( url.toString() ) );
}

DpkHttpClient::DpkHttpClient( const Settings &settings )
  : mSettings( settings )
{
  if ( !settings.cacheFolder.isEmpty() )
    mCache.emplace( settings.cacheFolder );
}

DpkResult<DpkHttpResponse> DpkHttpClient::get( const QUrl &url, QgsFeedback *feedback )
{
  return getAll( { url }, feedback ).constFirst();
}

QList<DpkResult<DpkHttpResponse>> DpkHttpClient::getAll( const QList<QUrl> &urls,
                                                         QgsFeedback *feedback,
                                                         const ProgressCallback &progress )
{
  DpkHttpTransfer transfer( *this, urls, feedback, progress );
  return transfer.run();
}

DpkResult<bool> DpkHttpClient::checkAuthConfig( const QString &authConfigId )
{
  if ( authConfigId.isEmpty() )
    return DpkResult<bool>::success( true );

  // Only the ids are read: no master password is asked for here, and no credential is touched.
  const QgsAuthManager *authManager = QgsApplication::authManager();
  if ( !authManager || authManager->isDisabled() )
  {
    const QString reason = authManager ? authManager->disabledMessage() : QString();
    return DpkResult<bool>::failure(
        tr( "the authentication configuration \"%1\" cannot be used because QGIS's "
            "authentication system is not available (%2)" )
            .arg( authConfigId, reason ) );
  }
  if ( !authManager->configIds().contains( authConfigId ) )
  {
    return DpkResult<bool>::failure(
        tr( "the authentication configuration \"%1\" is not in QGIS's authentication database "
            "%2; create it under Settings → Options → Authentication, or choose another one for "
            "the run's source" )
            .arg( authConfigId, authManager->authenticationDatabasePath() ) );
  }
  return DpkResult<bool>::success( true );
}

std::optional<DpkResult<DpkHttpResponse>> DpkHttpClient::answerFromCache( const QUrl &url )
{
  if ( mSettings.cacheMode == CacheMode::Refresh )
    return std::nullopt;

  std::optional<DpkHttpResponse> cached = mCache ? mCache->lookup( url ) : std::nullopt;
  if ( cached )
  {
    ++mCacheHits;
    return DpkResult<DpkHttpResponse>::success( *cached );
  }
  if ( mSettings.cacheMode == CacheMode::Offline )
  {
    return DpkResult<DpkHttpResponse>::failure(
        tr( "%1 is not in the cache %2, and fetching is switched off (offline)" )
            .arg( url.toString(), mSettings.cacheFolder ) );
  }
  return std::nullopt;
}

void DpkHttpClient::storeInCache( const QUrl &url, int httpStatus, const QByteArray &body,
                                  const QDateTime &fetchedAt ) const
{
  if ( !mCache )
    return;
  const DpkResult<bool> stored = mCache->store( url, httpStatus, body, fetchedAt );
  if ( !stored.isOk() )
    DpkQgisCompat::logWarning( stored.error() );
}

std::optional<qint64> DpkHttpClient::retryAfterMs( const QByteArray &retryAfter,
                                                   const QDateTime &now )
{
  const QString text = QString::fromLatin1( retryAfter ).trimmed();
  if ( text.isEmpty() )
    return std::nullopt;

  bool isNumber = false;
  const qint64 seconds = text.toLongLong( &isNumber );
  if ( isNumber )
    return seconds >= 0 ? std::optional<qint64>( seconds * 1000 ) : std::nullopt;

  const QDateTime at = QDateTime::fromString( text, Qt::RFC2822Date );
  if ( !at.isValid() )
    return std::nullopt;
  return std::max<qint64>( 0, now.msecsTo( at ) );
}
