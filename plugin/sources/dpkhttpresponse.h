#ifndef DPKHTTPRESPONSE_H
#define DPKHTTPRESPONSE_H

#include <QDateTime>
#include <QJsonDocument>
#include <QUrl>

/**
 * \brief A JSON document received from a web API, with when it was fetched and from where.
 *
 * A response comes either from the network or from the on-disk cache; fetchedAt is the time it
 * left the server in both cases, so that a caller can say how old its figures are.
 */
struct DpkHttpResponse
{
  QUrl url;               //!< The URL that was requested.
  int httpStatus = 0;     //!< The HTTP status: 200, or 404 for a resource the server lacks.
  QJsonDocument document; //!< The parsed body; empty for a 404.
  QDateTime fetchedAt;    //!< When the response was received from the server (UTC).
  bool fromCache = false; //!< True when it was read from the on-disk cache.

  //! Returns true when the server said that the resource does not exist.
  bool isNotFound() const { return httpStatus == 404; }
};

#endif // DPKHTTPRESPONSE_H
