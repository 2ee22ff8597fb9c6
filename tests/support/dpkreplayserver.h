#ifndef DPKREPLAYSERVER_H
#define DPKREPLAYSERVER_H

#include "dpkresult.h"

#include <QByteArray>
#include <QHash>
#include <QMutex>
#include <QString>
#include <QStringList>
#include <QThread>
#include <QUrl>

#include <memory>

class QTcpServer;
class QTcpSocket;

/**
 * \brief A small HTTP server on 127.0.0.1 that replays recorded API responses by URL, for tests.
 *
 * It serves the recordings in ../shared/realdata/skolverket-api-v4 (files of
 * {"generatedAt", "url", "acceptHeader", "json"}) at their recorded paths, matching a request by
 * its path and its query parameters in any order. For chosen paths it can answer with an error,
 * a 429 with Retry-After, a delay or a body cut in half, and it counts the requests it gets and
 * keeps their Accept and Authorization headers, so that tests can check retries, credentials
 * and that a cached run sends none.
 *
 * The server runs in a thread of its own, so a client may block the calling thread while it
 * waits for an answer.
 */
class DpkReplayServer
{
public:
  //! Something the server does instead of answering normally.
  struct Fault
  {
    enum class Kind
    {
      HttpError,   //!< Answer with httpStatus and a small JSON body.
      RateLimited, //!< Answer 429 with a Retry-After header of retryAfterSeconds.
      Delay,       //!< Answer normally after delayMs.
      Truncated,   //!< Answer with the first half of the body (and a matching Content-Length).
    };

    Kind kind = Kind::HttpError;
    int httpStatus = 500;
    int retryAfterSeconds = 1;
    int delayMs = 0;
    int times = -1; //!< How many requests get the fault before normal answers; -1 for all.
  };

  //! Creates a server that serves nothing yet and is not listening.
  DpkReplayServer();
  ~DpkReplayServer();

  DpkReplayServer( const DpkReplayServer & ) = delete;
  DpkReplayServer &operator=( const DpkReplayServer & ) = delete;

  /**
   * Loads every recording (*.json, recursively) under \a folder. Returns the number loaded, or an
   * error naming the file that is not a recording.
   */
  DpkResult<int> loadRecordings( const QString &folder );

  //! Serves \a body with \a httpStatus at the path and query of \a url.
  void addResponse( const QUrl &url, const QByteArray &body, int httpStatus = 200 );

  //! Makes requests for \a path (no query) meet \a fault.
  void setFault( const QString &path, const Fault &fault );

  //! Removes every fault.
  void clearFaults();

  /**
   * Starts listening on 127.0.0.1 at \a port (0 for a free one). Returns the port, or an error.
   */
  DpkResult<quint16> start( quint16 port = 0 );

  //! Returns the port the server listens on; 0 before start().
  quint16 port() const { return mPort; }

  //! Returns http://127.0.0.1:port with \a path, e.g. the API's base "/planned-educations/v4".
  QUrl url( const QString &path ) const;

  //! Returns the number of requests received, faults and control requests not counted apart.
  int requestCount() const;

  //! Returns the number of requests received for \a path (no query).
  int requestCount( const QString &path ) const;

  //! Returns the Accept headers received, one per request, in order.
  QStringList acceptHeaders() const;

  /**
   * Returns the Authorization headers received, one per request, in order (empty for a request
   * without one), so that tests can check which credentials reached the server.
   */
  QStringList authorizationHeaders() const;

  //! Returns the most requests that were being answered at the same time.
  int maxConcurrentRequests() const;

  //! Forgets the requests counted so far.
  void resetCounts();

  //! Returns the key under which a URL is served: its path, "?", its sorted query items.
  static QString keyFor( const QUrl &url );

private:
  struct Response
  {
    int httpStatus = 200;
    QByteArray body;
  };

  void handleConnection( QTcpSocket *socket );
  void handleRequest( QTcpSocket *socket, const QByteArray &head );
  void respond( QTcpSocket *socket, int httpStatus, const QByteArray &body,
                const QByteArray &extraHeaders = QByteArray() );

  mutable QMutex mMutex;
  QHash<QString, Response> mResponses;
  QHash<QString, Fault> mFaults;
  QHash<QString, int> mCountsByPath;
  QStringList mAcceptHeaders;
  QStringList mAuthorizationHeaders;
  int mRequestCount = 0;
  int mActiveRequests = 0;
  int mMaxActiveRequests = 0;

  QThread mThread;
  QTcpServer *mServer = nullptr; //!< Lives in mThread.
  quint16 mPort = 0;
};

#endif // DPKREPLAYSERVER_H
