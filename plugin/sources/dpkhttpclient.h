#ifndef DPKHTTPCLIENT_H
#define DPKHTTPCLIENT_H

#include "dpkhttpcache.h"
#include "dpkhttpresponse.h"
#include "dpkresult.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QUrl>

#include <atomic>
#include <functional>
#include <optional>

class QgsFeedback;

/**
 * \brief Fetches JSON documents from a web API through QGIS's network stack, politely.
 *
 * Requests go through QgsBlockingNetworkRequest, so the user's QGIS proxy settings apply and an
 * optional QGIS authentication configuration is added to each request; an id that QGIS's
 * authentication database does not hold is an error before any request is sent. The client keeps
 * a bounded number of requests in flight (one worker thread each), retries with exponential
 * back-off on 429 (honouring Retry-After), on 5xx, on time-outs and on lost connections, stops
 * when a QgsFeedback is cancelled, and rejects a body that is not whole JSON. With a cache folder
 * it answers from disk first, so a second run works offline.
 *
 * The calling thread runs an event loop of its own while it waits, so the client works in any
 * thread, including the worker thread of a QgsTask. One client must be used by one thread at a
 * time; progress is reported in the calling thread.
 */
class DpkHttpClient
{
  Q_DECLARE_TR_FUNCTIONS( DpkHttpClient )

public:
  //! How the on-disk cache is used.
  enum class CacheMode
  {
    PreferCache, //!< Answer from the cache when it holds the URL; fetch and store the rest.
    Refresh,     //!< Always fetch, and store what was fetched.
    Offline,     //!< Never fetch: a URL missing from the cache is an error.
  };

  //! What the client sends and how patient it is.
  struct Settings
  {
    QString acceptHeader; //!< The Accept header sent with every request.
    QString authConfigId; //!< A QGIS authentication configuration id, or empty.
    int maxConcurrentRequests = 4;
    int maxAttempts = 4;         //!< Attempts per URL, the first one included.
    int timeoutMs = 30000;       //!< Time-out of one attempt.
    int initialBackoffMs = 1000; //!< Wait before the second attempt; doubled for each further one.
    int maxRetryWaitMs = 120000; //!< Longest wait honoured from a Retry-After header.
    //! Largest response body accepted, far above any API answer (the SALSA list of every school
    //! in the country is a few megabytes); bodies are held in memory whole.
    qint64 maxBodyBytes = 64 * 1024 * 1024;
    QString cacheFolder; //!< Folder of the on-disk cache; empty for no cache.
    CacheMode cacheMode = CacheMode::PreferCache;
  };

  //! Reports progress: \a done of \a total URLs are finished.
  using ProgressCallback = std::function<void( int done, int total )>;

  //! Creates a client with \a settings.
  explicit DpkHttpClient( const Settings &settings );

  //! Returns the settings the client was created with.
  const Settings &settings() const { return mSettings; }

  /**
   * Fetches \a url. A 2xx answer must be JSON and a 404 is returned as a response for the caller
   * to judge; anything else is an error that names the URL and what went wrong.
   */
  DpkResult<DpkHttpResponse> get( const QUrl &url, QgsFeedback *feedback = nullptr );

  /**
   * Fetches every URL of \a urls, at most Settings::maxConcurrentRequests at a time, and returns
   * one result per URL in the same order. When \a feedback is cancelled the requests in flight
   * are aborted and every unfinished URL fails with a cancellation error.
   */
  QList<DpkResult<DpkHttpResponse>> getAll( const QList<QUrl> &urls, QgsFeedback *feedback,
                                            const ProgressCallback &progress = {} );

  /**
   * Returns success when \a authConfigId is empty or names a configuration in QGIS's
   * authentication database, and otherwise an error naming the id and where to create it. The
   * client checks this before it sends anything, so that a missing configuration never lets a
   * request go out without its credentials. Only ids are read: no credential, no master password.
   */
  static DpkResult<bool> checkAuthConfig( const QString &authConfigId );

  //! Returns how many HTTP requests the client has sent, retries included.
  int networkRequestCount() const { return mNetworkRequests; }

  //! Returns how many URLs the client has answered from the cache.
  int cacheHitCount() const { return mCacheHits; }

  /**
   * Returns the milliseconds to wait before another attempt after a 429 or 503 whose
   * Retry-After header is \a retryAfter (seconds or an HTTP date), or nothing when it gives none.
   */
  static std::optional<qint64> retryAfterMs( const QByteArray &retryAfter, const QDateTime &now );

private:
  //! Returns the cached answer for \a url when the cache mode allows one.
  std::optional<DpkResult<DpkHttpResponse>> answerFromCache( const QUrl &url );

  //! Stores a fresh answer in the cache; a cache that cannot be written is only logged.
  void storeInCache( const QUrl &url, int httpStatus, const QByteArray &body,
                     const QDateTime &fetchedAt ) const;

  //! Counts one request sent to the network; called from the worker threads.
  void countRequest() { ++mNetworkRequests; }

  friend class DpkHttpTransfer;

  Settings mSettings;
  std::optional<DpkHttpCache> mCache;
  std::atomic<int> mNetworkRequests{ 0 };
  std::atomic<int> mCacheHits{ 0 };
};

#endif // DPKHTTPCLIENT_H
